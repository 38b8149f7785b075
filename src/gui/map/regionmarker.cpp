#include "gui/map/regionmarker.h"

#include "models/fleetlabels.h"
#include "models/modelroles.h"

#include <QCoreApplication>
#include <QModelIndex>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace hangar::gui::map {

namespace {

// One translation context for these free functions.
struct RegionMarkerText {
    Q_DECLARE_TR_FUNCTIONS(RegionMarkerText)
};

int intRole(const QModelIndex &index, int role)
{
    return index.data(role).toInt();
}

} // namespace

RegionMarker RegionMarker::fromIndex(const QModelIndex &index)
{
    RegionMarker marker;
    marker.code = index.data(models::IdRole).toString();
    marker.name = index.data(models::RegionNameRole).toString();
    const QVariant latitude = index.data(models::LatitudeRole);
    const QVariant longitude = index.data(models::LongitudeRole);
    marker.hasLocation = latitude.isValid() && longitude.isValid();
    marker.latitude = latitude.toDouble();
    marker.longitude = longitude.toDouble();
    using models::StateBucket;
    marker.counts.addMachine(StateBucket::Started, intRole(index, models::StartedCountRole));
    marker.counts.addMachine(StateBucket::Stopped, intRole(index, models::StoppedCountRole));
    marker.counts.addMachine(StateBucket::Suspended, intRole(index, models::SuspendedCountRole));
    marker.counts.addMachine(StateBucket::Failed, intRole(index, models::FailedCountRole));
    marker.counts.addMachine(StateBucket::Other, intRole(index, models::OtherStateCountRole));
    marker.counts.volumes = intRole(index, models::VolumeCountRole);
    marker.counts.volumeGb = index.data(models::VolumeTotalGbRole).toLongLong();
    marker.deprecated = index.data(models::DeprecatedRole).toBool();
    marker.gatewayAvailable = index.data(models::GatewayAvailableRole).toBool();
    marker.requiresPaidPlan = index.data(models::RequiresPaidPlanRole).toBool();
    marker.nearest = index.data(models::NearestRegionRole).toBool();
    return marker;
}

double markerRadius(const RegionMarker &marker)
{
    const int machines = marker.counts.machines();
    if (machines > 0)
        return std::min(7.0 + 3.0 * std::sqrt(double(machines)), 24.0);
    return marker.counts.volumes > 0 ? 6.5 : 3.5;
}

QString markerNotes(const RegionMarker &marker)
{
    QStringList notes;
    if (marker.nearest)
        notes.append(RegionMarkerText::tr("Nearest to you"));
    if (marker.deprecated)
        notes.append(RegionMarkerText::tr("Deprecated"));
    if (marker.requiresPaidPlan)
        notes.append(RegionMarkerText::tr("Paid plan only"));
    if (marker.gatewayAvailable)
        notes.append(RegionMarkerText::tr("Gateway"));
    return notes.join(RegionMarkerText::tr(" · "));
}

QString markerToolTip(const RegionMarker &marker, bool selectable)
{
    QStringList lines;
    const QString title = marker.name.isEmpty()
        ? QStringLiteral("<b>%1</b>").arg(marker.code.toHtmlEscaped())
        : RegionMarkerText::tr("<b>%1</b> (%2)")
              .arg(marker.name.toHtmlEscaped(), marker.code.toHtmlEscaped());
    lines.append(title);
    if (!marker.hasResources()) {
        lines.append(RegionMarkerText::tr("No machines or volumes here"));
    } else {
        models::FleetCounts machinesOnly = marker.counts;
        machinesOnly.volumes = 0;
        machinesOnly.volumeGb = 0;
        if (marker.counts.machines() > 0)
            lines.append(models::labels::counts(machinesOnly).toHtmlEscaped());
        if (marker.counts.volumes > 0)
            lines.append(RegionMarkerText::tr("%n volume(s), %1", nullptr, marker.counts.volumes)
                             .arg(models::labels::gigabytes(marker.counts.volumeGb))
                             .toHtmlEscaped());
    }
    if (marker.capacity)
        lines.append(RegionMarkerText::tr("Capacity: %1 more machines").arg(*marker.capacity));
    const QString notes = markerNotes(marker);
    if (!notes.isEmpty())
        lines.append(QStringLiteral("<i>%1</i>").arg(notes.toHtmlEscaped()));
    if (!selectable)
        lines.append(RegionMarkerText::tr("Not available for new machines or volumes"));
    return QStringLiteral("<p style='white-space:pre'>%1</p>").arg(lines.join(u"<br>"));
}

} // namespace hangar::gui::map
