#pragma once

#include "core/jobs/job.h"

#include <functional>

namespace hangar::core {

// A job for one short piece of work that is not a machine operation (cordon, a metadata
// write…): the starter kicks it off and reports back through done() or failed().
class FunctionJob final : public Job {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunctionJob)

public:
    using Starter = std::function<void(FunctionJob &job)>;

    FunctionJob(const QString &title, Starter starter, QObject *parent = nullptr);
    ~FunctionJob() override;

    void done(const QString &summary) { succeed(summary); }
    void failed(const api::ApiError &error) { fail(error); }

protected:
    void run() override;

private:
    Starter m_starter;
};

} // namespace hangar::core
