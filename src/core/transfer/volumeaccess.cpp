#include "core/transfer/volumeaccess.h"

#include "api/apiclient.h"
#include "api/operations/createandwait.h"
#include "api/operations/transitionandwait.h"
#include "core/transfer/helpermachines.h"
#include "core/transfer/transferlog.h"

#include <QTimer>

namespace hangar::core {

namespace {

constexpr int kDestroyAttempts = 8;

bool isStoppedState(const QString &state)
{
    return state == QLatin1String("stopped") || state == QLatin1String("suspended")
        || state == QLatin1String("created");
}

bool isSettlingState(const QString &state)
{
    return state == QLatin1String("starting") || state == QLatin1String("restarting")
        || state == QLatin1String("updating") || state == QLatin1String("replacing")
        || state == QLatin1String("creating");
}

QString mountPathOf(const api::Machine &machine, const QString &volumeId)
{
    const QList<api::MountConfig> mounts = machine.config().mounts();
    for (const api::MountConfig &mount : mounts) {
        if (mount.volume() == volumeId || mounts.size() == 1)
            return mount.path();
    }
    return {};
}

} // namespace

VolumeAccess *VolumeAccess::forVolume(
    api::ApiClient &client, const QString &appName, const QString &volumeId)
{
    const QList<VolumeAccess *> existing =
        client.findChildren<VolumeAccess *>(QString(), Qt::FindDirectChildrenOnly);
    for (VolumeAccess *access : existing) {
        if (access->m_app == appName && access->m_volumeId == volumeId && !access->isFinishedWith())
            return access;
    }
    return new VolumeAccess(client, appName, volumeId);
}

VolumeAccess::VolumeAccess(api::ApiClient &client, QString appName, QString volumeId)
    : QObject(&client)
    , m_client(client)
    , m_app(std::move(appName))
    , m_volumeId(std::move(volumeId))
{
}

VolumeAccess::~VolumeAccess() = default;

bool VolumeAccess::isFinishedWith() const
{
    // Idle with nobody left: it is about to delete itself.
    return m_users.isEmpty() && (m_state == State::Idle || m_state == State::Failed)
        && property("finished").toBool();
}

void VolumeAccess::acquire(QObject *user, const QString &helperMountPath, bool startWithoutAsking,
    const TransferOptions &options)
{
    if (!m_users.contains(user)) {
        m_users.insert(user);
        connect(user, &QObject::destroyed, this, [this, user] { release(user); });
    }
    if (m_users.size() == 1 || m_state == State::Idle || m_state == State::Failed) {
        m_helperMountPath = helperMountPath;
        m_options = options;
    }
    m_startWithoutAsking = m_startWithoutAsking || startWithoutAsking;
    switch (m_state) {
    case State::Idle:
    case State::Failed:
        begin();
        break;
    case State::Ready:
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_state == State::Ready)
                    emit ready();
            },
            Qt::QueuedConnection);
        break;
    case State::AwaitingConfirmation:
        if (startWithoutAsking)
            confirmStart(true);
        break;
    case State::Releasing:
        m_reacquire = true;
        break;
    case State::Resolving:
    case State::Starting:
    case State::CreatingHelper:
        break;
    }
}

void VolumeAccess::release(QObject *user)
{
    if (!m_users.remove(user))
        return;
    disconnect(user, &QObject::destroyed, this, nullptr);
    if (!m_users.isEmpty())
        return;
    m_reacquire = false;
    m_startWithoutAsking = false;
    switch (m_state) {
    case State::Ready:
        releaseMachine();
        break;
    case State::Idle:
    case State::Failed:
    case State::AwaitingConfirmation:
        setState(State::Idle);
        setProperty("finished", true);
        deleteLater();
        break;
    case State::Resolving:
    case State::Starting:
    case State::CreatingHelper:
    case State::Releasing:
        break; // becomeReady() / finishRelease() see that nobody is left
    }
}

