#include "sim/state/fleetbuilder.h"
#include "sim/state/seeds.h"
#include "sim/world/simworld.h"

#include <QJsonArray>

namespace hangar::sim {

namespace {

struct MachinePlan {
    const char *region;
    const char *state;
    int ageDays;
};

QJsonObject metadataFor(const QString &group)
{
    return {{QLatin1String("fly_platform_version"), QStringLiteral("v2")},
        {QLatin1String("fly_process_group"), group},
        {QLatin1String("fly_release_id"), QStringLiteral("Rel_Demo42")},
        {QLatin1String("fly_release_version"), QStringLiteral("42")}};
}

void buildWebFrontend(FleetBuilder &builder)
{
    builder.app(QStringLiteral("web-frontend"), QStringLiteral("personal"), 120);
    const QJsonObject config {
        {QLatin1String("image"), QStringLiteral("nginx:1.27")},
        {QLatin1String("guest"), FleetBuilder::guest(QStringLiteral("shared-cpu-1x"))},
        {QLatin1String("services"),
            QJsonArray {FleetBuilder::httpService(80, QStringLiteral("suspend"), true)}},
        {QLatin1String("metadata"), metadataFor(QStringLiteral("app"))},
        {QLatin1String("restart"),
            QJsonObject {{QLatin1String("policy"), QStringLiteral("on-failure")},
                {QLatin1String("max_retries"), 10}}},
    };
    const MachinePlan plans[] = {
        {"lhr", "started", 60},
        {"lhr", "started", 60},
        {"ams", "started", 58},
        {"ams", "suspended", 58},
        {"iad", "started", 55},
        {"iad", "started", 55},
        {"iad", "stopped", 55},
        {"sjc", "started", 50},
        {"sjc", "suspended", 50},
        {"nrt", "started", 45},
        {"syd", "suspended", 40},
        {"syd", "stopped", 40},
        {"fra", "started", 30},
        {"gru", "stopped", 30},
    };
    int index = 1;
    for (const MachinePlan &plan : plans) {
        builder.machine(QStringLiteral("web-frontend"), QStringLiteral("web-%1").arg(index++),
            QLatin1String(plan.region), config, QLatin1String(plan.state), plan.ageDays);
    }
}

void buildApiBackend(FleetBuilder &builder)
{
    SimApp &app = builder.app(QStringLiteral("api-backend"), QStringLiteral("personal"), 200);
    builder.secret(app, QStringLiteral("DATABASE_URL"),
        QStringLiteral("postgres://api:demo@postgres-main.flycast:5432/api"));
    builder.secret(app, QStringLiteral("SESSION_KEY"), QStringLiteral("demo-session-key-0c7b"));
    builder.secret(app, QStringLiteral("STRIPE_API_KEY"), QStringLiteral("sk_test_demo_only"));
    QJsonObject config {
        {QLatin1String("image"),
            QStringLiteral("registry.fly.io/api-backend:deployment-01JDEMO7Q3")},
        {QLatin1String("guest"), FleetBuilder::guest(QStringLiteral("shared-cpu-2x"))},
        {QLatin1String("env"),
            QJsonObject {{QLatin1String("PORT"), QStringLiteral("8080")},
                {QLatin1String("LOG_LEVEL"), QStringLiteral("info")},
                {QLatin1String("PRIMARY_REGION"), QStringLiteral("iad")}}},
        {QLatin1String("services"),
            QJsonArray {FleetBuilder::httpService(8080, QStringLiteral("stop"), true)}},
        {QLatin1String("checks"),
            QJsonObject {{QLatin1String("health"),
                QJsonObject {{QLatin1String("type"), QStringLiteral("http")},
                    {QLatin1String("port"), 8080},
                    {QLatin1String("path"), QStringLiteral("/healthz")},
                    {QLatin1String("interval"), QStringLiteral("10s")},
                    {QLatin1String("timeout"), QStringLiteral("2s")}}}}},
        {QLatin1String("metadata"), metadataFor(QStringLiteral("app"))},
        {QLatin1String("init"),
            QJsonObject {{QLatin1String("cmd"),
                QJsonArray {QStringLiteral("/app/server"), QStringLiteral("--serve")}}}},
    };
    const MachinePlan plans[] = {
        {"iad", "started", 30},
        {"iad", "started", 30},
        {"iad", "started", 29},
        {"ord", "started", 28},
        {"dfw", "stopped", 28},
        {"fra", "started", 20},
        {"sin", "started", 20},
        {"gru", "failed", 12},
        {"lhr", "started", 10},
        {"iad", "destroyed", 40},
    };
    int index = 1;
    for (const MachinePlan &plan : plans) {
        SimMachine &machine =
            builder.machine(QStringLiteral("api-backend"), QStringLiteral("api-%1").arg(index++),
                QLatin1String(plan.region), config, QLatin1String(plan.state), plan.ageDays);
        if (index == 4)
            machine.cordoned = true;
        if (index == 5)
            machine.checkStatusOverride = QStringLiteral("critical");
    }
    QJsonObject worker = config;
    worker.remove(QLatin1String("services"));
    worker.remove(QLatin1String("checks"));
    worker.insert(QLatin1String("metadata"), metadataFor(QStringLiteral("worker")));
    worker.insert(QLatin1String("init"),
        QJsonObject {{QLatin1String("cmd"), QJsonArray {QStringLiteral("/app/worker")}}});
    builder.machine(QStringLiteral("api-backend"), QStringLiteral("worker-1"),
        QStringLiteral("iad"), worker, QStringLiteral("started"), 25);
    builder.machine(QStringLiteral("api-backend"), QStringLiteral("worker-2"),
        QStringLiteral("fra"), worker, QStringLiteral("stopped"), 25);
}

void buildPostgres(FleetBuilder &builder)
{
    SimApp &app = builder.app(QStringLiteral("postgres-main"), QStringLiteral("personal"), 300);
    builder.secret(app, QStringLiteral("OPERATOR_PASSWORD"), QStringLiteral("demo-operator"));
    builder.secret(app, QStringLiteral("REPL_PASSWORD"), QStringLiteral("demo-repl"));
    const QJsonObject config {
        {QLatin1String("image"), QStringLiteral("flyio/postgres-flex:16.4")},
        {QLatin1String("guest"), FleetBuilder::guest(QStringLiteral("performance-1x"))},
        {QLatin1String("env"),
            QJsonObject {{QLatin1String("PRIMARY_REGION"), QStringLiteral("iad")}}},
        {QLatin1String("metadata"),
            QJsonObject {{QLatin1String("fly-managed-postgres"), QStringLiteral("true")},
                {QLatin1String("role"), QStringLiteral("primary")}}},
        {QLatin1String("restart"),
            QJsonObject {{QLatin1String("policy"), QStringLiteral("always")}}},
    };
    const MachinePlan plans[] = {
        {"iad", "started", 90}, {"iad", "started", 90}, {"lhr", "started", 80}};
    int index = 1;
    for (const MachinePlan &plan : plans) {
        SimVolume &volume = builder.volume(QStringLiteral("postgres-main"),
            QStringLiteral("pg_data"), QLatin1String(plan.region), 10, plan.ageDays);
        builder.file(volume, QStringLiteral("/postgresql/PG_VERSION"), "16\n", 0600);
        builder.file(volume, QStringLiteral("/postgresql/postgresql.conf"),
            "listen_addresses = '*'\nmax_connections = 300\nshared_buffers = 512MB\n", 0600);
        builder.file(
            volume, QStringLiteral("/postgresql/base/1/1259"), QByteArray(48 * 1024, '\x00'), 0600);
        builder.snapshot(volume, 3);
        builder.snapshot(volume, 2);
        builder.snapshot(volume, 1);
        SimMachine &machine =
            builder.machine(QStringLiteral("postgres-main"), QStringLiteral("pg-%1").arg(index++),
                QLatin1String(plan.region), config, QLatin1String(plan.state), plan.ageDays);
        builder.mount(machine, volume, QStringLiteral("/data"));
    }
}

void buildWorkers(FleetBuilder &builder)
{
    builder.app(QStringLiteral("queue-workers"), QStringLiteral("acme-corp"), 150);
    const QJsonObject redis {
        {QLatin1String("image"), QStringLiteral("redis:7-alpine")},
        {QLatin1String("guest"), FleetBuilder::guest(QStringLiteral("shared-cpu-1x"))},
        {QLatin1String("metadata"), metadataFor(QStringLiteral("redis"))},
    };
    builder.machine(QStringLiteral("queue-workers"), QStringLiteral("redis-primary"),
        QStringLiteral("cdg"), redis, QStringLiteral("started"), 100);
    const QJsonObject worker {
        {QLatin1String("image"), QStringLiteral("ghcr.io/acme/queue-worker:2.3.1")},
        {QLatin1String("guest"),
            QJsonObject {{QLatin1String("cpu_kind"), QStringLiteral("shared")},
                {QLatin1String("cpus"), 2}, {QLatin1String("memory_mb"), 1024}}},
        {QLatin1String("env"),
            QJsonObject {{QLatin1String("QUEUE"), QStringLiteral("default")},
                {QLatin1String("CONCURRENCY"), QStringLiteral("8")}}},
        {QLatin1String("metadata"), metadataFor(QStringLiteral("worker"))},
        {QLatin1String("stop_config"),
            QJsonObject {{QLatin1String("signal"), QStringLiteral("SIGTERM")},
                {QLatin1String("timeout"), QStringLiteral("30s")}}},
    };
    const MachinePlan plans[] = {
        {"cdg", "started", 60},
        {"cdg", "started", 60},
        {"ams", "started", 50},
        {"yyz", "stopped", 40},
        {"bom", "suspended", 35},
        {"jnb", "created", 2},
        {"yyz", "failed", 5},
        {"ams", "stopped", 50},
    };
    int index = 1;
    for (const MachinePlan &plan : plans) {
        builder.machine(QStringLiteral("queue-workers"), QStringLiteral("worker-%1").arg(index++),
            QLatin1String(plan.region), worker, QLatin1String(plan.state), plan.ageDays);
    }
}

void buildStaticAssets(FleetBuilder &builder)
{
    builder.app(QStringLiteral("static-assets"), QStringLiteral("acme-corp"), 400);
    const QJsonObject config {
        {QLatin1String("image"), QStringLiteral("nginx:1.25-alpine")},
        {QLatin1String("guest"), FleetBuilder::guest(QStringLiteral("shared-cpu-1x"))},
        {QLatin1String("services"),
            QJsonArray {FleetBuilder::httpService(80, QStringLiteral("stop"), false)}},
        {QLatin1String("metadata"), metadataFor(QStringLiteral("app"))},
    };
    const MachinePlan plans[] = {
        {"arn", "started", 200},
        {"lax", "started", 150},
        {"ewr", "stopped", 150},
        {"lax", "destroyed", 160},
    };
    int index = 1;
    for (const MachinePlan &plan : plans) {
        SimMachine &machine =
            builder.machine(QStringLiteral("static-assets"), QStringLiteral("assets-%1").arg(index),
                QLatin1String(plan.region), config, QLatin1String(plan.state), plan.ageDays);
        if (index++ == 1) {
            SimVolume &volume = builder.volume(QStringLiteral("static-assets"),
                QStringLiteral("assets"), QLatin1String(plan.region), 3, plan.ageDays);
            builder.file(volume, QStringLiteral("/index.html"),
                "<!doctype html>\n<html><head><title>Acme</title>"
                "<link rel=\"stylesheet\" href=\"/css/site.css\"></head>\n"
                "<body><h1>Acme static assets</h1></body></html>\n");
            builder.file(
                volume, QStringLiteral("/css/site.css"), "body { font-family: sans-serif; }\n");
            QByteArray logo;
            for (int i = 0; i < 4096; ++i)
                logo.append(char((i * 7 + 3) % 256));
            builder.file(volume, QStringLiteral("/img/logo.png"), logo);
            builder.file(volume, QStringLiteral("/.well-known/security.txt"),
                "Contact: mailto:security@acme.test\n");
            builder.snapshot(volume, 1);
            builder.mount(machine, volume, QStringLiteral("/usr/share/nginx/html"));
        }
    }
    // Unattached volumes: one ready to mount, one left over in another region.
    SimVolume &spare = builder.volume(
        QStringLiteral("static-assets"), QStringLiteral("assets"), QStringLiteral("lax"), 3, 20);
    builder.file(spare, QStringLiteral("/index.html"), "<h1>staging copy</h1>\n");
    builder.volume(
        QStringLiteral("static-assets"), QStringLiteral("scratch"), QStringLiteral("ewr"), 1, 7);
}

void buildBatchJobs(FleetBuilder &builder)
{
    builder.app(QStringLiteral("nightly-reports"), QStringLiteral("personal"), 60);
    const QJsonObject config {
        {QLatin1String("image"), QStringLiteral("python:3.12-slim")},
        {QLatin1String("guest"), FleetBuilder::guest(QStringLiteral("shared-cpu-2x"))},
        {QLatin1String("schedule"), QStringLiteral("daily")},
        {QLatin1String("init"),
            QJsonObject {{QLatin1String("cmd"),
                QJsonArray {QStringLiteral("python"), QStringLiteral("/app/report.py")}}}},
        {QLatin1String("restart"), QJsonObject {{QLatin1String("policy"), QStringLiteral("no")}}},
        {QLatin1String("metadata"), metadataFor(QStringLiteral("cron"))},
    };
    builder.machine(QStringLiteral("nightly-reports"), QStringLiteral("report-eu"),
        QStringLiteral("fra"), config, QStringLiteral("stopped"), 50);
    builder.machine(QStringLiteral("nightly-reports"), QStringLiteral("report-us"),
        QStringLiteral("ord"), config, QStringLiteral("stopped"), 50);
    builder.machine(QStringLiteral("nightly-reports"), QStringLiteral("report-apac"),
        QStringLiteral("sin"), config, QStringLiteral("created"), 1);
    builder.volume(
        QStringLiteral("nightly-reports"), QStringLiteral("reports"), QStringLiteral("fra"), 5, 45);
}

} // namespace

void buildDemoFleet(SimWorld &world)
{
    FleetBuilder builder(world);
    buildWebFrontend(builder);
    buildApiBackend(builder);
    buildPostgres(builder);
    buildWorkers(builder);
    buildStaticAssets(builder);
    buildBatchJobs(builder);
}

} // namespace hangar::sim
