#pragma once

#include <QDateTime>
#include <QString>

class QTabWidget;

namespace hangar::api {
class GuestConfig;
}

namespace hangar::gui {

// How the panels write sizes, dates and durations for people.
QString formatGuest(const api::GuestConfig &guest);
QString formatDateTime(const QDateTime &when);
// "3 minutes ago", "2 days ago"
QString formatAge(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
QString formatBytes(qint64 bytes);
QString placeholder(); // "—" for an empty field

// Opens the tab whose page is named `name` + "Tab" (any case); false when there is none.
bool showTabNamed(QTabWidget *tabs, const QString &name);

} // namespace hangar::gui
