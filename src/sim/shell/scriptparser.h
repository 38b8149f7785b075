#pragma once

#include "sim/shell/scriptast.h"
#include "sim/shell/scriptlexer.h"

#include <QList>
#include <QString>

namespace hangar::sim {

// Builds a Script from a whole script text. The full text is checked before anything runs, so a
// syntax error or unsupported construct anywhere means no command is executed.
class ScriptParser {
public:
    // False with a message (without the "sh: " prefix) on a syntax error.
    static bool parse(const QString &text, Script *script, QString *errorMessage);

private:
    explicit ScriptParser(QList<Token> tokens);
    bool parseScript(Script *script);
    bool parseAndOr(AndOrList *list);
    bool parsePipeline(Pipeline *pipeline);
    bool parseCommand(SimpleCommand *command);
    bool parseRedirection(SimpleCommand *command);
    bool checkCommandName(const Word &word);
    void skipNewlines();
    const Token &peek() const { return m_tokens.at(m_position); }
    bool peekOperator(const QString &op) const;
    Token take();
    bool failUnexpected();
    bool unsupported(const QString &what);

    QList<Token> m_tokens;
    qsizetype m_position = 0;
    QString m_error;
};

} // namespace hangar::sim
