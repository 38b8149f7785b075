#include "core/configdiff/summaryphrases.h"

#include "api/values/machineconfig.h"

#include <QJsonArray>
#include <QJsonObject>

#include <utility>

namespace hangar::core::summaryphrases {

using namespace Qt::StringLiterals;

namespace {

// More names of one kind than this ("file /a added") become a count ("3 files added").
constexpr int kMaxNamed = 2;

QString shortImage(const QString &image)
{
    for (const QLatin1String prefix :
        {"registry-1.docker.io/library/"_L1, "index.docker.io/library/"_L1, "docker.io/library/"_L1,
            "registry-1.docker.io/"_L1, "index.docker.io/"_L1, "docker.io/"_L1}) {
        if (image.startsWith(prefix))
            return image.mid(prefix.size());
    }
    return image;
}

QString presetOf(const api::MachineConfig &config)
{
    const QString preset = config.guest().presetName();
    return preset.isEmpty() && config.guest().isNull() ? config.size() : preset;
}

QString describeGuest(const api::GuestConfig &guest)
{
    const QString preset = guest.presetName();
    if (!preset.isEmpty())
        return preset;
    return ConfigSummary::tr("%n CPU(s), %1 MB", nullptr, guest.cpus()).arg(guest.memoryMb());
}

// The entry for one top-level field with the field's elements or keys as children, also when
// one side was null or missing (then it is compared against an empty one).
DiffEntry membersOf(const DiffEntry &entry)
{
    if (entry.container)
        return entry;
    const auto orEmpty = [](const QJsonValue &value, const QJsonValue &other) {
        if (value.isObject() || value.isArray())
            return value;
        return other.isArray() ? QJsonValue(QJsonArray()) : QJsonValue(QJsonObject());
    };
    const QJsonValue before = orEmpty(entry.oldValue, entry.newValue);
    const QJsonValue after = orEmpty(entry.newValue, entry.oldValue);
    const ConfigDiff wrapped =
        ConfigDiff::compare(QJsonObject {{entry.name, before}}, QJsonObject {{entry.name, after}});
    const DiffEntry *members = wrapped.find(entry.name);
    return members ? *members : entry;
}

// An element's name for a phrase: its key, or for an index-matched element a field of it.
QString memberName(const DiffEntry &member, const QString &field)
{
    if (!member.element || field.isEmpty())
        return member.name;
    const QJsonValue value = member.newValue.isUndefined() ? member.oldValue : member.newValue;
    const QString named = value.toObject().value(field).toString();
    return named.isEmpty() ? member.name : named;
}

// Phrases for the members of one kind of change, named while few, counted when many.
void phraseMembers(const QStringList &names, Phrasing phrasing, QStringList *phrases)
{
    if (names.isEmpty())
        return;
    if (names.size() > kMaxNamed) {
        phrases->append(ConfigSummary::tr(phrasing.counted, nullptr, int(names.size())));
        return;
    }
    for (const QString &name : names)
        phrases->append(ConfigSummary::tr(phrasing.named).arg(name));
}

// Sections the summary has no finer words for, by a name a person knows.
QString sectionName(const QString &key)
{
    static const QList<std::pair<QLatin1String, const char *>> names {
        {"init"_L1, QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "init")},
        {"dns"_L1, QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "DNS settings")},
        {"processes"_L1, QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "processes")},
        {"statics"_L1, QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "statics")},
        {"metrics"_L1, QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "metrics")},
        {"containers"_L1, QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "containers")},
        {"volumes"_L1, QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "container volumes")},
        {"standbys"_L1, QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "standbys")},
        {"rootfs"_L1, QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "root file system")},
        {"cache_drive"_L1, QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "cache drive")},
        {"spot"_L1, QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "spot pricing")},
        {"disable_machine_autostart"_L1,
            QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "autostart")},
    };
    for (const auto &[field, name] : names) {
        if (key == field)
            return ConfigSummary::tr(name);
    }
    return {};
}

} // namespace

QString imagePhrase(const QString &oldImage, const QString &newImage)
{
    QString from = shortImage(oldImage);
    QString to = shortImage(newImage);
    if (from == to) { // same short name, different registry
        from = oldImage;
        to = newImage;
    }
    if (from.isEmpty())
        return ConfigSummary::tr("image %1").arg(to);
    return ConfigSummary::tr("image %1 → %2").arg(from, to);
}

