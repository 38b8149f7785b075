#include "sim/shell/fspath.h"

namespace hangar::sim {

bool splitPath(const QString &path, QStringList *components, bool *mustBeDirectory)
{
    components->clear();
    if (mustBeDirectory)
        *mustBeDirectory = false;
    if (!path.startsWith(QLatin1Char('/')) || path.contains(QChar(u'\0')))
        return false;

    const QStringList segments = path.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == QLatin1String("."))
            continue;
        if (segment == QLatin1String("..")) {
            if (!components->isEmpty())
                components->removeLast();
            continue;
        }
        components->append(segment);
    }
    if (mustBeDirectory) {
        const QString &last = segments.constLast();
        *mustBeDirectory = segments.size() > 1
            && (last.isEmpty() || last == QLatin1String(".") || last == QLatin1String(".."));
    }
    return true;
}

QString joinPath(const QStringList &components)
{
    return QLatin1Char('/') + components.join(QLatin1Char('/'));
}

QString normalizePath(const QString &path)
{
    QStringList components;
    if (!splitPath(path, &components))
        return {};
    return joinPath(components);
}

QString resolvePath(const QString &cwd, const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')))
        return path;
    if (cwd.endsWith(QLatin1Char('/')))
        return cwd + path;
    return cwd + QLatin1Char('/') + path;
}

bool isPathAtOrUnder(const QString &path, const QString &base)
{
    if (base == QLatin1String("/"))
        return path.startsWith(QLatin1Char('/'));
    return path == base
        || (path.startsWith(base) && path.size() > base.size()
            && path.at(base.size()) == QLatin1Char('/'));
}

QString parentPath(const QString &normalisedPath)
{
    const qsizetype slash = normalisedPath.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0)
        return QStringLiteral("/");
    return normalisedPath.left(slash);
}

QString lastComponent(const QString &normalisedPath)
{
    if (normalisedPath == QLatin1String("/"))
        return normalisedPath;
    return normalisedPath.mid(normalisedPath.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace hangar::sim
