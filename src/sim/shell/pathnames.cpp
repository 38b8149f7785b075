#include "sim/shell/pathnames.h"

namespace hangar::sim {

namespace {

QString stripTrailingSlashes(QString path)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

} // namespace

QString directoryName(const QString &path)
{
    const QString stripped = stripTrailingSlashes(path);
    if (stripped == QLatin1String("/"))
        return stripped;
    const qsizetype slash = stripped.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return QStringLiteral(".");
    const QString parent = stripTrailingSlashes(stripped.left(slash));
    return parent.isEmpty() ? QStringLiteral("/") : parent;
}

QString baseName(const QString &path)
{
    const QString stripped = stripTrailingSlashes(path);
    if (stripped == QLatin1String("/"))
        return stripped;
    return stripped.mid(stripped.lastIndexOf(QLatin1Char('/')) + 1);
}

QString appendPath(const QString &directory, const QString &name)
{
    if (directory.endsWith(QLatin1Char('/')))
        return directory + name;
    return directory + QLatin1Char('/') + name;
}

} // namespace hangar::sim
