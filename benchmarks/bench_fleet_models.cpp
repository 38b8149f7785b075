// Measures the fleet models at scale: a 10,000-machine fleet (35 regions, 50 apps) ingested by
// FleetTreeModel, a refresh that changes 1% of the machines applied as a delta, and the filter
// proxy re-filtering per keystroke while "web-1" is typed. Prints one JSON object.
#include "core/fleet/fleetrecords.h"
#include "models/fleetfilterproxy.h"
#include "models/fleettreemodel.h"
#include "models/modelroles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <utility>

using namespace hangar;
using namespace Qt::StringLiterals;

namespace {

const char *const kRegions[] = {"ams", "arn", "atl", "bog", "bom", "bos", "cdg", "den", "dfw",
    "ewr", "eze", "fra", "gdl", "gig", "gru", "hkg", "iad", "jnb", "lax", "lhr", "mad", "mia",
    "nrt", "ord", "otp", "phx", "qro", "scl", "sea", "sin", "sjc", "syd", "waw", "yul", "yyz"};
constexpr int kRegionCount = int(sizeof(kRegions) / sizeof(kRegions[0]));
const char *const kRoles[] = {"web", "worker", "api", "db"};
const char *const kStates[] = {"started", "started", "started", "started", "started", "started",
    "started", "stopped", "stopped", "suspended"};

QString timestamp(int minute)
{
    return u"2024-05-01T%1:%2:00Z"_s.arg(10 + minute / 60, 2, 10, QChar(u'0'))
        .arg(minute % 60, 2, 10, QChar(u'0'));
}

core::MachineRecord makeMachine(int i, const QString &state, const QString &updatedAt)
{
    const QString appName = u"app-%1"_s.arg(i % 50, 2, 10, QChar(u'0'));
    const QJsonObject config {
        {u"image"_s, u"registry.fly.io/%1:deployment-%2"_s.arg(appName).arg(i % 7)},
        {u"guest"_s,
            QJsonObject {{u"cpu_kind"_s, u"shared"_s}, {u"cpus"_s, 1}, {u"memory_mb"_s, 256}}},
        {u"metadata"_s, QJsonObject {{u"fly_process_group"_s, QLatin1String(kRoles[i % 4])}}},
    };
    const QJsonObject machine {
        {u"id"_s, u"%1"_s.arg(0x3d8d9e1be7000 + i, 0, 16)},
        {u"name"_s, u"%1-%2"_s.arg(QLatin1String(kRoles[i % 4])).arg(i)},
        {u"state"_s, state},
        {u"region"_s, QLatin1String(kRegions[(i / 50 + i) % kRegionCount])},
        {u"private_ip"_s, u"fdaa:0:1:a7b:%1::2"_s.arg(i, 0, 16)},
        {u"created_at"_s, timestamp(0)},
        {u"updated_at"_s, updatedAt},
        {u"config"_s, config},
    };
    return core::MachineRecord {appName, api::Machine(machine)};
}

core::FleetSnapshot makeFleet(int machines)
{
    core::FleetSnapshot snapshot;
    for (int a = 0; a < 50; ++a) {
        snapshot.apps.append(api::App(QJsonObject {
            {u"name"_s, u"app-%1"_s.arg(a, 2, 10, QChar(u'0'))},
            {u"status"_s, u"deployed"_s},
        }));
    }
    for (int i = 0; i < machines; ++i)
        snapshot.machines.append(makeMachine(i, QLatin1String(kStates[i % 10]), timestamp(1)));
    for (int i = 0; i < machines / 5; ++i) {
        const core::MachineRecord &owner = snapshot.machines.at(i * 5);
        snapshot.volumes.append(core::VolumeRecord {owner.appName,
            api::Volume(QJsonObject {
                {u"id"_s, u"vol_%1"_s.arg(i)},
                {u"name"_s, u"data"_s},
                {u"state"_s, u"created"_s},
                {u"size_gb"_s, 1 + i % 10},
                {u"region"_s, owner.machine.region()},
                {u"attached_machine_id"_s, owner.machine.id()},
            })});
    }
    return snapshot;
}

// What an expanded tree view would touch: every visible row.
int walk(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int rows = model.rowCount(parent);
    for (int row = 0, count = rows; row < count; ++row)
        rows += walk(model, model.index(row, 0, parent));
    return rows;
}

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int machineCount = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const QString account = u"bench"_s;
    const core::FleetSnapshot snapshot = makeFleet(machineCount);

