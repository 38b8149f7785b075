#include "sim/state/seeds.h"

#include "sim/state/fleetbuilder.h"
#include "sim/world/simworld.h"

namespace hangar::sim {

void buildSeed(SimWorld &world, const QString &seed)
{
    FleetBuilder builder(world);
    builder.org(QStringLiteral("personal"), QStringLiteral("Sandbox User"));
    builder.org(QStringLiteral("acme-corp"), QStringLiteral("Acme Corp"));
    if (seed == QLatin1String("demo"))
        buildDemoFleet(world);
    else if (seed.startsWith(QLatin1String("scale:")))
        buildScaleFleet(world, seed.mid(6).toInt());
    world.notifyChanged();
}

void buildScaleFleet(SimWorld &world, int machineCount)
{
    FleetBuilder builder(world);
    const QStringList regions = world.regions().allCodes();
    static const QStringList states {QStringLiteral("started"), QStringLiteral("started"),
        QStringLiteral("started"), QStringLiteral("stopped"), QStringLiteral("stopped"),
        QStringLiteral("suspended"), QStringLiteral("created"), QStringLiteral("failed")};
    constexpr int kApps = 50;
    QStringList appNames;
    for (int i = 0; i < kApps; ++i) {
        appNames.append(QStringLiteral("scale-app-%1").arg(i + 1, 2, 10, QLatin1Char('0')));
        builder.app(appNames.last(),
            i % 5 == 0 ? QStringLiteral("acme-corp") : QStringLiteral("personal"), 30 + i);
    }
    for (int i = 0; i < machineCount; ++i) {
        const QString appName = appNames.at(i % kApps);
        const QString region = regions.at(i % regions.size());
        QJsonObject config {
            {QLatin1String("image"),
                QStringLiteral("registry.fly.io/%1:v%2").arg(appName).arg(1 + i % 7)},
            {QLatin1String("guest"), FleetBuilder::guest(QStringLiteral("shared-cpu-1x"))},
            {QLatin1String("metadata"),
                QJsonObject {{QLatin1String("fly_process_group"),
                    i % 4 == 0 ? QStringLiteral("worker") : QStringLiteral("app")}}}};
        SimMachine &machine =
            builder.machine(appName, QStringLiteral("%1-m%2").arg(appName).arg(i + 1), region,
                config, states.at(i % states.size()), 1 + i % 90);
        if (i % 10 == 0) {
            SimVolume &volume =
                builder.volume(appName, QStringLiteral("data"), region, 1 + i % 20, 10);
            builder.mount(machine, volume, QStringLiteral("/data"));
        }
    }
}

} // namespace hangar::sim