void VolumeAccess::confirmStart(bool start)
{
    if (m_state != State::AwaitingConfirmation)
        return;
    if (start)
        startMachine();
    else
        failWith(tr("%1 was not started, so the volume cannot be reached.").arg(m_machineName));
}

void VolumeAccess::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

void VolumeAccess::begin()
{
    setState(State::Resolving);
    m_kind = Kind::None;
    m_errorMessage.clear();
    m_error = {};
    emit step(tr("Looking up the volume"));
    m_client.getVolume(m_app, m_volumeId)
        .then(this, [this](const api::Result<api::Volume> &volume) {
            if (!volume.ok()) {
                failWith(volume.error().message(), volume.error());
                return;
            }
            m_volumeName = volume->name();
            m_region = volume->region();
            if (volume->isAttached())
                useMachine(volume->attachedMachineId());
            else
                createHelper();
        });
}

void VolumeAccess::useMachine(const QString &machineId)
{
    m_client.getMachine(m_app, machineId)
        .then(this, [this, machineId](const api::Result<api::Machine> &machine) {
            if (!machine.ok()) {
                failWith(machine.error().message(), machine.error());
                return;
            }
            m_machineId = machineId;
            m_machineName = machine->name().isEmpty() ? machineId : machine->name();
            m_machineState = machine->state();
            m_mountPath = mountPathOf(machine.value(), m_volumeId);
            if (m_machineState == QLatin1String("started")) {
                m_kind = Kind::AlreadyRunning;
                becomeReady();
            } else if (isStoppedState(m_machineState)) {
                if (m_startWithoutAsking) {
                    startMachine();
                    return;
                }
                setState(State::AwaitingConfirmation);
                emit startConfirmationNeeded(m_machineName, m_machineState);
            } else if (isSettlingState(m_machineState)) {
                emit step(tr("Waiting for %1 to settle").arg(m_machineName));
                api::WaitOptions wait;
                wait.states = {QStringLiteral("settled")};
                m_client.waitForState(m_app, machineId, wait)
                    .then(this, [this, machineId](const api::Result<api::WaitResult> &result) {
                        if (!result.ok() && result.error().httpStatus() != 408) {
                            failWith(result.error().message(), result.error());
                            return;
                        }
                        useMachine(machineId);
                    });
            } else {
                failWith(tr("The volume is attached to %1, which is %2: it cannot be used now.")
                             .arg(m_machineName, m_machineState));
            }
        });
}

void VolumeAccess::startMachine()
{
    setState(State::Starting);
    emit step(tr("Starting %1").arg(m_machineName));
    auto *operation = new api::TransitionAndWait(
        m_client, m_app, m_machineId, api::TransitionAndWait::Transition::Start, this);
    connect(operation, &api::MachineOperation::finished, this, [this, operation] {
        operation->deleteLater();
        emit machinesChanged(m_app);
        if (!operation->succeeded()) {
            failWith(
                tr("%1 could not be started: %2").arg(m_machineName, operation->error().message()),
                operation->error());
            return;
        }
        m_kind = Kind::StartedForUs;
        const QString mount = mountPathOf(operation->machine(), m_volumeId);
        if (!mount.isEmpty())
            m_mountPath = mount;
        becomeReady();
    });
    operation->start();
}

