#include "core/configdiff/configdiff.h"

#include "api/values/machineconfig.h"
#include "core/configdiff/arraykeys.h"
#include "core/configdiff/jsonlines.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace hangar::core {

using namespace Qt::StringLiterals;

namespace {

bool isEmptyish(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isObject() && value.toObject().isEmpty())
        || (value.isArray() && value.toArray().isEmpty());
}

bool holdsContainers(const QJsonArray &array)
{
    return std::any_of(array.begin(), array.end(),
        [](const QJsonValue &item) { return item.isObject() || item.isArray(); });
}

bool isPlainKey(const QString &name)
{
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'_' || c == u'-';
    });
}

QString childPath(const QString &parent, const QString &name, bool element)
{
    if (element)
        return QString(parent + u'[' + name + u']');
    if (!isPlainKey(name))
        return QString(parent + u"[\""_s + name + u"\"]"_s);
    return parent.isEmpty() ? name : QString(parent + u'.' + name);
}

void fill(DiffEntry &entry, const QStringList &firstKeys);

DiffKind kindOfChildren(const std::vector<DiffEntry> &children)
{
    const bool changed = std::any_of(children.begin(), children.end(),
        [](const DiffEntry &child) { return child.kind != DiffKind::Unchanged; });
    return changed ? DiffKind::Changed : DiffKind::Unchanged;
}

void diffObjects(DiffEntry &entry, const QStringList &firstKeys)
{
    const QJsonObject oldObject = entry.oldValue.toObject();
    const QJsonObject newObject = entry.newValue.toObject();
    for (const QString &key : jsonlines::orderedKeys(oldObject, newObject, firstKeys)) {
        DiffEntry child;
        child.name = key;
        child.path = childPath(entry.path, key, false);
        child.oldValue = oldObject.value(key);
        child.newValue = newObject.value(key);
        fill(child, {});
        entry.children.push_back(std::move(child));
    }
    entry.container = true;
    entry.kind = kindOfChildren(entry.children);
}

// Labels for each element: its key, "#2" on for repeats; empty when the array has no keys.
QStringList elementLabels(const QString &arrayName, const QJsonArray &array, bool *keyed)
{
    QStringList labels;
    QHash<QString, int> seen;
    for (const QJsonValue &item : array) {
        const QString key = arraykeys::elementKey(arrayName, item);
        if (key.isEmpty()) {
            *keyed = false;
            return {};
        }
        const int count = ++seen[key];
        labels.append(count == 1 ? key : QString(key + u'#' + QString::number(count)));
    }
    return labels;
}

struct Pairing {
    QString label;
    int oldIndex = -1;
    int newIndex = -1;
};

// The new order, each removed element placed right after the old element it followed.
QList<Pairing> pairByKey(const QStringList &oldLabels, const QStringList &newLabels)
{
    QList<Pairing> pairs;
    for (int j = 0; j < newLabels.size(); ++j)
        pairs.append({newLabels.at(j), int(oldLabels.indexOf(newLabels.at(j))), j});
    int lastPosition = -1;
    for (int i = 0; i < oldLabels.size(); ++i) {
        const auto found = std::find_if(
            pairs.begin(), pairs.end(), [&](const Pairing &pair) { return pair.oldIndex == i; });
        if (found != pairs.end()) {
            lastPosition = int(found - pairs.begin());
            continue;
        }
        pairs.insert(lastPosition + 1, {oldLabels.at(i), i, -1});
        ++lastPosition;
    }
    return pairs;
}

QList<Pairing> pairByIndex(qsizetype oldCount, qsizetype newCount)
{
    QList<Pairing> pairs;
    for (int i = 0; i < int(std::max(oldCount, newCount)); ++i)
        pairs.append({QString::number(i), i < oldCount ? i : -1, i < newCount ? i : -1});
    return pairs;
}

void diffArrays(DiffEntry &entry)
{
    const QJsonArray oldArray = entry.oldValue.toArray();
    const QJsonArray newArray = entry.newValue.toArray();
    const QString arrayName = entry.name;
    bool keyed = true;
    const QStringList oldLabels = elementLabels(arrayName, oldArray, &keyed);
    const QStringList newLabels =
        keyed ? elementLabels(arrayName, newArray, &keyed) : QStringList();
    const QList<Pairing> pairs =
        keyed ? pairByKey(oldLabels, newLabels) : pairByIndex(oldArray.size(), newArray.size());
    const QStringList identity = arraykeys::identityFields(arrayName);
    for (const Pairing &pair : pairs) {
        DiffEntry child;
        child.name = pair.label;
        child.element = true;
        child.arrayName = arrayName;
        child.path = childPath(entry.path, pair.label, true);
        if (pair.oldIndex >= 0)
            child.oldValue = oldArray.at(pair.oldIndex);
        if (pair.newIndex >= 0)
            child.newValue = newArray.at(pair.newIndex);
        fill(child, identity);
        entry.children.push_back(std::move(child));
    }
    entry.container = true;
    entry.kind = kindOfChildren(entry.children);
}

void fill(DiffEntry &entry, const QStringList &firstKeys)
{
    const QJsonValue &before = entry.oldValue;
    const QJsonValue &after = entry.newValue;
    if (isEmptyish(before) && isEmptyish(after)) {
        entry.kind = DiffKind::Unchanged;
    } else if (before.isUndefined()) {
        entry.kind = DiffKind::Added;
    } else if (after.isUndefined()) {
        entry.kind = DiffKind::Removed;
    } else if (before.isObject() && after.isObject()) {
        diffObjects(entry, firstKeys);
    } else if (before.isArray() && after.isArray()
        && (holdsContainers(before.toArray()) || holdsContainers(after.toArray()))) {
        diffArrays(entry);
    } else {
        entry.kind = before == after ? DiffKind::Unchanged : DiffKind::Changed;
    }
}

void collectChanges(const DiffEntry &entry, QList<const DiffEntry *> *changes)
{
    if (entry.kind == DiffKind::Unchanged)
        return;
    if (!entry.container) {
        changes->append(&entry);
        return;
    }
    for (const DiffEntry &child : entry.children)
        collectChanges(child, changes);
}

const DiffEntry *findEntry(const DiffEntry &entry, const QString &path)
{
    if (entry.path == path)
        return &entry;
    for (const DiffEntry &child : entry.children) {
        if (path.startsWith(child.path)) {
            if (const DiffEntry *found = findEntry(child, path))
                return found;
        }
    }
    return nullptr;
}

} // namespace

ConfigDiff ConfigDiff::compare(const QJsonValue &oldValue, const QJsonValue &newValue)
{
    ConfigDiff diff;
    diff.m_root.oldValue = oldValue;
    diff.m_root.newValue = newValue;
    fill(diff.m_root, jsonlines::topLevelOrder());
    return diff;
}

ConfigDiff ConfigDiff::compare(
    const api::MachineConfig &oldConfig, const api::MachineConfig &newConfig)
{
    return compare(QJsonValue(oldConfig.json()), QJsonValue(newConfig.json()));
}

QList<const DiffEntry *> ConfigDiff::changes() const
{
    QList<const DiffEntry *> changes;
    collectChanges(m_root, &changes);
    return changes;
}

const DiffEntry *ConfigDiff::find(const QString &path) const
{
    return findEntry(m_root, path);
}

} // namespace hangar::core
