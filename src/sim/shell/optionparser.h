#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>

namespace hangar::sim {

struct OptionSpec {
    char id; // the short option letter, or only a key when `hasShortForm` is false
    const char *longName; // without "--"; nullptr for none
    bool takesValue = false;
    bool hasShortForm = true;
};

// GNU getopt_long-style parsing: grouped short options ("-rf"), values attached or separate
// ("-w0", "-w 0", "--wrap=0", "--wrap 0"), unambiguous long-option prefixes, options after
// operands, "--" ending options and "-" as an operand.
class OptionParser {
public:
    explicit OptionParser(std::initializer_list<OptionSpec> specs);

    // False on an unknown option or a missing value; errorMessage() then has GNU's wording.
    bool parse(const QStringList &arguments);
    const QString &errorMessage() const { return m_error; }

    bool isSet(char id) const;
    QString value(char id) const; // of the last occurrence
    // Which of the two options came last (e.g. -a vs -A); 0 when neither is set.
    char lastOf(char first, char second) const;
    const QStringList &operands() const { return m_operands; }

private:
    const OptionSpec *findShort(QChar letter) const;
    const OptionSpec *findLong(const QString &name, bool *ambiguous) const;

    QList<OptionSpec> m_specs;
    QList<std::pair<char, QString>> m_seen;
    QStringList m_operands;
    QString m_error;
};

} // namespace hangar::sim