void VolumeAccess::createHelper()
{
    setState(State::CreatingHelper);
    const api::CreateMachineRequest request =
        helpers::helperRequest(m_volumeId, m_volumeName, m_region, m_helperMountPath, m_options);
    emit step(tr("Starting helper machine %1 in %2").arg(request.name, m_region));
    auto *operation = new api::CreateAndWait(m_client, m_app, request, this);
    const QString name = request.name;
    connect(operation, &api::MachineOperation::finished, this, [this, operation, name] {
        operation->deleteLater();
        emit machinesChanged(m_app);
        if (!operation->succeeded()) {
            // It may exist although it never got going: it must not stay behind.
            if (!operation->machineId().isEmpty())
                destroyHelper(operation->machineId(), name);
            failWith(
                tr("The helper machine could not be started: %1").arg(operation->error().message()),
                operation->error());
            return;
        }
        m_kind = Kind::Helper;
        m_machineId = operation->machineId();
        m_machineName = name;
        m_machineState = QStringLiteral("started");
        m_mountPath = m_helperMountPath;
        emit step(tr("Helper machine %1 (%2) is running").arg(name, m_machineId));
        becomeReady();
    });
    operation->start();
}

void VolumeAccess::becomeReady()
{
    if (m_mountPath.isEmpty())
        m_mountPath = m_helperMountPath;
    setState(State::Ready);
    if (m_users.isEmpty()) {
        releaseMachine(); // everyone left while it was getting ready
        return;
    }
    emit ready();
}

void VolumeAccess::failWith(const QString &message, const api::ApiError &error)
{
    qCInfo(lcTransfer) << "volume access failed:" << message;
    m_errorMessage = message;
    m_error = error;
    setState(State::Failed);
    emit failed(message);
    if (m_users.isEmpty()) {
        setProperty("finished", true);
        deleteLater();
    }
}

void VolumeAccess::releaseMachine()
{
    setState(State::Releasing);
    switch (m_kind) {
    case Kind::None:
    case Kind::AlreadyRunning:
        finishRelease();
        return;
    case Kind::Helper:
        destroyHelper(m_machineId, m_machineName);
        return;
    case Kind::StartedForUs: {
        emit step(tr("Stopping %1 again").arg(m_machineName));
        auto *operation = new api::TransitionAndWait(
            m_client, m_app, m_machineId, api::TransitionAndWait::Transition::Stop, this);
        connect(operation, &api::MachineOperation::finished, this, [this, operation] {
            operation->deleteLater();
            if (!operation->succeeded())
                emit step(tr("%1 could not be stopped: %2")
                              .arg(m_machineName, operation->error().message()));
            emit machinesChanged(m_app);
            finishRelease();
        });
        operation->start();
        return;
    }
    }
}

void VolumeAccess::destroyHelper(const QString &machineId, const QString &machineName, int attempt)
{
    if (attempt == 1)
        emit step(tr("Removing helper machine %1").arg(machineName));
    auto *operation = new api::DestroyMachine(m_client, m_app, machineId, true, this);
    connect(operation, &api::MachineOperation::finished, this,
        [this, operation, machineId, machineName, attempt] {
            operation->deleteLater();
            const bool gone = operation->succeeded()
                || operation->error().reason() == api::ApiError::Reason::NotFound;
            // A helper left running costs money: a flaky moment is worth a few more tries.
            if (!gone && attempt < kDestroyAttempts) {
                QTimer::singleShot(qMax(200, m_options.retryDelayMs) * attempt, this,
                    [this, machineId, machineName, attempt] {
                        destroyHelper(machineId, machineName, attempt + 1);
                    });
                return;
            }
            if (gone) {
                emit step(tr("Helper machine %1 removed").arg(machineName));
            } else {
                emit step(tr("Helper machine %1 could not be removed (%2); it removes itself "
                             "when its timer runs out, or at Hangar's next start.")
                              .arg(machineName, operation->error().message()));
            }
            emit machinesChanged(m_app);
            if (m_state == State::Releasing && m_machineId == machineId)
                finishRelease();
        });
    operation->start();
}

void VolumeAccess::finishRelease()
{
    m_kind = Kind::None;
    m_machineId.clear();
    setState(State::Idle);
    if (!m_users.isEmpty() || m_reacquire) {
        m_reacquire = false;
        if (!m_users.isEmpty()) {
            begin();
            return;
        }
    }
    setProperty("finished", true);
    deleteLater();
}

} // namespace hangar::core
