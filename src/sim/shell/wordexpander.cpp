#include "sim/shell/wordexpander.h"

#include "sim/shell/glob.h"
#include "sim/shell/machinefs.h"

namespace hangar::sim {

namespace {

bool isFieldSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n');
}

// Accumulates fields while tracking which characters came from quoted text, so that pathname
// expansion only treats unquoted "*", "?" and "[" as pattern characters.
class FieldBuilder {
public:
    void appendQuoted(const QString &text)
    {
        m_current.text += text;
        m_current.pattern += escapeGlob(text);
        m_started = true;
    }

    void appendUnquoted(const QString &text)
    {
        m_current.text += text;
        m_current.pattern += text;
        m_current.hasPattern = m_current.hasPattern || hasGlobCharacters(text);
        m_started = true;
    }

    // An unquoted expansion: IFS whitespace delimits fields and is dropped.
    void appendSplit(const QString &value)
    {
        qsizetype start = 0;
        for (qsizetype i = 0; i <= value.size(); ++i) {
            if (i < value.size() && !isFieldSeparator(value.at(i)))
                continue;
            if (i > start)
                appendUnquoted(value.mid(start, i - start));
            if (i < value.size())
                endField();
            start = i + 1;
        }
    }

    void endField()
    {
        if (m_started)
            m_fields.append(m_current);
        m_current = Field();
        m_started = false;
    }

    QStringList finish(const MachineFs &fs, const QString &cwd)
    {
        endField();
        QStringList result;
        for (const Field &field : std::as_const(m_fields)) {
            const QStringList matches =
                field.hasPattern ? globExpand(fs, cwd, field.pattern) : QStringList();
            if (matches.isEmpty())
                result.append(field.text);
            else
                result.append(matches);
        }
        return result;
    }

private:
    struct Field {
        QString text; // after quote removal
        QString pattern; // quoted characters backslash-escaped
        bool hasPattern = false;
    };
    QList<Field> m_fields;
    Field m_current;
    bool m_started = false;
};

} // namespace

WordExpander::WordExpander(const ShellState &state, const MachineFs &fs)
    : m_state(state)
    , m_fs(fs)
{
}

bool WordExpander::parameterValue(const QString &name, QString *value, QString *errorMessage) const
{
    if (name == QLatin1String("#")) {
        *value = QString::number(m_state.positional.size());
    } else if (name == QLatin1String("?")) {
        *value = QString::number(m_state.lastStatus);
    } else if (name == QLatin1String("$")) {
        *value = QString::number(m_state.processId);
    } else if (name == QLatin1String("@") || name == QLatin1String("*")) {
        *value = m_state.positional.join(QLatin1Char(' '));
    } else if (name == QLatin1String("0")) {
        *value = m_state.scriptName;
    } else {
        const int index = name.toInt();
        if (index > m_state.positional.size() && m_state.options.nounset) {
            *errorMessage = name + QStringLiteral(": parameter not set");
            return false;
        }
        *value = m_state.positional.value(index - 1);
    }
    return true;
}

bool WordExpander::expandToFields(
    const Word &word, QStringList *fields, QString *errorMessage) const
{
    FieldBuilder builder;
    for (const WordPart &part : word.parts) {
        if (part.kind == WordPart::Kind::Literal) {
            if (part.quoted)
                builder.appendQuoted(part.text);
            else
                builder.appendUnquoted(part.text);
            continue;
        }
        const bool allParameters = part.text == QLatin1String("@");
        if (allParameters || (part.text == QLatin1String("*") && !part.quoted)) {
            // "$@" keeps each parameter a field of its own; unquoted $@ and $* split each.
            for (qsizetype i = 0; i < m_state.positional.size(); ++i) {
                if (i > 0)
                    builder.endField();
                if (part.quoted)
                    builder.appendQuoted(m_state.positional.at(i));
                else
                    builder.appendSplit(m_state.positional.at(i));
            }
            continue;
        }
        QString value;
        if (!parameterValue(part.text, &value, errorMessage))
            return false;
        if (part.quoted)
            builder.appendQuoted(value);
        else
            builder.appendSplit(value);
    }
    *fields = builder.finish(m_fs, m_state.cwd);
    return true;
}

bool WordExpander::expandToString(const Word &word, QString *result, QString *errorMessage) const
{
    result->clear();
    for (const WordPart &part : word.parts) {
        if (part.kind == WordPart::Kind::Literal) {
            *result += part.text;
            continue;
        }
        QString value;
        if (!parameterValue(part.text, &value, errorMessage))
            return false;
        *result += value;
    }
    return true;
}

} // namespace hangar::sim