    models::FleetTreeModel tree;
    QElapsedTimer timer;
    timer.start();
    tree.addAccount(account, u"Bench"_s, snapshot);
    const double ingestMs = milliseconds(timer);

    // 1% of the machines change: a newer updated_at, and every other one a new state.
    core::FleetDelta delta;
    const int changed = std::max(1, machineCount / 100);
    for (int n = 0; n < changed; ++n) {
        const int i = n * 100 + 3;
        const QString state = n % 2 ? u"stopped"_s : QLatin1String(kStates[i % 10]);
        delta.machinesChanged.append(makeMachine(i, state, timestamp(2)));
    }
    int leafChanges = 0;
    int groupChanges = 0;
    int structural = 0;
    QObject::connect(
        &tree, &QAbstractItemModel::dataChanged, &tree, [&](const QModelIndex &topLeft) {
            const auto kind = models::NodeKind(topLeft.data(models::KindRole).toInt());
            (kind == models::NodeKind::Machine ? leafChanges : groupChanges) += 1;
        });
    QObject::connect(&tree, &QAbstractItemModel::modelReset, &tree, [&] { ++structural; });
    QObject::connect(&tree, &QAbstractItemModel::layoutChanged, &tree, [&] { ++structural; });
    QObject::connect(&tree, &QAbstractItemModel::rowsInserted, &tree, [&] { ++structural; });
    QObject::connect(&tree, &QAbstractItemModel::rowsRemoved, &tree, [&] { ++structural; });
    timer.restart();
    tree.applyDelta(account, delta);
    const double deltaMs = milliseconds(timer);
    const int firstLeafChanges = std::exchange(leafChanges, 0);
    const int firstGroupChanges = std::exchange(groupChanges, 0);
    const int firstStructural = std::exchange(structural, 0);

    // The same size of delta again, this time with the proxy (and a full view) attached.
    models::FleetFilterProxy proxy;
    timer.restart();
    proxy.setSourceModel(&tree);
    const int visibleRows = walk(proxy);
    const double proxyAttachMs = milliseconds(timer);
    core::FleetDelta second;
    for (int n = 0; n < changed; ++n) {
        const int i = n * 100 + 7;
        second.machinesChanged.append(makeMachine(i, u"stopped"_s, timestamp(3)));
    }
    timer.restart();
    tree.applyDelta(account, second);
    const double deltaWithProxyMs = milliseconds(timer);

    // Typing "web-1" into the filter box, one character at a time.
    const QString typed = u"web-1"_s;
    QList<double> keystrokes;
    QJsonArray keystrokeArray;
    int matchedRows = 0;
    for (int length = 1; length <= typed.size(); ++length) {
        timer.restart();
        proxy.setFilterText(typed.left(length));
        matchedRows = walk(proxy);
        keystrokes.append(milliseconds(timer));
        keystrokeArray.append(keystrokes.last());
    }
    QList<double> sorted = keystrokes;
    std::sort(sorted.begin(), sorted.end());
    const double medianMs = sorted.at(sorted.size() / 2);

    const QJsonObject report {
        {u"benchmark"_s, u"fleet_models"_s},
        {u"machines"_s, machineCount},
        {u"volumes"_s, int(snapshot.volumes.size())},
        {u"regions"_s, kRegionCount},
        {u"apps"_s, 50},
        {u"ingest_ms"_s, ingestMs},
        {u"delta_changed_machines"_s, changed},
        {u"delta_ms"_s, deltaMs},
        {u"delta_to_ingest_ratio"_s, ingestMs > 0 ? deltaMs / ingestMs : 0.0},
        {u"delta_data_changed_rows"_s, firstLeafChanges},
        {u"delta_data_changed_groups"_s, firstGroupChanges},
        {u"delta_structural_signals"_s, firstStructural},
        {u"proxy_attach_and_walk_ms"_s, proxyAttachMs},
        {u"proxy_visible_rows"_s, visibleRows},
        {u"delta_with_proxy_ms"_s, deltaWithProxyMs},
        {u"delta_with_proxy_data_changed_rows"_s, leafChanges},
        {u"filter_text"_s, typed},
        {u"filter_keystroke_ms"_s, keystrokeArray},
        {u"filter_keystroke_median_ms"_s, medianMs},
        {u"filter_matched_rows"_s, matchedRows},
    };
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    // The delta must have been exact: one dataChanged per changed machine, no structure.
    const bool exact = firstLeafChanges == changed && firstStructural == 0 && leafChanges == changed
        && structural == 0;
    return exact ? 0 : 1;
}
