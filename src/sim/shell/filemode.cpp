#include "sim/shell/filemode.h"

#include <QStringList>

namespace hangar::sim {

namespace {

bool parseOctalMode(const QString &spec, int *result)
{
    if (spec.isEmpty() || spec.size() > 5)
        return false;
    int value = 0;
    for (const QChar c : spec) {
        if (c < QLatin1Char('0') || c > QLatin1Char('7'))
            return false;
        value = value * 8 + (c.unicode() - '0');
    }
    if (value > 07777)
        return false;
    *result = value;
    return true;
}

int whoMask(QChar who)
{
    switch (who.unicode()) {
    case 'u':
        return 04700;
    case 'g':
        return 02070;
    case 'o':
        return 01007;
    default:
        return 07777;
    }
}

// Applies one comma-separated clause such as "ug+rw" or "o=u".
bool applyClause(const QString &clause, bool isDirectory, int *mode)
{
    qsizetype i = 0;
    int who = 0;
    while (i < clause.size() && QStringView(u"ugoa").contains(clause.at(i)))
        who |= whoMask(clause.at(i++));
    if (i == clause.size())
        return false;
    // Without a "who", the umask limits what + and = set, as POSIX specifies.
    const int affected = who ? who : (07777 & ~kUmask);
    const int cleared = who ? who : 07777;
    while (i < clause.size()) {
        const QChar op = clause.at(i++);
        if (!QStringView(u"+-=").contains(op))
            return false;
        int permissions = 0;
        if (i < clause.size() && QStringView(u"ugo").contains(clause.at(i))) {
            const int shift = clause.at(i) == QLatin1Char('u') ? 6
                : clause.at(i) == QLatin1Char('g')             ? 3
                                                               : 0;
            const int bits = (*mode >> shift) & 7;
            permissions = (bits << 6) | (bits << 3) | bits;
            ++i;
        } else {
            while (i < clause.size() && QStringView(u"rwxXst").contains(clause.at(i))) {
                switch (clause.at(i).unicode()) {
                case 'r':
                    permissions |= 0444;
                    break;
                case 'w':
                    permissions |= 0222;
                    break;
                case 'x':
                    permissions |= 0111;
                    break;
                case 'X':
                    if (isDirectory || (*mode & 0111))
                        permissions |= 0111;
                    break;
                case 's':
                    permissions |= 06000;
                    break;
                default:
                    permissions |= 01000;
                    break;
                }
                ++i;
            }
        }
        const int value = permissions & affected;
        if (op == QLatin1Char('+'))
            *mode |= value;
        else if (op == QLatin1Char('-'))
            *mode &= ~value;
        else
            *mode = (*mode & ~cleared) | value;
    }
    return true;
}

} // namespace

QString modeString(NodeType type, int mode)
{
    QString text(10, QLatin1Char('-'));
    if (type == NodeType::Directory)
        text[0] = QLatin1Char('d');
    else if (type == NodeType::CharDevice)
        text[0] = QLatin1Char('c');
    const char letters[] = "rwxrwxrwx";
    for (int bit = 0; bit < 9; ++bit) {
        if (mode & (0400 >> bit))
            text[bit + 1] = QLatin1Char(letters[bit]);
    }
    const auto special = [&text](int index, bool set, char withExecute, char withoutExecute) {
        if (set)
            text[index] =
                QLatin1Char(text.at(index) == QLatin1Char('-') ? withoutExecute : withExecute);
    };
    special(3, mode & 04000, 's', 'S');
    special(6, mode & 02000, 's', 'S');
    special(9, mode & 01000, 't', 'T');
    return text;
}

bool applyModeSpec(const QString &spec, int current, bool isDirectory, int *result)
{
    if (parseOctalMode(spec, result))
        return true;
    if (spec.isEmpty() || spec.at(0).isDigit())
        return false;
    int mode = current & 07777;
    const QStringList clauses = spec.split(QLatin1Char(','));
    for (const QString &clause : clauses) {
        if (!applyClause(clause, isDirectory, &mode))
            return false;
    }
    *result = mode;
    return true;
}

} // namespace hangar::sim
