#include "sim/world/machineboot.h"

#include "sim/shell/rootfslayout.h"
#include "sim/world/simworld.h"

#include <QHash>
#include <QJsonArray>
#include <QMutex>

namespace hangar::sim {

namespace {

// Images share one base tree each; copies are copy-on-write, so a fleet of thousands of
// machines costs little memory.
VirtualFs baseImage(const QString &image)
{
    // Shared by every simulator in the process (the sandbox runs in a thread of its own).
    static QMutex mutex;
    static QHash<QString, VirtualFs> cache;
    const QMutexLocker lock(&mutex);
    auto it = cache.find(image);
    if (it == cache.end()) {
        VirtualFs root;
        populateRootFs(root, image);
        it = cache.insert(image, root);
    }
    return it.value();
}

} // namespace

void bootMachineRootFs(SimWorld &world, SimMachine &machine)
{
    machine.rootFs = baseImage(machine.config.value(QLatin1String("image")).toString());
    const SimApp *app = world.findApp(machine.appName);
    const QJsonArray files = machine.config.value(QLatin1String("files")).toArray();
    for (const QJsonValue &value : files) {
        const QJsonObject file = value.toObject();
        const QString path = file.value(QLatin1String("guest_path")).toString();
        QByteArray contents;
        if (file.contains(QLatin1String("raw_value"))) {
            contents = QByteArray::fromBase64(
                file.value(QLatin1String("raw_value")).toString().toLatin1());
        } else if (file.contains(QLatin1String("secret_name")) && app) {
            contents = app->secrets.value(file.value(QLatin1String("secret_name")).toString())
                           .value.toUtf8();
        } else {
            continue;
        }
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        if (slash > 0)
            machine.rootFs.makeDirectory(path.left(slash), true);
        machine.rootFs.writeFile(path, contents);
        const int mode = file.value(QLatin1String("mode")).toInt(0644);
        machine.rootFs.setMode(path, mode);
    }
}

} // namespace hangar::sim
