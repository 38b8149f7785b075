#include "sim/shell/scriptlexer.h"

namespace hangar::sim {

namespace {

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

bool isOperatorStart(QChar c)
{
    return QStringView(u";&|<>()").contains(c);
}

bool endsWord(QChar c)
{
    return isBlank(c) || c == QLatin1Char('\n') || isOperatorStart(c);
}

bool isNameStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_');
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || isDigit(c);
}

bool isAllDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

// Appends literal text, merging with the previous part when quoting matches.
void appendLiteral(Word *word, const QString &text, bool quoted)
{
    if (!word->parts.isEmpty()) {
        WordPart &last = word->parts.last();
        if (last.kind == WordPart::Kind::Literal && last.quoted == quoted) {
            last.text += text;
            return;
        }
    }
    word->parts.append({WordPart::Kind::Literal, text, quoted});
}

void appendParameter(Word *word, const QString &name, bool quoted)
{
    word->parts.append({WordPart::Kind::Parameter, name, quoted});
}

} // namespace

ScriptLexer::ScriptLexer(const QString &script)
    : m_script(script)
{
}

QChar ScriptLexer::peek(qsizetype offset) const
{
    const qsizetype index = m_position + offset;
    return index < m_script.size() ? m_script.at(index) : QChar();
}

bool ScriptLexer::fail(const QString &message)
{
    m_error = QStringLiteral("syntax error: ") + message;
    return false;
}

bool ScriptLexer::unsupported(const QString &what)
{
    m_error = QStringLiteral("unsupported shell syntax: ") + what;
    return false;
}

QList<Token> ScriptLexer::tokenize()
{
    QList<Token> tokens;
    while (!atEnd()) {
        const QChar c = peek();
        if (isBlank(c)) {
            ++m_position;
        } else if (c == QLatin1Char('\\') && peek(1) == QLatin1Char('\n')) {
            m_position += 2; // line continuation
        } else if (c == QLatin1Char('#')) {
            while (!atEnd() && peek() != QLatin1Char('\n'))
                ++m_position;
        } else if (c == QLatin1Char('\n')) {
            ++m_position;
            tokens.append({Token::Type::Newline, {}, QStringLiteral("\n")});
        } else if (isOperatorStart(c)) {
            QString op;
            if (!readOperator(&op))
                break;
            tokens.append({Token::Type::Operator, {}, op});
        } else {
            Word word;
            if (!readWord(&word))
                break;
            const bool redirectFollows = peek() == QLatin1Char('<') || peek() == QLatin1Char('>');
            if (redirectFollows && !word.hasQuoting && isAllDigits(word.source))
                tokens.append({Token::Type::IoNumber, {}, word.source});
            else
                tokens.append({Token::Type::Word, word, {}});
        }
    }
    if (!m_error.isEmpty())
        tokens.append({Token::Type::Error, {}, m_error});
    tokens.append({Token::Type::End, {}, {}});
    return tokens;
}

bool ScriptLexer::readOperator(QString *op)
{
    const QChar c = peek();
    const QChar next = peek(1);
    if (c == QLatin1Char('(') || c == QLatin1Char(')'))
        return unsupported(QStringLiteral("subshells and functions \"( )\""));
    if (c == QLatin1Char(';')) {
        if (next == QLatin1Char(';'))
            return unsupported(QStringLiteral("case statements \";;\""));
        *op = QStringLiteral(";");
    } else if (c == QLatin1Char('&')) {
        if (next != QLatin1Char('&'))
            return unsupported(QStringLiteral("background jobs \"&\""));
        *op = QStringLiteral("&&");
    } else if (c == QLatin1Char('|')) {
        *op = next == QLatin1Char('|') ? QStringLiteral("||") : QStringLiteral("|");
    } else if (c == QLatin1Char('<')) {
        if (next == QLatin1Char('<'))
            return unsupported(QStringLiteral("here-documents \"<<\""));
        if (next == QLatin1Char('&') || next == QLatin1Char('>'))
            return unsupported(QStringLiteral("redirection \"<") + next + QLatin1Char('"'));
        *op = QStringLiteral("<");
    } else {
        if (next == QLatin1Char('>'))
            *op = QStringLiteral(">>");
        else if (next == QLatin1Char('&'))
            *op = QStringLiteral(">&");
        else if (next == QLatin1Char('|'))
            *op = QStringLiteral(">|");
        else
            *op = QStringLiteral(">");
    }
    m_position += op->size();
    return true;
}

