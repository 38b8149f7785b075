// Public ports and handlers as text: what the services list shows and the ports table edits.
#include "gui/config/portsyntax.h"

#include "api/values/portconfig.h"

#include <QRegularExpression>

namespace hangar::gui {

QPair<int, int> parsePorts(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})(?:\\s*-\\s*(\\d{1,5}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {0, 0};
    const int start = match.captured(1).toInt();
    const int end = match.captured(2).isEmpty() ? start : match.captured(2).toInt();
    return {start, end};
}

QString portsText(const api::PortConfig &port)
{
    if (port.isRange())
        return QStringLiteral("%1-%2").arg(port.startPort()).arg(port.endPort());
    return port.port() > 0 ? QString::number(port.port()) : QString();
}

QStringList splitHandlers(const QString &text)
{
    QStringList handlers;
    const QStringList parts =
        text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        handlers.append(part.toLower());
    return handlers;
}

} // namespace hangar::gui
