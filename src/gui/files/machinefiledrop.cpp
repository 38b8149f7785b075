#include "gui/files/machinefiledrop.h"

#include "core/transfer/localscan.h"
#include "core/transfer/remotepath.h"

#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QMimeData>

namespace hangar::gui {

MachineFileDrop::MachineFileDrop(QObject *parent)
    : QObject(parent)
{
}

MachineFileDrop::~MachineFileDrop() = default;

bool MachineFileDrop::canAccept(const QMimeData *mime)
{
    const QStringList paths = core::localPathsOf(mime);
    if (paths.size() != 1)
        return false;
    const QFileInfo info(paths.first());
    return info.isFile() && info.size() <= kMaxBytes;
}

std::optional<api::FileConfig> MachineFileDrop::fileConfigFor(
    const QString &localPath, const QString &guestPath, QString *error)
{
    const std::optional<QString> path = core::remotepath::normalise(guestPath, error);
    if (!path)
        return std::nullopt;
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 could not be read: %2").arg(localPath, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxBytes) {
        *error = tr("%1 is too large for a machine's config; copy it into a volume instead.")
                     .arg(QFileInfo(localPath).fileName());
        return std::nullopt;
    }
    api::FileConfig config;
    config.setGuestPath(*path);
    config.setContent(file.readAll());
    config.setMode(QFileInfo(localPath).isExecutable() ? 0755 : 0644);
    return config;
}

void MachineFileDrop::handleDrop(
    const core::MachineRecord &machine, const QMimeData *mime, QWidget *parent)
{
    const QStringList paths = core::localPathsOf(mime);
    if (paths.size() != 1) {
        emit failed(tr("Drop a single file to add it to the machine's config."));
        return;
    }
    const QString localPath = paths.first();
    auto *dialog = new QInputDialog(parent);
    dialog->setObjectName(QStringLiteral("configFilePathDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add as Config File"));
    dialog->setLabelText(tr("Where should %1 appear inside %2?")
                             .arg(QFileInfo(localPath).fileName(), machine.machine.name()));
    dialog->setTextValue(QStringLiteral("/etc/") + QFileInfo(localPath).fileName());
    connect(dialog, &QInputDialog::textValueSelected, this,
        [this, machine, localPath](const QString &guestPath) {
            QString error;
            const std::optional<api::FileConfig> file = fileConfigFor(localPath, guestPath, &error);
            if (file)
                emit configFileRequested(machine, *file);
            else
                emit failed(error);
        });
    dialog->open();
}

} // namespace hangar::gui
