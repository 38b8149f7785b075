// The fleet at scale, as the app lives it: 10,000 machines over 35 regions and 50 apps.
//  - ingest: parse + diff + apply to the tree model, as a ratio to a bare QJsonDocument::fromJson
//    of the same bytes (target <= 2.5);
//  - a refresh with 1% of the machines changed: only those rows emit dataChanged, no resets, and
//    applying it (the GUI thread's share; comparing runs on a worker) takes at most 10% of the
//    full ingest's time;
//  - the longest GUI-thread stall while the real FleetStore refreshes everything over loopback
//    from a simulator in another thread (target <= 50 ms);
//  - resident memory with the fleet loaded, and bytes per machine.
// Prints one JSON object.
#include "api/apiclient.h"
#include "api/apitransport.h"
#include "core/fleet/fleetdiff.h"
#include "core/fleet/fleetstore.h"
#include "models/fleetbinding.h"
#include "models/fleettreemodel.h"
#include "models/modelroles.h"
#include "sim/server/simserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>

using namespace hangar;

namespace {

qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

// Fetches every app's machine list as the raw pages the server sends.
QHash<QString, QList<QByteArray>> fetchPages(const QUrl &base, const QString &token)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    auto get = [&](const QString &path, const QUrlQuery &query, QByteArray *cursor) {
        QUrl url = base;
        url.setPath(base.path() + path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        if (cursor)
            *cursor = reply->rawHeader("fly-next-cursor");
        reply->deleteLater();
        return body;
    };
    QHash<QString, QList<QByteArray>> pages;
    for (const QString &org : {QStringLiteral("personal"), QStringLiteral("acme-corp")}) {
        const QJsonArray apps = QJsonDocument::fromJson(
            get(QStringLiteral("/apps"), QUrlQuery {{QStringLiteral("org_slug"), org}}, nullptr))
                                    .object()
                                    .value(QLatin1String("apps"))
                                    .toArray();
        for (const QJsonValue &app : apps) {
            const QString name = app.toObject().value(QLatin1String("name")).toString();
            QByteArray cursor;
            do {
                QUrlQuery query {{QStringLiteral("limit"), QStringLiteral("500")}};
                if (!cursor.isEmpty())
                    query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(cursor));
                pages[name].append(
                    get(QStringLiteral("/apps/%1/machines").arg(name), query, &cursor));
            } while (!cursor.isEmpty());
        }
    }
    return pages;
}

