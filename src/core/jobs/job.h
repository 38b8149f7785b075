#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

namespace hangar::core {

// One line of a job's log: what happened and when.
struct JobLogEntry {
    QDateTime time;
    QString text;
};

// Long work the user started (create, update-and-wait, bulk actions, uploads), as the activity
// dock shows it: a title, progress, the current step, a log, and an outcome. A job runs once;
// it ends exactly once (Succeeded, Failed or Cancelled) and then emits finished().
// Subclasses implement run() and abort() and report through the protected setters.
class Job : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    enum class State { Queued, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    // What a changed() signal is about, so views update only what moved. A State change may
    // also change canCancel(); Cancellable is for a running job that stops accepting cancel.
    enum class Change {
        Title = 0x01,
        State = 0x02,
        Progress = 0x04,
        Step = 0x08,
        Log = 0x10,
        Error = 0x20,
        Summary = 0x40,
        Cancellable = 0x80,
    };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    ~Job() override;

    QString title() const { return m_title; }
    State state() const { return m_state; }
    bool isFinished() const;

    // Progress as done of total; a total of 0 means "no idea how far" (indeterminate).
    int progressDone() const { return m_progressDone; }
    int progressTotal() const { return m_progressTotal; }
    bool isProgressIndeterminate() const { return m_progressTotal <= 0; }
    // 0..1, or -1 when indeterminate.
    double progressFraction() const;

    QString currentStep() const { return m_currentStep; }
    QList<JobLogEntry> log() const { return m_log; }

    // The API error behind a failure (none when the failure was not an API error).
    const api::ApiError &error() const { return m_error; }
    // A translated sentence saying what went wrong; empty unless Failed.
    QString errorMessage() const;
    // The technical lines behind it (HTTP status, server text, request id).
    QString errorDetails() const;
    // One line saying how it ended, e.g. "4 of 5 machines stopped; 1 failed".
    QString summary() const { return m_summary; }

    bool canCancel() const;
    // Invalid while queued.
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime finishedAt() const { return m_finishedAt; }
    // Time spent running so far, or in total once finished.
    qint64 durationMs() const;

    // Queued → Running, then run(). Connect to the signals first: a job may end inside start().
    void start();
    // Stops the work; a queued or running job ends as Cancelled (and emits finished()).
    void cancel();

signals:
    void changed(hangar::core::Job::Changes what);
    // Emitted exactly once, whatever the outcome.
    void finished();

protected:
    explicit Job(QString title, QObject *parent = nullptr);

    // Does the work; report with the setters below and end with succeed() or fail().
    virtual void run() = 0;
    // Stops the running work without reporting an outcome: cancel() ends the job.
    virtual void abort() { }

    void setTitle(const QString &title);
    void setProgress(int done, int total);
    void setIndeterminate() { setProgress(0, 0); }
    // Sets the current step and logs it.
    void setStep(const QString &text);
    void appendLog(const QString &text);
    void setSummary(const QString &summary);
    void setCancellable(bool cancellable);

    void succeed(const QString &summary = {});
    void fail(const api::ApiError &error, const QString &summary = {});
    // A failure that is not (only) an API error; `error` keeps the request id when there is one.
    void fail(const QString &message, const QString &details, const api::ApiError &error = {},
        const QString &summary = {});

private:
    void finish(State state, const QString &summary);
    void notify(Changes what);

    QString m_title;
    State m_state = State::Queued;
    int m_progressDone = 0;
    int m_progressTotal = 0;
    QString m_currentStep;
    QList<JobLogEntry> m_log;
    api::ApiError m_error;
    QString m_errorMessage;
    QString m_errorDetails;
    QString m_summary;
    bool m_cancellable = true;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
    QElapsedTimer m_clock;
    qint64 m_durationMs = 0;
};

} // namespace hangar::core

Q_DECLARE_OPERATORS_FOR_FLAGS(hangar::core::Job::Changes)
