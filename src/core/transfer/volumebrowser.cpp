#include "core/transfer/volumebrowser.h"

#include "api/apiclient.h"
#include "core/transfer/execchannel.h"
#include "core/transfer/remotepath.h"
#include "core/transfer/volumeaccess.h"

#include <QTimer>

namespace hangar::core {

VolumeBrowser::VolumeBrowser(api::ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_channel(new ExecChannel(client, this))
    , m_idleTimer(new QTimer(this))
{
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(10 * 60 * 1000);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        // A helper costs money while it runs: let it go when nobody has looked for a while.
        if (usesHelper() && !isBusy())
            setVolume(m_app, m_volumeId, m_volumeName);
    });
}

VolumeBrowser::~VolumeBrowser()
{
    // Let go of the machine without telling anyone: the owner is probably being destroyed.
    blockSignals(true);
    close();
}

void VolumeBrowser::setIdleTimeoutMs(int ms)
{
    m_idleTimer->setInterval(ms);
}

QString VolumeBrowser::mountPath() const
{
    return m_state == State::Ready && m_access ? m_access->mountPath() : QString();
}

QString VolumeBrowser::machineName() const
{
    return m_access ? m_access->machineName() : QString();
}

bool VolumeBrowser::usesHelper() const
{
    return m_access && m_access->kind() == VolumeAccess::Kind::Helper;
}

bool VolumeBrowser::isBusy() const
{
    return m_channel->isBusy();
}

void VolumeBrowser::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

void VolumeBrowser::close()
{
    ++m_generation;
    m_channel->cancel();
    m_idleTimer->stop();
    m_pendingList.clear();
    m_pendingChange = nullptr;
    if (m_access) {
        disconnect(m_access, nullptr, this, nullptr);
        m_access->release(this);
    }
    m_access = nullptr;
    setState(State::Closed);
}

void VolumeBrowser::setVolume(
    const QString &appName, const QString &volumeId, const QString &volumeName)
{
    close();
    m_app = appName;
    m_volumeId = volumeId;
    m_volumeName = volumeName;
    m_needsText.clear();
    m_stoppedMachine.clear();
    m_error.clear();
    if (volumeId.isEmpty())
        return;
    setState(State::Probing);
    const quint64 generation = m_generation;
    m_client.getVolume(appName, volumeId)
        .then(this, [this, generation](const api::Result<api::Volume> &volume) {
            if (generation != m_generation)
                return;
            if (!volume.ok()) {
                m_error = volume.error().message();
                setState(State::Failed);
                return;
            }
            if (!volume->isAttached()) {
                m_needsText = tr("No machine mounts this volume.");
                setState(State::NeedsMachine);
                return;
            }
            const QString machineId = volume->attachedMachineId();
            m_client.getMachine(m_app, machineId)
                .then(this, [this, generation](const api::Result<api::Machine> &machine) {
                    if (generation != m_generation)
                        return;
                    if (!machine.ok()) {
                        m_error = machine.error().message();
                        setState(State::Failed);
                        return;
                    }
                    if (machine->state() == QLatin1String("started")) {
                        acquire(false, m_options.helperMountPath);
                        return;
                    }
                    m_stoppedMachine = machine->name();
                    m_needsText = tr("The volume is attached to %1, which is %2.")
                                      .arg(machine->name(), machine->state());
                    setState(State::NeedsMachine);
                });
        });
}

void VolumeBrowser::openWithMachine(const QString &helperMountPath)
{
    if (m_state != State::NeedsMachine && m_state != State::Failed)
        return;
    acquire(true, helperMountPath);
}

void VolumeBrowser::acquire(bool startWithoutAsking, const QString &helperMountPath)
{
    setState(State::Opening);
    m_access = VolumeAccess::forVolume(m_client, m_app, m_volumeId);
    connect(m_access, &VolumeAccess::ready, this, &VolumeBrowser::onReady);
    connect(m_access, &VolumeAccess::machinesChanged, this, &VolumeBrowser::machinesChanged);
    connect(m_access, &VolumeAccess::failed, this, [this](const QString &message) {
        if (m_state != State::Opening)
            return;
        m_error = message;
        setState(State::Failed);
    });
    connect(m_access, &VolumeAccess::startConfirmationNeeded, this,
        [this](const QString &machine, const QString &state) {
            // Another user asked to start nothing; the browser only opens what runs.
            if (m_state != State::Opening)
                return;
            m_stoppedMachine = machine;
            m_needsText = tr("The volume is attached to %1, which is %2.").arg(machine, state);
            if (m_access) {
                disconnect(m_access, nullptr, this, nullptr);
                m_access->release(this);
            }
            setState(State::NeedsMachine);
        });
    m_access->acquire(this, helperMountPath, startWithoutAsking, m_options);
}

void VolumeBrowser::onReady()
{
    if (!m_access || m_state == State::Ready)
        return;
    m_channel->setMachine(m_app, m_access->machineId());
    m_channel->setRetryPolicy(
        m_options.maxAttempts, m_options.retryDelayMs, m_options.execTimeoutSecs);
    setState(State::Ready);
    touch();
    runQueued();
}

void VolumeBrowser::touch()
{
    if (usesHelper())
        m_idleTimer->start();
}

bool VolumeBrowser::checkPath(const QString &path, QString *machinePath)
{
    QString error;
    const std::optional<QString> normal = remotepath::normaliseInside(path, mountPath(), &error);
    if (!normal) {
        emit operationFailed(error);
        return false;
    }
    *machinePath = *normal;
    return true;
}

void VolumeBrowser::list(const QString &dir)
{
    m_pendingList = dir;
    runQueued();
}

void VolumeBrowser::makeDirectory(const QString &path)
{
    m_pendingChange = [this, path] {
        QString machinePath;
        if (!checkPath(path, &machinePath))
            return false;
        runChange(scripts::makeDirectory(machinePath));
        return true;
    };
    runQueued();
}

// Runs a command that changes the volume; the listing is then out of date either way.
void VolumeBrowser::runChange(const api::ExecRequest &request)
{
    m_channel->run(request, true, [this](const ExecOutcome &outcome) {
        if (!outcome.ranOk())
            emit operationFailed(outcome.problem());
        emit changed();
        runQueued();
    });
}

void VolumeBrowser::remove(const QStringList &paths)
{
    m_pendingChange = [this, paths] {
        QStringList machinePaths;
        for (const QString &path : paths) {
            QString machinePath;
            if (!checkPath(path, &machinePath))
                return false;
            if (machinePath == mountPath()) {
                emit operationFailed(tr("The volume itself cannot be deleted here."));
                return false;
            }
            machinePaths.append(machinePath);
        }
        runChange(scripts::removeTrees(machinePaths));
        return true;
    };
    runQueued();
}

void VolumeBrowser::runQueued()
{
    if (m_state != State::Ready || m_channel->isBusy())
        return;
    touch();
    if (m_pendingChange) {
        auto change = std::move(m_pendingChange);
        m_pendingChange = nullptr;
        if (change())
            return;
    }
    if (m_pendingList.isEmpty())
        return;
    const QString dir = m_pendingList;
    m_pendingList.clear();
    QString machineDir;
    if (!checkPath(dir, &machineDir))
        return;
    m_channel->run(scripts::listDirectory(machineDir), true,
        [this, dir, machineDir](const ExecOutcome &outcome) {
            if (outcome.ranOk())
                emit listed(
                    dir, scripts::parseListing(outcome.result.standardOutput(), machineDir));
            else
                emit operationFailed(outcome.problem());
            runQueued();
        });
}

} // namespace hangar::core
