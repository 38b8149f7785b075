#include "sim/shell/scriptparser.h"

#include <QRegularExpression>

namespace hangar::sim {

namespace {

bool isRedirectionOperator(const Token &token)
{
    if (token.type != Token::Type::Operator)
        return false;
    return token.text == QLatin1String("<") || token.text == QLatin1String(">")
        || token.text == QLatin1String(">>") || token.text == QLatin1String(">&")
        || token.text == QLatin1String(">|");
}

// Reserved words of compound commands, and builtins that only make sense with variables,
// functions or job control; none of them is implemented.
QString unsupportedCommandName(const QString &name)
{
    static const QStringList reserved {QStringLiteral("if"), QStringLiteral("then"),
        QStringLiteral("else"), QStringLiteral("elif"), QStringLiteral("fi"), QStringLiteral("for"),
        QStringLiteral("while"), QStringLiteral("until"), QStringLiteral("do"),
        QStringLiteral("done"), QStringLiteral("case"), QStringLiteral("esac"),
        QStringLiteral("select"), QStringLiteral("function"), QStringLiteral("{"),
        QStringLiteral("}"), QStringLiteral("[["), QStringLiteral("!")};
    static const QStringList builtins {QStringLiteral("export"), QStringLiteral("unset"),
        QStringLiteral("readonly"), QStringLiteral("local"), QStringLiteral("declare"),
        QStringLiteral("typeset"), QStringLiteral("read"), QStringLiteral("eval"),
        QStringLiteral("exec"), QStringLiteral("source"), QStringLiteral("."),
        QStringLiteral("trap"), QStringLiteral("wait"), QStringLiteral("alias"),
        QStringLiteral("unalias"), QStringLiteral("return"), QStringLiteral("break"),
        QStringLiteral("continue"), QStringLiteral("getopts"), QStringLiteral("let"),
        QStringLiteral("umask"), QStringLiteral("ulimit")};
    if (reserved.contains(name))
        return QStringLiteral("\"%1\" (compound commands are not available)").arg(name);
    if (builtins.contains(name))
        return QStringLiteral("the \"%1\" builtin").arg(name);
    return {};
}

} // namespace

bool ScriptParser::parse(const QString &text, Script *script, QString *errorMessage)
{
    ScriptParser parser(ScriptLexer(text).tokenize());
    if (!parser.parseScript(script)) {
        *errorMessage = parser.m_error;
        return false;
    }
    return true;
}

ScriptParser::ScriptParser(QList<Token> tokens)
    : m_tokens(std::move(tokens))
{
}

bool ScriptParser::peekOperator(const QString &op) const
{
    return peek().type == Token::Type::Operator && peek().text == op;
}

Token ScriptParser::take()
{
    Token token = m_tokens.at(m_position);
    if (token.type != Token::Type::End)
        ++m_position;
    return token;
}

void ScriptParser::skipNewlines()
{
    while (peek().type == Token::Type::Newline)
        take();
}

bool ScriptParser::failUnexpected()
{
    const Token &token = peek();
    if (token.type == Token::Type::Error)
        m_error = token.text;
    else if (token.type == Token::Type::End)
        m_error = QStringLiteral("syntax error: unexpected end of file");
    else if (token.type == Token::Type::Newline)
        m_error = QStringLiteral("syntax error: unexpected newline");
    else if (token.type == Token::Type::Word)
        m_error = QStringLiteral("syntax error: unexpected \"%1\"").arg(token.word.source);
    else
        m_error = QStringLiteral("syntax error: unexpected \"%1\"").arg(token.text);
    return false;
}

bool ScriptParser::unsupported(const QString &what)
{
    m_error = QStringLiteral("unsupported shell syntax: ") + what;
    return false;
}

bool ScriptParser::parseScript(Script *script)
{
    script->lists.clear();
    skipNewlines();
    while (peek().type != Token::Type::End) {
        AndOrList list;
        if (!parseAndOr(&list))
            return false;
        script->lists.append(std::move(list));
        if (peekOperator(QStringLiteral(";")) || peek().type == Token::Type::Newline) {
            take();
            skipNewlines();
        } else if (peek().type != Token::Type::End) {
            return failUnexpected();
        }
    }
    return true;
}

bool ScriptParser::parseAndOr(AndOrList *list)
{
    Pipeline pipeline;
    if (!parsePipeline(&pipeline))
        return false;
    list->pipelines.append(std::move(pipeline));
    while (peekOperator(QStringLiteral("&&")) || peekOperator(QStringLiteral("||"))) {
        list->connectors.append(
            take().text == QLatin1String("&&") ? Connector::And : Connector::Or);
        skipNewlines();
        Pipeline next;
        if (!parsePipeline(&next))
            return false;
        list->pipelines.append(std::move(next));
    }
    return true;
}

bool ScriptParser::parsePipeline(Pipeline *pipeline)
{
    if (peek().type == Token::Type::Word && peek().word.source == QLatin1String("!")) {
        take();
        pipeline->negated = true;
    }
    SimpleCommand command;
    if (!parseCommand(&command))
        return false;
    pipeline->commands.append(std::move(command));
    while (peekOperator(QStringLiteral("|"))) {
        take();
        skipNewlines();
        SimpleCommand next;
        if (!parseCommand(&next))
            return false;
        pipeline->commands.append(std::move(next));
    }
    return true;
}

bool ScriptParser::checkCommandName(const Word &word)
{
    if (word.hasQuoting)
        return true;
    const QString why = unsupportedCommandName(word.source);
    if (!why.isEmpty())
        return unsupported(why);
    static const QRegularExpression assignment(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*="));
    if (assignment.match(word.source).hasMatch()) {
        return unsupported(QStringLiteral("variable assignment \"%1\"; only positional "
                                          "parameters are available")
                               .arg(word.source));
    }
    return true;
}

bool ScriptParser::parseCommand(SimpleCommand *command)
{
    for (;;) {
        const Token &token = peek();
        if (token.type == Token::Type::IoNumber || isRedirectionOperator(token)) {
            if (!parseRedirection(command))
                return false;
        } else if (token.type == Token::Type::Word) {
            if (command->words.isEmpty() && !checkCommandName(token.word))
                return false;
            command->words.append(take().word);
        } else {
            break;
        }
    }
    if (command->words.isEmpty() && command->redirections.isEmpty())
        return failUnexpected();
    return true;
}

bool ScriptParser::parseRedirection(SimpleCommand *command)
{
    Redirection redirection;
    int fd = -1;
    if (peek().type == Token::Type::IoNumber) {
        const QString digits = take().text;
        fd = digits.size() > 1 ? 99 : digits.toInt();
        if (fd > 2)
            return unsupported(QStringLiteral("file descriptor %1 (only 0, 1 and 2)").arg(digits));
        if (!isRedirectionOperator(peek()))
            return failUnexpected();
    }
    const QString op = take().text;
    if (op == QLatin1String("<")) {
        redirection.kind = Redirection::Kind::Input;
        redirection.fd = fd < 0 ? 0 : fd;
    } else {
        redirection.kind = op == QLatin1String(">>") ? Redirection::Kind::Append
            : op == QLatin1String(">&")              ? Redirection::Kind::Duplicate
                                                     : Redirection::Kind::Output;
        redirection.fd = fd < 0 ? 1 : fd;
    }
    if (peek().type != Token::Type::Word)
        return failUnexpected();
    const Word target = take().word;

    if ((redirection.kind == Redirection::Kind::Input) != (redirection.fd == 0))
        return unsupported(QStringLiteral("redirecting file descriptor %1 with \"%2\"")
                               .arg(redirection.fd)
                               .arg(op));
    if (redirection.kind == Redirection::Kind::Duplicate) {
        if (target.source == QLatin1String("1") || target.source == QLatin1String("2"))
            redirection.duplicateOf = target.source.toInt();
        else
            return unsupported(QStringLiteral("\">&%1\" (only >&1 and >&2)").arg(target.source));
    } else {
        redirection.target = target;
    }
    command->redirections.append(std::move(redirection));
    return true;
}

} // namespace hangar::sim
