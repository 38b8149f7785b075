#pragma once

#include "core/jobs/job.h"

#include <functional>

namespace hangar::tests {

// A job the test drives by hand: the protected reporting API made public, and hooks to see
// when run() and abort() are called.
class ScriptedJob final : public core::Job {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedJob)

public:
    explicit ScriptedJob(
        const QString &title = QStringLiteral("Scripted job"), QObject *parent = nullptr);
    ~ScriptedJob() override;

    using Job::appendLog;
    using Job::fail;
    using Job::setCancellable;
    using Job::setIndeterminate;
    using Job::setProgress;
    using Job::setStep;
    using Job::setSummary;
    using Job::setTitle;
    using Job::succeed;

    int runCount() const { return m_runCount; }
    int abortCount() const { return m_abortCount; }
    void setOnRun(std::function<void(ScriptedJob &)> onRun) { m_onRun = std::move(onRun); }
    void setOnAbort(std::function<void(ScriptedJob &)> onAbort) { m_onAbort = std::move(onAbort); }

protected:
    void run() override;
    void abort() override;

private:
    int m_runCount = 0;
    int m_abortCount = 0;
    std::function<void(ScriptedJob &)> m_onRun;
    std::function<void(ScriptedJob &)> m_onAbort;
};

} // namespace hangar::tests
