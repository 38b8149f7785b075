#include "core/accounts/credentialjob.h"

#include <QTimer>

namespace hangar::core {

CredentialJob::CredentialJob(QObject *parent)
    : QObject(parent)
{
}

CredentialJob::~CredentialJob() = default;

CredentialJob *CredentialJob::finishedWith(const CredentialResult &result, QObject *parent)
{
    auto *job = new CredentialJob(parent);
    job->finish(result);
    return job;
}

void CredentialJob::finish(const CredentialResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    if (m_deadline)
        m_deadline->stop();
    // Queued: the store may answer inside the call, before anyone could connect.
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}

void CredentialJob::expireAfter(int milliseconds, const QString &message)
{
    if (m_finished)
        return;
    if (!m_deadline) {
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
    }
    m_deadline->disconnect(this);
    connect(m_deadline, &QTimer::timeout, this, [this, message] {
        m_expired = true;
        finish(CredentialResult::unavailable(message));
    });
    m_deadline->start(milliseconds);
}

} // namespace hangar::core
