#include "core/accounts/memorycredentialstore.h"

namespace hangar::core {

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{
}

MemoryCredentialStore::~MemoryCredentialStore() = default;

CredentialJob *MemoryCredentialStore::begin()
{
    ++m_calls;
    auto *job = new CredentialJob(this);
    job->expireAfter(m_timeoutMs, tr("The credential store did not answer in time."));
    if (!m_unavailable.isEmpty())
        job->finish(CredentialResult::unavailable(m_unavailable));
    return job;
}

CredentialJob *MemoryCredentialStore::read(const QString &key)
{
    CredentialJob *job = begin();
    if (job->isFinished() || m_hanging)
        return job;
    const auto found = m_secrets.constFind(key);
    job->finish(
        found == m_secrets.cend() ? CredentialResult::notFound() : CredentialResult::found(*found));
    return job;
}

CredentialJob *MemoryCredentialStore::write(const QString &key, const QString &secret)
{
    CredentialJob *job = begin();
    if (job->isFinished() || m_hanging)
        return job;
    m_secrets.insert(key, secret);
    job->finish(CredentialResult::done());
    return job;
}

CredentialJob *MemoryCredentialStore::remove(const QString &key)
{
    CredentialJob *job = begin();
    if (job->isFinished() || m_hanging)
        return job;
    job->finish(
        m_secrets.remove(key) > 0 ? CredentialResult::done() : CredentialResult::notFound());
    return job;
}

} // namespace hangar::core
