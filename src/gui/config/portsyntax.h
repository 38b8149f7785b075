// How the services form writes a service's public ports and handlers as text, and reads them back.
#pragma once

#include <QPair>
#include <QStringList>

namespace hangar::api {
class PortConfig;
}

namespace hangar::gui {

// "443" or "8000-8010" as {start, end}; {0, 0} when the text is neither.
QPair<int, int> parsePorts(const QString &text);

// The port, or the range, as parsePorts() reads it; empty when no port is set.
QString portsText(const api::PortConfig &port);

// "tls, http" (commas or spaces between) as lower-case handler names.
QStringList splitHandlers(const QString &text);

} // namespace hangar::gui
