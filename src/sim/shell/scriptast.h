#pragma once

#include <QList>
#include <QString>

namespace hangar::sim {

// The parsed form of the shell subset the simulator runs: lists of and-or lists of pipelines
// of simple commands. There are no compound commands, so the tree is flat.

struct WordPart {
    enum class Kind { Literal, Parameter };
    Kind kind = Kind::Literal;
    // Literal: the text after quote removal. Parameter: "0".."N", "#", "?", "$", "@" or "*".
    QString text;
    // Quoted text is neither field-split nor matched as a glob pattern.
    bool quoted = false;
};

struct Word {
    QList<WordPart> parts;
    QString source; // exactly as written, to recognise reserved words and assignments
    bool hasQuoting = false; // any quote or backslash in the source
};

struct Redirection {
    enum class Kind {
        Input, // <
        Output, // > (and >|)
        Append, // >>
        Duplicate, // N>&M
    };
    Kind kind = Kind::Output;
    int fd = 1;
    Word target; // the file, for every kind but Duplicate
    int duplicateOf = 1; // Duplicate: fd becomes a copy of this descriptor
};

struct SimpleCommand {
    QList<Word> words;
    QList<Redirection> redirections; // applied in order
};

struct Pipeline {
    QList<SimpleCommand> commands;
    bool negated = false; // "! pipeline"
};

enum class Connector { And, Or };

struct AndOrList {
    QList<Pipeline> pipelines;
    QList<Connector> connectors; // connectors[i] joins pipelines[i] and pipelines[i + 1]
};

struct Script {
    QList<AndOrList> lists;
};

} // namespace hangar::sim
