#include "core/appinfo.h"

#include <QCoreApplication>

namespace hangar::core {

QString versionString()
{
    return QStringLiteral(HANGAR_VERSION);
}

void applyApplicationInfo(QCoreApplication &app)
{
    Q_UNUSED(app)
    QCoreApplication::setOrganizationName(QStringLiteral("Hangar"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hangar.dev"));
    QCoreApplication::setApplicationName(QStringLiteral("Hangar"));
    QCoreApplication::setApplicationVersion(versionString());
}

} // namespace hangar::core
