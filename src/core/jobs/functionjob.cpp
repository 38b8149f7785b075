#include "core/jobs/functionjob.h"

namespace hangar::core {

FunctionJob::FunctionJob(const QString &title, Starter starter, QObject *parent)
    : Job(title, parent)
    , m_starter(std::move(starter))
{
}

FunctionJob::~FunctionJob() = default;

void FunctionJob::run()
{
    m_starter(*this);
}

} // namespace hangar::core
