#pragma once

#include "api/apiclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>

namespace hangar::api {

// A composite of API calls on one machine that the GUI runs as one job: it reports each step,
// ends exactly once with the machine as it is now or an error, and can be cancelled (a cancelled
// operation releases any lease it holds and never emits finished()).
class MachineOperation : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MachineOperation)

public:
    ~MachineOperation() override;

    // Starts the operation (on the next event loop turn, so connect first).
    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    // The machine after the operation (empty when it failed before reading it).
    const Machine &machine() const { return m_machine; }
    QString appName() const { return m_app; }
    QString machineId() const { return m_machineId; }
    // How long the whole operation may wait for the machine to settle.
    void setSettleTimeoutMs(qint64 ms) { m_settleTimeoutMs = ms; }

signals:
    void progress(const QString &step);
    void finished();

protected:
    MachineOperation(ApiClient &client, QString app, QString machineId, QObject *parent);

    virtual void run() = 0;
    // Called once the operation ends for any reason; subclasses release what they hold here.
    virtual void cleanUp() { }

    ApiClient &client() { return m_client; }
    void setMachineId(const QString &id) { m_machineId = id; }
    void step(const QString &text);

    // Runs `onResult` with the call's result unless the operation was cancelled meanwhile.
    template<typename T, typename F>
    void follow(const Call<T> &call, F onResult)
    {
        m_current = call.job();
        call.then(this, [this, onResult](const Result<T> &result) {
            m_current = nullptr;
            if (!m_cancelled && !m_finished)
                onResult(result);
        });
    }

    // Waits (looping past wait's 60 s ceiling) until the machine reaches one of `options.states`,
    // then calls `reached`; fails the operation at the settle deadline or on any other error.
    void waitFor(WaitOptions options, std::function<void(const WaitResult &)> reached);
    // Reads the machine one last time and succeeds with it.
    void finishWithMachine();
    void succeed(const Machine &machine);
    void fail(const ApiError &error);

private:
    void end();

    ApiClient &m_client;
    QString m_app;
    QString m_machineId;
    QPointer<ApiJob> m_current;
    Machine m_machine;
    ApiError m_error;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
    qint64 m_settleTimeoutMs = 5 * 60 * 1000;
    QElapsedTimer m_clock;
};

} // namespace hangar::api
