#pragma once

#include "sim/shell/scriptast.h"

#include <QList>
#include <QString>

namespace hangar::sim {

struct Token {
    // Error: the lexer stopped here; `text` says why. It is reported only if the parser gets
    // this far, so that errors are reported in source order ("for" before "$x").
    enum class Type { Word, Operator, IoNumber, Newline, Error, End };
    Type type = Type::End;
    Word word; // Type::Word
    QString text; // the operator, the digits of an IoNumber, or the error message
};

// Splits a script into words and operators, performing quote removal and recognising
// parameter references. Syntax the simulator does not implement (variables, command
// substitution, here-documents, background jobs, subshells...) becomes an Error token with an
// "unsupported shell syntax" message rather than being misread.
class ScriptLexer {
public:
    explicit ScriptLexer(const QString &script);

    // The tokens, ending with End (after an Error token when the text could not be split).
    QList<Token> tokenize();

private:
    bool atEnd() const { return m_position >= m_script.size(); }
    QChar peek(qsizetype offset = 0) const;
    bool readWord(Word *word);
    bool readSingleQuoted(Word *word);
    bool readDoubleQuoted(Word *word);
    bool readDollar(Word *word, bool quoted);
    bool readOperator(QString *op);
    bool fail(const QString &message);
    bool unsupported(const QString &what);

    QString m_script;
    qsizetype m_position = 0;
    QString m_error;
};

} // namespace hangar::sim