QList<api::Machine> parseMachines(const QList<QByteArray> &pages)
{
    QList<api::Machine> machines;
    for (const QByteArray &page : pages) {
        const QJsonArray array = QJsonDocument::fromJson(page).array();
        for (const QJsonValue &value : array)
            machines.append(api::Machine(value.toObject()));
    }
    return machines;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const int machineCount = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;

    // The simulator runs in a thread of its own, like the app's sandbox.
    QThread simThread;
    simThread.start();
    sim::SimServer *server = nullptr;
    QMetaObject::invokeMethod(
        &application, [] {}, Qt::QueuedConnection);
    QObject anchor;
    anchor.moveToThread(&simThread);
    QMetaObject::invokeMethod(
        &anchor,
        [&server, machineCount] {
            sim::SimOptions options;
            options.seed = QStringLiteral("scale:%1").arg(machineCount);
            options.rateLimit = false;
            options.randomSeed = 3;
            options.speed = 0;
            server = new sim::SimServer(options);
            QString error;
            if (!server->start(&error))
                qFatal("%s", qPrintable(error));
        },
        Qt::BlockingQueuedConnection);

    // 1. Ingest and the bare parse of the same bytes.
    const QHash<QString, QList<QByteArray>> pages = fetchPages(server->baseUrl(), server->token());
    qint64 totalBytes = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QList<QByteArray> &appPages : pages) {
        for (const QByteArray &page : appPages) {
            totalBytes += page.size();
            const QJsonDocument document = QJsonDocument::fromJson(page);
            Q_UNUSED(document)
        }
    }
    const qint64 bareParseNs = timer.nsecsElapsed();

    models::FleetTreeModel model;
    model.addAccount(QStringLiteral("bench"), QStringLiteral("Bench"), core::FleetSnapshot());
    const qint64 rssBefore = residentBytes();
    QHash<QString, QHash<QString, core::MachineRecord>> held;
    timer.restart();
    for (auto it = pages.begin(); it != pages.end(); ++it) {
        const QList<api::Machine> machines = parseMachines(it.value());
        core::FleetDelta delta = core::diffAppContents(it.key(), {}, machines, {}, {});
        core::FleetDelta withApp;
        QJsonObject appJson {{QLatin1String("name"), it.key()}};
        withApp.appsAdded.append(api::App(appJson));
        model.applyDelta(QStringLiteral("bench"), withApp);
        model.applyDelta(QStringLiteral("bench"), delta);
        for (const core::MachineRecord &record : std::as_const(delta.machinesAdded))
            held[it.key()].insert(record.machine.id(), record);
    }
    const qint64 ingestNs = timer.nsecsElapsed();
    const qint64 rssAfter = residentBytes();

    // 2. A refresh in which 1% of the machines changed state.
    int resets = 0;
    int dataChanged = 0;
    int machineRowsChanged = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, &model, [&resets] { ++resets; });
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &model,
        [&dataChanged, &machineRowsChanged](const QModelIndex &from, const QModelIndex &to) {
            dataChanged += to.row() - from.row() + 1;
            // Ancestors change too (their per-state counts); machine rows are counted apart.
            for (int row = from.row(); row <= to.row(); ++row) {
                if (models::NodeKind(from.siblingAtRow(row).data(models::KindRole).toInt())
                    == models::NodeKind::Machine)
                    ++machineRowsChanged;
            }
        });
    QHash<QString, QList<api::Machine>> refreshed;
    int changed = 0;
    int index = 0;
    for (auto it = held.begin(); it != held.end(); ++it) {
        for (const core::MachineRecord &record : it.value()) {
            QJsonObject json = record.machine.json();
            if (index++ % 100 == 0) {
                json.insert(QLatin1String("state"),
                    record.machine.state() == QLatin1String("started") ? QStringLiteral("stopped")
                                                                       : QStringLiteral("started"));
                ++changed;
            }
            refreshed[it.key()].append(api::Machine(json));
        }
    }
    timer.restart();
    for (auto it = refreshed.begin(); it != refreshed.end(); ++it)
        model.applyDelta(QStringLiteral("bench"),
            core::diffAppContents(it.key(), held.value(it.key()), it.value(), {}, {}));
    const qint64 refreshNs = timer.nsecsElapsed();

    // 3. The real store over loopback: the longest gap of a 5 ms timer on this thread.
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    api::TransportPolicy policy;
    policy.clientRateLimits = false;
    api::ApiTransport transport(
        &network, api::RequestFactory(server->baseUrl(), server->token()), policy);
    api::ApiClient client(&transport);
    core::FleetStore store(&client, {QStringLiteral("personal"), QStringLiteral("acme-corp")});
    models::FleetTreeModel storeModel;
    models::bindFleetTree(&storeModel, &store, QStringLiteral("store"), QStringLiteral("Store"));
    QElapsedTimer probeClock;
    qint64 longestGapMs = 0;
    qint64 lastTick = -1;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = probeClock.elapsed();
        if (lastTick >= 0)
            longestGapMs = std::max(longestGapMs, now - lastTick);
        lastTick = now;
    });
    QEventLoop loaded;
    QObject::connect(&store, &core::FleetStore::loaded, &loaded, &QEventLoop::quit);
    probeClock.start();
    probe.start();
    timer.restart();
    store.start();
    loaded.exec();
    const qint64 storeLoadMs = timer.elapsed();
    const qint64 firstLoadGapMs = longestGapMs;
    longestGapMs = 0;
    lastTick = -1;
    QEventLoop refreshedLoop;
    QObject::connect(&store, &core::FleetStore::refreshed, &refreshedLoop, &QEventLoop::quit);
    store.refreshAll();
    refreshedLoop.exec();
    probe.stop();

    const QJsonObject report {
        {QLatin1String("benchmark"), QStringLiteral("fleet_ingest")},
        {QLatin1String("machines"), machineCount},
        {QLatin1String("bytes"), totalBytes},
        {QLatin1String("bare_parse_ms"), bareParseNs / 1e6},
        {QLatin1String("ingest_ms"), ingestNs / 1e6},
        {QLatin1String("ingest_ratio"), double(ingestNs) / double(bareParseNs)},
        {QLatin1String("ingest_ratio_target"), 2.5},
        {QLatin1String("refresh_1pct_changed"), changed},
        {QLatin1String("refresh_1pct_machine_rows_changed"), machineRowsChanged},
        {QLatin1String("refresh_1pct_data_changed_rows_with_ancestors"), dataChanged},
        {QLatin1String("refresh_1pct_resets"), resets},
        {QLatin1String("refresh_1pct_ms"), refreshNs / 1e6},
        {QLatin1String("refresh_1pct_ratio_to_ingest"), double(refreshNs) / double(ingestNs)},
        {QLatin1String("store_first_load_ms"), storeLoadMs},
        {QLatin1String("gui_longest_stall_first_load_ms"), firstLoadGapMs},
        {QLatin1String("gui_longest_stall_refresh_ms"), longestGapMs},
        {QLatin1String("gui_stall_target_ms"), 50},
        {QLatin1String("rss_with_fleet_bytes"), rssAfter},
        {QLatin1String("bytes_per_machine"), double(rssAfter - rssBefore) / machineCount},
        {QLatin1String("rss_target_bytes"), 300LL * 1024 * 1024},
    };
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());

    QMetaObject::invokeMethod(
        &anchor, [&server] { delete server; }, Qt::BlockingQueuedConnection);
    simThread.quit();
    simThread.wait();
    return 0;
}
