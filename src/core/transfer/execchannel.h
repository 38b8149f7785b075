#pragma once

#include "api/apiclient.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace hangar::core {

// How one exec ended, as far as the client can tell.
struct ExecOutcome {
    enum class Kind {
        Ran, // the command ran; look at the exit code
        TooLarge, // 413: the body was refused before anything ran
        Unknown, // the answer was lost (5xx, dropped connection, timeout): it may have run
        Failed, // it certainly did not run, and trying again will not help (404, 412, 401...)
    };
    Kind kind = Kind::Failed;
    api::ExecResult result;
    api::ApiError error;

    bool ranOk() const { return kind == Kind::Ran && result.exitCode() == 0; }
    // What went wrong, for a person: the command's own error output when it ran, else the
    // API's message.
    QString problem() const
    {
        return kind == Kind::Ran ? result.standardError().trimmed() : error.message();
    }
};

// Runs commands on one machine, one at a time. A command that is safe to repeat is repeated
// after a lost answer (up to `attempts` times, with a pause); one that is not is reported as
// Unknown so the caller can look before trying again. Cancel drops the command in flight and
// any pending repeat; its callback is then never called.
class ExecChannel final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecChannel)

public:
    using Callback = std::function<void(const ExecOutcome &)>;

    ExecChannel(api::ApiClient &client, QObject *parent = nullptr);
    ~ExecChannel() override;

    void setMachine(const QString &app, const QString &machineId);
    QString appName() const { return m_app; }
    QString machineId() const { return m_machineId; }
    void setRetryPolicy(int attempts, int delayMs, int timeoutSecs);

    // Seconds a command may run, as sent in every body.
    int timeoutSecs() const { return m_timeoutSecs; }

    bool isBusy() const { return bool(m_callback); }
    // One command at a time: call again from the callback, not before.
    void run(const api::ExecRequest &request, bool repeatable, Callback callback);
    // The same with a body from ApiClient::encodeExecBody*() of a request whose timeout is
    // timeoutSecs(), prepared elsewhere (chunks are prepared on a worker thread).
    void runEncoded(const QByteArray &body, bool repeatable, Callback callback);
    void cancel();

private:
    void send();
    api::Call<api::ExecResult> sendExec(const QByteArray &body);
    void onResult(const api::Result<api::ExecResult> &result);
    void complete(const ExecOutcome &outcome);

    api::ApiClient &m_client;
    QString m_app;
    QString m_machineId;
    int m_attempts = 4;
    int m_delayMs = 400;
    int m_timeoutSecs = 60;

    QByteArray m_body;
    bool m_repeatable = false;
    int m_attempt = 0;
    Callback m_callback;
    QPointer<api::ApiJob> m_job;
    QTimer *m_retryTimer;
    quint64 m_generation = 0;
};

} // namespace hangar::core
