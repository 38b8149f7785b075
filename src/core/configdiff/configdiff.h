#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <vector>

namespace hangar::api {
class MachineConfig;
}

namespace hangar::core {

enum class DiffKind { Unchanged, Added, Removed, Changed };

// One field or array element of two compared JSON values and what became of it. Objects are
// compared key by key; arrays of objects element by element, matched by identity where the
// array has one (services by protocol/internal_port, ports by port or range, mounts by volume,
// files by guest_path, ...; see arraykeys.h) and by index otherwise; a keyed array that was only
// reordered is unchanged. Scalars and arrays of scalars are leaves. null, {}, [] and a missing
// key mean the same to the Machines API, so one turning into another is no change.
struct DiffEntry {
    // The field's name, or an element's key ("tcp/8080", "443") or index ("0"); empty for the
    // root.
    QString name;
    bool element = false; // an array element: shown in a path as [name]
    QString arrayName; // for an element: the field that holds its array
    // From the root, e.g. "services[tcp/8080].ports[443].handlers" or env.LOG_LEVEL.
    QString path;
    DiffKind kind = DiffKind::Unchanged;
    QJsonValue oldValue {QJsonValue::Undefined}; // undefined when added
    QJsonValue newValue {QJsonValue::Undefined}; // undefined when removed
    // True when both sides are objects, or both arrays holding objects: then `children` are the
    // fields or elements in display order (the new order, removed elements where they were).
    bool container = false;
    std::vector<DiffEntry> children;
};

// The structural difference between an old and a new value, usually two machine configs.
class ConfigDiff {
public:
    ConfigDiff() = default; // nothing against nothing: no changes

    static ConfigDiff compare(const QJsonValue &oldValue, const QJsonValue &newValue);
    static ConfigDiff compare(
        const api::MachineConfig &oldConfig, const api::MachineConfig &newConfig);

    const DiffEntry &root() const { return m_root; }
    bool hasChanges() const { return m_root.kind != DiffKind::Unchanged; }

    // The finest changes: entries added, removed or changed that hold no smaller change. The
    // pointers live as long as this diff (not a copy of it).
    QList<const DiffEntry *> changes() const;
    int changeCount() const { return int(changes().size()); }
    // The entry at `path`, or nullptr.
    const DiffEntry *find(const QString &path) const;

private:
    DiffEntry m_root;
};

} // namespace hangar::core
