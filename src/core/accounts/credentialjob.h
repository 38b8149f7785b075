#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace hangar::core {

// How a credential store call ended.
struct CredentialResult {
    enum class Status {
        Ok,
        NotFound, // nothing stored under that key (for a removal: nothing left to remove)
        Unavailable, // no keychain, a locked one, a refusal or no answer in time
    };
    Status status = Status::Ok;
    QString secret; // a read's answer; empty otherwise
    QString message; // Unavailable: a sentence saying why

    bool ok() const { return status == Status::Ok; }
    static CredentialResult found(const QString &secret) { return {Status::Ok, secret, {}}; }
    static CredentialResult done() { return {Status::Ok, {}, {}}; }
    static CredentialResult notFound() { return {Status::NotFound, {}, {}}; }
    static CredentialResult unavailable(const QString &message)
    {
        return {Status::Unavailable, {}, message};
    }
};

// One credential store call in flight. It finishes exactly once, always from the event loop
// (so a caller connects after the call returns), and deletes itself afterwards. A call that
// gets no answer before its deadline finishes as Unavailable: a locked keychain can otherwise
// keep a call waiting forever.
class CredentialJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialJob)

public:
    explicit CredentialJob(QObject *parent = nullptr);
    ~CredentialJob() override;

    // A job that finishes with `result` as soon as the event loop runs.
    static CredentialJob *finishedWith(const CredentialResult &result, QObject *parent);

    const CredentialResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }
    // True when the deadline ended the job, not the store.
    bool hasExpired() const { return m_expired; }

    // Calls `callback(result)` when the job finishes, unless `context` is gone by then.
    template<typename Callback>
    CredentialJob *then(const QObject *context, Callback callback)
    {
        connect(this, &CredentialJob::finished, context,
            [this, callback = std::move(callback)]() mutable { callback(m_result); });
        return this;
    }

    // For stores: the outcome (only the first call counts) and the deadline.
    void finish(const CredentialResult &result);
    void expireAfter(int milliseconds, const QString &message);

signals:
    void finished();

private:
    CredentialResult m_result;
    QTimer *m_deadline = nullptr;
    bool m_finished = false;
    bool m_expired = false;
};

} // namespace hangar::core
