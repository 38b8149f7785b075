#include "scriptedjob.h"

namespace hangar::tests {

ScriptedJob::ScriptedJob(const QString &title, QObject *parent)
    : Job(title, parent)
{
}

ScriptedJob::~ScriptedJob() = default;

void ScriptedJob::run()
{
    ++m_runCount;
    if (m_onRun)
        m_onRun(*this);
}

void ScriptedJob::abort()
{
    ++m_abortCount;
    if (m_onAbort)
        m_onAbort(*this);
}

} // namespace hangar::tests
