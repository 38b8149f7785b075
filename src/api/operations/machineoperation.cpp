#include "api/operations/machineoperation.h"

#include <QCoreApplication>
#include <QTimer>

namespace hangar::api {

MachineOperation::MachineOperation(
    ApiClient &client, QString app, QString machineId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_app(std::move(app))
    , m_machineId(std::move(machineId))
{
}

MachineOperation::~MachineOperation() = default;

void MachineOperation::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    QTimer::singleShot(0, this, [this] {
        if (!m_cancelled)
            run();
    });
}

void MachineOperation::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_error = ApiError::cancelled();
    if (m_current)
        m_current->cancel();
    cleanUp();
}

void MachineOperation::step(const QString &text)
{
    if (!m_cancelled)
        emit progress(text);
}

void MachineOperation::waitFor(WaitOptions options, std::function<void(const WaitResult &)> reached)
{
    const qint64 remainingMs = m_settleTimeoutMs - m_clock.elapsed();
    if (remainingMs <= 0) {
        fail(ApiError::settleTimeout());
        return;
    }
    options.timeoutSecs = int(qBound<qint64>(1, (remainingMs + 999) / 1000, qint64(60)));
    follow(m_client.waitForState(m_app, m_machineId, options),
        [this, options, reached](const Result<WaitResult> &result) {
            if (result.ok()) {
                reached(result.value());
                return;
            }
            // 408 is wait's "not yet": ask again until the operation's own deadline.
            if (result.error().httpStatus() == 408) {
                waitFor(options, reached);
                return;
            }
            fail(result.error());
        });
}

void MachineOperation::finishWithMachine()
{
    follow(m_client.getMachine(m_app, m_machineId), [this](const Result<Machine> &result) {
        if (result.ok())
            succeed(result.value());
        else
            fail(result.error());
    });
}

void MachineOperation::succeed(const Machine &machine)
{
    if (m_finished || m_cancelled)
        return;
    m_machine = machine;
    end();
}

void MachineOperation::fail(const ApiError &error)
{
    if (m_finished || m_cancelled)
        return;
    m_error = error;
    end();
}

void MachineOperation::end()
{
    m_finished = true;
    cleanUp();
    emit finished();
}

} // namespace hangar::api
