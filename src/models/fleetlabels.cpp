#include "models/fleetlabels.h"

#include "core/fleet/helpertags.h"
#include "models/fleetcounts.h"
#include "models/fleetitems.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace hangar::models::labels {

using namespace Qt::StringLiterals;

namespace {

// Gives lupdate one translation context for these free functions.
struct FleetLabels {
    Q_DECLARE_TR_FUNCTIONS(FleetLabels)
};

} // namespace

QString region(const QString &code, const QString &name)
{
    if (name.isEmpty())
        return code;
    return FleetLabels::tr("%1 · %2").arg(code, name);
}

QString machineSize(const MachineItem &machine)
{
    if (!machine.sizePreset.isEmpty())
        return machine.sizePreset;
    if (machine.cpus <= 0 && machine.memoryMb <= 0)
        return {};
    const QString kind = machine.cpuKind.isEmpty() ? u"shared"_s : machine.cpuKind;
    return FleetLabels::tr("%n %1 CPU(s) · %2 MB", nullptr, machine.cpus)
        .arg(kind)
        .arg(machine.memoryMb);
}

QString gigabytes(qint64 sizeGb)
{
    return FleetLabels::tr("%1 GB").arg(sizeGb);
}

QString dateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return QLocale().toString(dateTime.toLocalTime(), QLocale::ShortFormat);
}

QString counts(const FleetCounts &counts)
{
    QStringList states;
    if (const int n = counts.machinesIn(StateBucket::Started))
        states.append(FleetLabels::tr("%n started", nullptr, n));
    if (const int n = counts.machinesIn(StateBucket::Stopped))
        states.append(FleetLabels::tr("%n stopped", nullptr, n));
    if (const int n = counts.machinesIn(StateBucket::Suspended))
        states.append(FleetLabels::tr("%n suspended", nullptr, n));
    if (const int n = counts.machinesIn(StateBucket::Failed))
        states.append(FleetLabels::tr("%n failed", nullptr, n));
    if (const int n = counts.machinesIn(StateBucket::Other))
        states.append(FleetLabels::tr("%n changing state", nullptr, n));

    QString text = FleetLabels::tr("%n machine(s)", nullptr, counts.machines());
    if (!states.isEmpty())
        text = FleetLabels::tr("%1: %2").arg(text, states.join(u", "_s));
    if (counts.volumes > 0)
        text = FleetLabels::tr("%1 · %2, %3")
                   .arg(text, FleetLabels::tr("%n volume(s)", nullptr, counts.volumes),
                       gigabytes(counts.volumeGb));
    return text;
}

QString machineTitle(const MachineItem &machine)
{
    if (!machine.isCopyHelper())
        return machine.displayName();
    return FleetLabels::tr("%1 (copy helper)").arg(machine.displayName());
}

QString machineToolTip(const MachineItem &machine)
{
    QStringList lines {
        FleetLabels::tr("%1 — %2 in %3").arg(machine.displayName(), machine.state, machine.region)};
    if (machine.isCopyHelper()) {
        lines.append(
            FleetLabels::tr("Hangar started this machine to copy files into volume %1. "
                            "It is destroyed when the copy ends.")
                .arg(machine.metadata.value(QLatin1String(core::helpers::kVolumeKey)).toString()));
    }
    if (!machine.image.isEmpty())
        lines.append(machine.image);
    const QString size = machineSize(machine);
    if (!size.isEmpty())
        lines.append(size);
    if (!machine.privateIp.isEmpty())
        lines.append(machine.privateIp);
    if (machine.cordoned)
        lines.append(FleetLabels::tr("Cordoned: receives no traffic"));
    return lines.join(u'\n');
}

QString volumeToolTip(const VolumeItem &volume, const QString &attachedMachineName)
{
    QStringList lines {
        FleetLabels::tr("%1 — %2, %3 in %4")
            .arg(volume.displayName(), gigabytes(volume.sizeGb), volume.state, volume.region)};
    if (volume.attachedMachineId.isEmpty())
        lines.append(FleetLabels::tr("Not attached"));
    else
        lines.append(FleetLabels::tr("Attached to %1")
                         .arg(attachedMachineName.isEmpty() ? volume.attachedMachineId
                                                            : attachedMachineName));
    return lines.join(u'\n');
}

} // namespace hangar::models::labels
