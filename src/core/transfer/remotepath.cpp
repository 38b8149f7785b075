#include "core/transfer/remotepath.h"

#include <QCoreApplication>
#include <QStringList>

namespace hangar::core::remotepath {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hangar::core::remotepath)
};

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

std::optional<QString> normalise(const QString &path, QString *error)
{
    if (path.contains(QChar(0))) {
        setError(error, Tr::tr("The path contains a NUL character."));
        return std::nullopt;
    }
    if (!path.startsWith(QLatin1Char('/'))) {
        setError(error, Tr::tr("\"%1\" is not an absolute path.").arg(path));
        return std::nullopt;
    }
    QStringList parts;
    const QStringList components = path.split(QLatin1Char('/'));
    for (const QString &component : components) {
        if (component.isEmpty() || component == QLatin1String("."))
            continue;
        if (component == QLatin1String("..")) {
            if (parts.isEmpty()) {
                setError(error, Tr::tr("\"%1\" climbs above the root.").arg(path));
                return std::nullopt;
            }
            parts.removeLast();
            continue;
        }
        if (component.toUtf8().size() > 255) {
            setError(error, Tr::tr("A name in \"%1\" is longer than 255 bytes.").arg(path));
            return std::nullopt;
        }
        parts.append(component);
    }
    return QString(QLatin1Char('/') + parts.join(QLatin1Char('/')));
}

std::optional<QString> normaliseInside(const QString &path, const QString &root, QString *error)
{
    const std::optional<QString> normalRoot = normalise(root, error);
    const std::optional<QString> normal = normalise(path, error);
    if (!normal || !normalRoot)
        return std::nullopt;
    if (!isInside(*normal, *normalRoot)) {
        setError(error, Tr::tr("\"%1\" is outside the volume, which is at %2.").arg(path, root));
        return std::nullopt;
    }
    return normal;
}

bool isInside(const QString &path, const QString &root)
{
    if (root == QLatin1String("/"))
        return path.startsWith(QLatin1Char('/'));
    return path == root || path.startsWith(root + QLatin1Char('/'));
}

bool isValidName(const QString &name, QString *error)
{
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..")) {
        setError(error, Tr::tr("\"%1\" cannot be used as a name.").arg(name));
        return false;
    }
    if (name.contains(QLatin1Char('/')) || name.contains(QChar(0))) {
        setError(error, Tr::tr("A name cannot contain \"/\" or NUL."));
        return false;
    }
    if (name.toUtf8().size() > 255) {
        setError(error, Tr::tr("\"%1\" is longer than 255 bytes.").arg(name));
        return false;
    }
    return true;
}

QString join(const QString &dir, const QString &relative)
{
    if (relative.isEmpty())
        return dir;
    if (dir.endsWith(QLatin1Char('/')))
        return dir + relative;
    return dir + QLatin1Char('/') + relative;
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0)
        return QStringLiteral("/");
    return path.left(slash);
}

QString nameOf(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QString relativeTo(const QString &path, const QString &root)
{
    if (path == root)
        return {};
    if (root == QLatin1String("/"))
        return path.mid(1);
    return path.mid(root.size() + 1);
}

QString rebase(const QString &path, const QString &fromRoot, const QString &toRoot)
{
    return join(toRoot, relativeTo(path, fromRoot));
}

QString numberedName(const QString &name, int number)
{
    const QString suffix = QStringLiteral(" (%1)").arg(number);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return name + suffix;
    return name.left(dot) + suffix + name.mid(dot);
}

} // namespace hangar::core::remotepath
