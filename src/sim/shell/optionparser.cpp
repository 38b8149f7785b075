#include "sim/shell/optionparser.h"

namespace hangar::sim {

OptionParser::OptionParser(std::initializer_list<OptionSpec> specs)
    : m_specs(specs)
{
}

const OptionSpec *OptionParser::findShort(QChar letter) const
{
    for (const OptionSpec &spec : m_specs) {
        if (spec.hasShortForm && QLatin1Char(spec.id) == letter)
            return &spec;
    }
    return nullptr;
}

const OptionSpec *OptionParser::findLong(const QString &name, bool *ambiguous) const
{
    *ambiguous = false;
    const OptionSpec *prefixMatch = nullptr;
    for (const OptionSpec &spec : m_specs) {
        if (!spec.longName)
            continue;
        const QLatin1String longName(spec.longName);
        if (longName == name)
            return &spec;
        if (longName.startsWith(name)) {
            if (prefixMatch && prefixMatch->id != spec.id)
                *ambiguous = true;
            prefixMatch = &spec;
        }
    }
    return *ambiguous ? nullptr : prefixMatch;
}

bool OptionParser::parse(const QStringList &arguments)
{
    m_seen.clear();
    m_operands.clear();
    m_error.clear();
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || argument == QLatin1String("-")
            || !argument.startsWith(QLatin1Char('-'))) {
            m_operands.append(argument);
        } else if (argument == QLatin1String("--")) {
            optionsEnded = true;
        } else if (argument.startsWith(QLatin1String("--"))) {
            const qsizetype equals = argument.indexOf(QLatin1Char('='));
            const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
            bool ambiguous = false;
            const OptionSpec *spec = findLong(name, &ambiguous);
            if (!spec) {
                m_error = ambiguous ? QStringLiteral("option '%1' is ambiguous").arg(argument)
                                    : QStringLiteral("unrecognized option '%1'").arg(argument);
                return false;
            }
            const QString fullName = QStringLiteral("--") + QLatin1String(spec->longName);
            QString value;
            if (spec->takesValue) {
                if (equals >= 0) {
                    value = argument.mid(equals + 1);
                } else if (i + 1 < arguments.size()) {
                    value = arguments.at(++i);
                } else {
                    m_error = QStringLiteral("option '%1' requires an argument").arg(fullName);
                    return false;
                }
            } else if (equals >= 0) {
                m_error = QStringLiteral("option '%1' doesn't allow an argument").arg(fullName);
                return false;
            }
            m_seen.append({spec->id, value});
        } else {
            for (qsizetype j = 1; j < argument.size(); ++j) {
                const OptionSpec *spec = findShort(argument.at(j));
                if (!spec) {
                    m_error = QStringLiteral("invalid option -- '%1'").arg(argument.at(j));
                    return false;
                }
                if (!spec->takesValue) {
                    m_seen.append({spec->id, QString()});
                    continue;
                }
                if (j + 1 < argument.size()) {
                    m_seen.append({spec->id, argument.mid(j + 1)});
                } else if (i + 1 < arguments.size()) {
                    m_seen.append({spec->id, arguments.at(++i)});
                } else {
                    m_error =
                        QStringLiteral("option requires an argument -- '%1'").arg(argument.at(j));
                    return false;
                }
                break;
            }
        }
    }
    return true;
}

bool OptionParser::isSet(char id) const
{
    for (const auto &seen : m_seen) {
        if (seen.first == id)
            return true;
    }
    return false;
}

QString OptionParser::value(char id) const
{
    for (auto it = m_seen.crbegin(); it != m_seen.crend(); ++it) {
        if (it->first == id)
            return it->second;
    }
    return {};
}

char OptionParser::lastOf(char first, char second) const
{
    for (auto it = m_seen.crbegin(); it != m_seen.crend(); ++it) {
        if (it->first == first || it->first == second)
            return it->first;
    }
    return 0;
}

} // namespace hangar::sim
