#include "sim/shell/glob.h"

#include "sim/shell/fspath.h"
#include "sim/shell/machinefs.h"

#include <algorithm>

namespace hangar::sim {

namespace {

bool matchesClass(QStringView className, QChar c)
{
    const char16_t u = c.unicode();
    const bool ascii = u < 128;
    if (className == u"alpha")
        return ascii && c.isLetter();
    if (className == u"digit")
        return u >= '0' && u <= '9';
    if (className == u"alnum")
        return ascii && c.isLetterOrNumber();
    if (className == u"upper")
        return u >= 'A' && u <= 'Z';
    if (className == u"lower")
        return u >= 'a' && u <= 'z';
    if (className == u"space")
        return ascii && c.isSpace();
    if (className == u"blank")
        return u == ' ' || u == '\t';
    if (className == u"punct")
        return ascii && c.isPunct();
    if (className == u"xdigit")
        return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
    if (className == u"print")
        return u >= 0x20 && u < 0x7f;
    if (className == u"graph")
        return u > 0x20 && u < 0x7f;
    if (className == u"cntrl")
        return u < 0x20 || u == 0x7f;
    return false;
}

// Matches `c` against the bracket expression starting at pattern[start] == '['. Returns false
// when the bracket is not closed, in which case "[" is an ordinary character.
bool matchBracket(QStringView pattern, qsizetype start, QChar c, qsizetype *length, bool *matched)
{
    qsizetype i = start + 1;
    bool negate = false;
    if (i < pattern.size()
        && (pattern.at(i) == QLatin1Char('!') || pattern.at(i) == QLatin1Char('^'))) {
        negate = true;
        ++i;
    }
    bool found = false;
    bool first = true;
    while (i < pattern.size()) {
        QChar low = pattern.at(i);
        if (low == QLatin1Char(']') && !first) {
            *length = i + 1 - start;
            *matched = found != negate;
            return true;
        }
        first = false;
        if (low == QLatin1Char('[') && i + 1 < pattern.size()
            && pattern.at(i + 1) == QLatin1Char(':')) {
            const qsizetype close = pattern.indexOf(u":]", i + 2);
            if (close >= 0) {
                found = found || matchesClass(pattern.mid(i + 2, close - i - 2), c);
                i = close + 2;
                continue;
            }
        }
        if (low == QLatin1Char('\\') && i + 1 < pattern.size())
            low = pattern.at(++i);
        ++i;
        if (i + 1 < pattern.size() && pattern.at(i) == QLatin1Char('-')
            && pattern.at(i + 1) != QLatin1Char(']')) {
            QChar high = pattern.at(i + 1);
            i += 2;
            if (high == QLatin1Char('\\') && i < pattern.size())
                high = pattern.at(i++);
            found = found || (c >= low && c <= high);
        } else {
            found = found || c == low;
        }
    }
    return false;
}

QString joinGlobPath(const QString &base, const QString &name)
{
    if (base.isEmpty())
        return name;
    if (base.endsWith(QLatin1Char('/')))
        return base + name;
    return base + QLatin1Char('/') + name;
}

} // namespace

bool globMatch(QStringView pattern, QStringView name)
{
    qsizetype p = 0;
    qsizetype n = 0;
    qsizetype starPattern = -1;
    qsizetype starName = 0;
    while (n < name.size()) {
        bool advanced = false;
        if (p < pattern.size()) {
            const QChar c = pattern.at(p);
            if (c == QLatin1Char('*')) {
                starPattern = ++p;
                starName = n;
                continue;
            }
            if (c == QLatin1Char('?')) {
                ++p;
                ++n;
                continue;
            }
            qsizetype length = 1;
            bool matched = false;
            if (c == QLatin1Char('[') && matchBracket(pattern, p, name.at(n), &length, &matched)) {
                advanced = matched;
            } else if (c == QLatin1Char('\\') && p + 1 < pattern.size()) {
                advanced = pattern.at(p + 1) == name.at(n);
                length = 2;
            } else {
                advanced = c == name.at(n);
            }
            if (advanced) {
                p += length;
                ++n;
                continue;
            }
        }
        if (starPattern < 0)
            return false;
        // Let the last "*" swallow one more character and retry.
        p = starPattern;
        n = ++starName;
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool hasGlobCharacters(QStringView pattern)
{
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\'))
            ++i;
        else if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('['))
            return true;
    }
    return false;
}

QString escapeGlob(const QString &literal)
{
    QString escaped;
    escaped.reserve(literal.size());
    for (const QChar c : literal) {
        if (QStringView(u"*?[]\\").contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

QString unescapeGlob(const QString &pattern)
{
    QString literal;
    literal.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == QLatin1Char('\\') && i + 1 < pattern.size())
            ++i;
        literal += pattern.at(i);
    }
    return literal;
}

QStringList globExpand(const MachineFs &fs, const QString &cwd, const QString &pattern)
{
    const bool onlyDirectories = pattern.endsWith(QLatin1Char('/'));
    const QStringList components = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList candidates {pattern.startsWith(QLatin1Char('/')) ? QStringLiteral("/") : QString()};
    for (qsizetype index = 0; index < components.size() && !candidates.isEmpty(); ++index) {
        const QString &component = components.at(index);
        const bool last = index == components.size() - 1;
        const bool needDirectory = !last || onlyDirectories;
        QStringList next;
        for (const QString &base : std::as_const(candidates)) {
            const QString directory = resolvePath(cwd, base.isEmpty() ? QStringLiteral(".") : base);
            if (!hasGlobCharacters(component)) {
                const QString candidate = joinGlobPath(base, unescapeGlob(component));
                FileInfo info;
                if (fs.stat(resolvePath(cwd, candidate), &info) == FsError::Ok
                    && (!needDirectory || info.isDirectory())) {
                    next.append(candidate);
                }
                continue;
            }
            QList<FileInfo> entries;
            if (fs.list(directory, &entries) != FsError::Ok)
                continue;
            const bool dotAllowed = unescapeGlob(component).startsWith(QLatin1Char('.'));
            for (const FileInfo &entry : std::as_const(entries)) {
                if (entry.name.startsWith(QLatin1Char('.')) && !dotAllowed)
                    continue;
                if (needDirectory && !entry.isDirectory())
                    continue;
                if (globMatch(component, entry.name))
                    next.append(joinGlobPath(base, entry.name));
            }
        }
        candidates = std::move(next);
    }
    if (components.isEmpty())
        return {};
    if (onlyDirectories) {
        for (QString &candidate : candidates)
            candidate += QLatin1Char('/');
    }
    std::sort(candidates.begin(), candidates.end());
    return candidates;
}

} // namespace hangar::sim