QStringList sizePhrases(const api::MachineConfig &oldConfig, const api::MachineConfig &newConfig)
{
    const api::GuestConfig before = oldConfig.guest();
    const api::GuestConfig after = newConfig.guest();
    const QString oldPreset = presetOf(oldConfig);
    const QString newPreset = presetOf(newConfig);
    if (before == after && oldConfig.size() == newConfig.size())
        return {};
    if (!oldPreset.isEmpty() && !newPreset.isEmpty() && oldPreset != newPreset)
        return {ConfigSummary::tr("size %1 → %2").arg(oldPreset, newPreset)};
    if (after.isNull())
        return newPreset.isEmpty() ? QStringList {ConfigSummary::tr("size removed")}
                                   : QStringList {ConfigSummary::tr("size %1").arg(newPreset)};
    if (before.isNull() && oldPreset.isEmpty())
        return {ConfigSummary::tr("size %1").arg(describeGuest(after))};
    const api::GuestConfig from =
        before.isNull() ? api::GuestConfig::fromPreset(oldPreset) : before;
    QStringList phrases;
    const auto kindName = [](const QString &kind) {
        return kind.isEmpty() ? u"shared"_s : kind; // Fly treats "" as shared
    };
    if (kindName(from.cpuKind()) != kindName(after.cpuKind())) {
        phrases.append(ConfigSummary::tr("CPU kind %1 → %2")
                           .arg(kindName(from.cpuKind()), kindName(after.cpuKind())));
    }
    if (from.cpus() != after.cpus())
        phrases.append(ConfigSummary::tr("CPUs %1 → %2").arg(from.cpus()).arg(after.cpus()));
    if (from.memoryMb() != after.memoryMb()) {
        phrases.append(
            ConfigSummary::tr("memory %1 → %2 MB").arg(from.memoryMb()).arg(after.memoryMb()));
    }
    if (from.gpus() != after.gpus() || from.gpuKind() != after.gpuKind()) {
        const auto gpu = [](const api::GuestConfig &guest) {
            return guest.gpus() == 0
                ? ConfigSummary::tr("none")
                : QString(QString::number(guest.gpus()) + u" × "_s + guest.gpuKind());
        };
        phrases.append(ConfigSummary::tr("GPU %1 → %2").arg(gpu(from), gpu(after)));
    }
    if (phrases.isEmpty())
        phrases.append(ConfigSummary::tr("guest settings changed"));
    return phrases;
}

void phraseCollection(const DiffEntry &entry, const Phrasing (&phrasings)[3], QStringList *phrases,
    const QString &nameField)
{
    QStringList added;
    QStringList removed;
    QStringList changed;
    const DiffEntry members = membersOf(entry);
    for (const DiffEntry &member : members.children) {
        if (member.kind == DiffKind::Added)
            added.append(memberName(member, nameField));
        else if (member.kind == DiffKind::Removed)
            removed.append(memberName(member, nameField));
        else if (member.kind == DiffKind::Changed)
            changed.append(memberName(member, nameField));
    }
    phraseMembers(added, phrasings[0], phrases);
    phraseMembers(changed, phrasings[1], phrases);
    phraseMembers(removed, phrasings[2], phrases);
}

void servicePhrases(const DiffEntry &entry, QStringList *phrases)
{
    const DiffEntry services = membersOf(entry);
    for (const DiffEntry &service : services.children) {
        switch (service.kind) {
        case DiffKind::Unchanged:
            break;
        case DiffKind::Added:
            phrases->append(ConfigSummary::tr("service %1 added").arg(service.name));
            break;
        case DiffKind::Removed:
            phrases->append(ConfigSummary::tr("service %1 removed").arg(service.name));
            break;
        case DiffKind::Changed: {
            bool otherChanges = false;
            for (const DiffEntry &field : service.children) {
                if (field.kind == DiffKind::Unchanged)
                    continue;
                if (field.name != "ports"_L1) {
                    otherChanges = true;
                    continue;
                }
                for (const DiffEntry &port : membersOf(field).children) {
                    if (port.kind == DiffKind::Added) {
                        phrases->append(
                            ConfigSummary::tr("port %1 added to %2").arg(port.name, service.name));
                    } else if (port.kind == DiffKind::Removed) {
                        phrases->append(ConfigSummary::tr("port %1 removed from %2")
                                            .arg(port.name, service.name));
                    } else if (port.kind == DiffKind::Changed) {
                        phrases->append(ConfigSummary::tr("port %1 of %2 changed")
                                            .arg(port.name, service.name));
                    }
                }
            }
            if (otherChanges)
                phrases->append(ConfigSummary::tr("service %1 changed").arg(service.name));
            break;
        }
        }
    }
}