bool ScriptLexer::readWord(Word *word)
{
    const qsizetype start = m_position;
    while (!atEnd() && !endsWord(peek())) {
        const QChar c = peek();
        if (c == QLatin1Char('\\')) {
            word->hasQuoting = true;
            if (peek(1) == QLatin1Char('\n')) {
                m_position += 2;
            } else if (m_position + 1 >= m_script.size()) {
                appendLiteral(word, QStringLiteral("\\"), true);
                ++m_position;
            } else {
                appendLiteral(word, QString(peek(1)), true);
                m_position += 2;
            }
        } else if (c == QLatin1Char('\'')) {
            if (!readSingleQuoted(word))
                return false;
        } else if (c == QLatin1Char('"')) {
            if (!readDoubleQuoted(word))
                return false;
        } else if (c == QLatin1Char('$')) {
            if (!readDollar(word, false))
                return false;
        } else if (c == QLatin1Char('`')) {
            return unsupported(QStringLiteral("command substitution \"`...`\""));
        } else if (c == QLatin1Char('~') && m_position == start) {
            // Tilde expansion of the only user there is.
            const QChar after = peek(1);
            if (!after.isNull() && after != QLatin1Char('/') && !endsWord(after))
                return unsupported(QStringLiteral("tilde expansion \"~user\""));
            appendLiteral(word, QStringLiteral("/root"), true);
            ++m_position;
        } else {
            appendLiteral(word, QString(c), false);
            ++m_position;
        }
    }
    word->source = m_script.mid(start, m_position - start);
    return true;
}

bool ScriptLexer::readSingleQuoted(Word *word)
{
    word->hasQuoting = true;
    const qsizetype close = m_script.indexOf(QLatin1Char('\''), m_position + 1);
    if (close < 0)
        return fail(QStringLiteral("unterminated quoted string"));
    appendLiteral(word, m_script.mid(m_position + 1, close - m_position - 1), true);
    m_position = close + 1;
    return true;
}

bool ScriptLexer::readDoubleQuoted(Word *word)
{
    word->hasQuoting = true;
    ++m_position;
    const qsizetype partsBefore = word->parts.size();
    while (!atEnd()) {
        const QChar c = peek();
        if (c == QLatin1Char('"')) {
            ++m_position;
            // "" is an empty field, not nothing; but "$@" without parameters is no field.
            if (word->parts.size() == partsBefore)
                appendLiteral(word, QString(), true);
            return true;
        }
        if (c == QLatin1Char('\\')) {
            const QChar next = peek(1);
            if (next == QLatin1Char('\n')) {
                m_position += 2;
            } else if (QStringView(u"$`\"\\").contains(next)) {
                appendLiteral(word, QString(next), true);
                m_position += 2;
            } else {
                appendLiteral(word, QStringLiteral("\\"), true);
                ++m_position;
            }
        } else if (c == QLatin1Char('$')) {
            if (!readDollar(word, true))
                return false;
        } else if (c == QLatin1Char('`')) {
            return unsupported(QStringLiteral("command substitution \"`...`\""));
        } else {
            appendLiteral(word, QString(c), true);
            ++m_position;
        }
    }
    return fail(QStringLiteral("unterminated quoted string"));
}

bool ScriptLexer::readDollar(Word *word, bool quoted)
{
    const QChar next = peek(1);
    if (isDigit(next) || QStringView(u"#?@*$").contains(next)) {
        appendParameter(word, QString(next), quoted);
        m_position += 2;
        return true;
    }
    if (next == QLatin1Char('{')) {
        const qsizetype close = m_script.indexOf(QLatin1Char('}'), m_position + 2);
        if (close < 0)
            return fail(QStringLiteral("missing \"}\""));
        const QString inner = m_script.mid(m_position + 2, close - m_position - 2);
        if (isAllDigits(inner)) {
            appendParameter(word, QString::number(inner.toInt()), quoted);
        } else if (inner.size() == 1 && QStringView(u"#?@*$").contains(inner.at(0))) {
            appendParameter(word, inner, quoted);
        } else if (!inner.isEmpty() && isNameStart(inner.at(0))) {
            return unsupported(QStringLiteral("variables (\"${%1}\"); only positional parameters "
                                              "are available")
                                   .arg(inner));
        } else {
            return unsupported(QStringLiteral("parameter expansion \"${%1}\"").arg(inner));
        }
        m_position = close + 1;
        return true;
    }
    if (next == QLatin1Char('(')) {
        if (peek(2) == QLatin1Char('('))
            return unsupported(QStringLiteral("arithmetic expansion \"$((...))\""));
        return unsupported(QStringLiteral("command substitution \"$(...)\""));
    }
    if (isNameStart(next)) {
        qsizetype end = m_position + 1;
        while (end < m_script.size() && isNameChar(m_script.at(end)))
            ++end;
        return unsupported(QStringLiteral("variables (\"$%1\"); only positional parameters "
                                          "are available")
                               .arg(m_script.mid(m_position + 1, end - m_position - 1)));
    }
    if (next == QLatin1Char('$') || next == QLatin1Char('!') || next == QLatin1Char('-'))
        return unsupported(QStringLiteral("special parameter \"$") + next + QLatin1Char('"'));
    if (!quoted && (next == QLatin1Char('\'') || next == QLatin1Char('"')))
        return unsupported(QStringLiteral("\"$") + next + QStringLiteral("...\" quoting"));
    appendLiteral(word, QStringLiteral("$"), quoted);
    ++m_position;
    return true;
}

} // namespace hangar::sim
