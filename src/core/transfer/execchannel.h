#pragma once

#include "api/apiclient.h"
#include "core/transfer/whensettled.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <map>

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

// Runs commands on one machine; several may be in flight at once (chunks written at their own
// offsets), each with its own callback. A command that is safe to repeat is repeated after a
// lost answer (up to `attempts` times, with a pause); one that is not is reported as Unknown so
// the caller can look before trying again. Cancel drops every command in flight and any pending
// repeat; their callbacks are then never called.
//
// A request that has left may run on the machine whatever the client does next (aborting it
// only stops the client listening, and the machine may have the whole body before the client
// hears that it was sent), so what tidies up after a cancel must wait for those:
// cancelKeepingRunning() hands them over instead of aborting them.
class ExecChannel final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecChannel)

public:
    using Callback = std::function<void(const ExecOutcome &)>;
    // What a cancel may do with a command whose request has left. One that cannot make or
    // replace anything on the machine if it runs late (a chunk written into a temporary file
    // that must already exist) may be aborted while its body is still being sent; any other is
    // waited for.
    enum class OnCancel { Wait, AbortWhileSending };

    ExecChannel(api::ApiClient &client, QObject *parent = nullptr);
    ~ExecChannel() override;

    void setMachine(const QString &app, const QString &machineId);
    QString appName() const { return m_app; }
    QString machineId() const { return m_machineId; }
    void setRetryPolicy(int attempts, int delayMs, int timeoutSecs);

    // Seconds a command may run, as sent in every body.
    int timeoutSecs() const { return m_timeoutSecs; }

    bool isBusy() const { return !m_commands.empty(); }
    int commandsInFlight() const { return int(m_commands.size()); }
    void run(const api::ExecRequest &request, bool repeatable, Callback callback,
        OnCancel onCancel = OnCancel::Wait);
    // The same with a body from ApiClient::encodeExecBody*() of a request whose timeout is
    // timeoutSecs(), prepared elsewhere (chunks are prepared on a worker thread). `sent`, if
    // given, is called once when the body has first been handed to the network in full; not
    // at all if the command ends (or is cancelled) before.
    void runEncoded(const QByteArray &body, bool repeatable, Callback callback,
        std::function<void()> sent = {}, OnCancel onCancel = OnCancel::Wait);
    void cancel();
    // Like cancel(), except that requests the machine may run are left to finish and returned,
    // for whoever tidies up to wait for (whenSettled()): those whose bodies were sent in full,
    // and those that have left at all unless their command said AbortWhileSending; and until
    // when commands whose answers were lost may still run. Nothing is repeated, and no
    // callback is called.
    StillRunning cancelKeepingRunning();
    // Until when a command whose answer was lost (a 5xx, a dropped connection, a timeout after
    // its request had left) may still run on the machine: its exec timeout from when the
    // answer was lost, and a margin. Expired when no answer was lost.
    QDeadlineTimer lostCommandsEnd() const { return m_lostCommandsEnd; }
    // Whether any answer was lost since the channel was made: a command may then have run late,
    // even if its time is up by now.
    bool hasLostAnswers() const { return m_lostAnswers; }
    // How long a command may still run once its answer is lost.
    int lostCommandMayRunMs() const;

private:
    struct Command {
        QByteArray body;
        bool repeatable = false;
        int attempt = 0;
        bool delivered = false; // this attempt's body was sent in full
        OnCancel onCancel = OnCancel::Wait;
        Callback callback;
        std::function<void()> sent;
        QPointer<api::ApiJob> job;
    };

    void send(quint64 id);
    void onResult(quint64 id, const api::Result<api::ExecResult> &result);
    void complete(quint64 id, const ExecOutcome &outcome);
    void noteLostAnswer();

    api::ApiClient &m_client;
    QString m_app;
    QString m_machineId;
    int m_attempts = 4;
    int m_delayMs = 400;
    int m_timeoutSecs = 60;
    QDeadlineTimer m_lostCommandsEnd; // expired until an answer is lost
    bool m_lostAnswers = false;

    std::map<quint64, Command> m_commands; // by id; ids are never reused
    quint64 m_nextId = 1;
};

} // namespace hangar::core