void mountPhrases(const DiffEntry &entry, QStringList *phrases)
{
    // Added, changed, removed: the order of the other collections' phrases.
    const DiffEntry mounts = membersOf(entry);
    for (const DiffKind kind : {DiffKind::Added, DiffKind::Changed, DiffKind::Removed}) {
        for (const DiffEntry &mount : mounts.children) {
            if (mount.kind != kind)
                continue;
            const api::MountConfig before(mount.oldValue.toObject());
            const api::MountConfig after(mount.newValue.toObject());
            if (kind == DiffKind::Added) {
                phrases->append(
                    ConfigSummary::tr("volume %1 mounted at %2").arg(after.volume(), after.path()));
            } else if (kind == DiffKind::Removed) {
                phrases->append(ConfigSummary::tr("volume %1 unmounted").arg(before.volume()));
            } else {
                phrases->append(before.path() != after.path()
                        ? ConfigSummary::tr("mount path %1 → %2").arg(before.path(), after.path())
                        : ConfigSummary::tr("mount of %1 changed").arg(mount.name));
            }
        }
    }
}

QStringList restartPhrases(const api::MachineConfig &oldConfig, const api::MachineConfig &newConfig)
{
    // "" is Fly's default, on-failure.
    const auto policy = [](const api::RestartConfig &restart) {
        return restart.policy().isEmpty() ? u"on-failure"_s : restart.policy();
    };
    const api::RestartConfig before = oldConfig.restart();
    const api::RestartConfig after = newConfig.restart();
    QStringList phrases;
    if (policy(before) != policy(after))
        phrases.append(
            ConfigSummary::tr("restart policy %1 → %2").arg(policy(before), policy(after)));
    if (before.maxRetries() != after.maxRetries()) {
        phrases.append(ConfigSummary::tr("restart retries %1 → %2")
                           .arg(before.maxRetries())
                           .arg(after.maxRetries()));
    }
    if (phrases.isEmpty())
        phrases.append(ConfigSummary::tr("restart settings changed"));
    return phrases;
}

QStringList stopPhrases(const api::MachineConfig &oldConfig, const api::MachineConfig &newConfig)
{
    const api::StopConfig before = oldConfig.stopConfig();
    const api::StopConfig after = newConfig.stopConfig();
    QStringList phrases;
    if (before.signal() != after.signal()) {
        const auto signal = [](const QString &name) {
            return name.isEmpty() ? u"SIGINT"_s : name; // Fly's default
        };
        phrases.append(ConfigSummary::tr("stop signal %1 → %2")
                           .arg(signal(before.signal()), signal(after.signal())));
    }
    if (before.timeoutMs() != after.timeoutMs())
        phrases.append(ConfigSummary::tr("stop timeout changed"));
    if (phrases.isEmpty())
        phrases.append(ConfigSummary::tr("stop settings changed"));
    return phrases;
}

QString schedulePhrase(const QString &before, const QString &after)
{
    if (before.isEmpty())
        return ConfigSummary::tr("schedule %1").arg(after);
    if (after.isEmpty())
        return ConfigSummary::tr("schedule removed");
    return ConfigSummary::tr("schedule %1 → %2").arg(before, after);
}

QString genericPhrase(const DiffEntry &entry)
{
    const QString section = sectionName(entry.name);
    if (section.isEmpty()) { // a field Hangar does not know: named by its key
        if (entry.kind == DiffKind::Added)
            return ConfigSummary::tr("field %1 added").arg(entry.name);
        if (entry.kind == DiffKind::Removed)
            return ConfigSummary::tr("field %1 removed").arg(entry.name);
        return ConfigSummary::tr("field %1 changed").arg(entry.name);
    }
    if (entry.kind == DiffKind::Added)
        return ConfigSummary::tr("%1 added").arg(section);
    if (entry.kind == DiffKind::Removed)
        return ConfigSummary::tr("%1 removed").arg(section);
    return ConfigSummary::tr("%1 changed").arg(section);
}

} // namespace hangar::core::summaryphrases
