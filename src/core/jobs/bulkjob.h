#pragma once

#include "api/values/machine.h"
#include "core/jobs/job.h"

#include <QList>

#include <functional>
#include <memory>

namespace hangar::api {
class MachineOperation;
}

namespace hangar::core {

// One operation of a bulk job: a label for the user (the machine's name) and a factory that
// makes the operation when its turn comes (nullptr if it can no longer be made).
struct BulkJobItem {
    QString label;
    std::function<std::unique_ptr<api::MachineOperation>()> makeOperation;
};

// How one item of a bulk job ended.
struct BulkItemResult {
    enum class State { Pending, Running, Succeeded, Failed, Cancelled };

    QString label;
    State state = State::Pending;
    api::ApiError error; // when Failed
    QString errorMessage; // when Failed: the sentence to show
    api::Machine machine; // when Succeeded: the machine as the operation left it
};

// Runs the same kind of operation on many machines, a few at a time so that Fly's rate limits
// are respected. Progress is items done of total. It fails if any item failed (and says which);
// cancelling stops starting new items and cancels the running ones.
class BulkJob final : public Job {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkJob)

public:
    // Says what was achieved, e.g. (4, 5) → "4 of 5 machines stopped".
    using OutcomeText = std::function<QString(int succeeded, int total)>;

    BulkJob(QString title, QList<BulkJobItem> items, QObject *parent = nullptr);
    ~BulkJob() override;

    // How many operations may run at once (at least 1; default 2). Set before start().
    void setConcurrency(int concurrency);
    int concurrency() const { return m_concurrency; }
    void setOutcomeText(OutcomeText text);

    int itemCount() const { return int(m_items.size()); }
    QList<BulkItemResult> results() const { return m_results; }
    int runningItemCount() const { return m_running; }
    int succeededCount() const;
    int failedCount() const;

signals:
    void itemFinished(int index);

protected:
    void run() override;
    void abort() override;

private:
    void startMoreItems();
    void startItem(int index);
    // Records how an item ended; a null operation is one that could not be made.
    void recordOutcome(int index, const api::MachineOperation *operation);
    void finishIfDone();
    int countIn(BulkItemResult::State state) const;
    QString summaryText() const;
    QString failureMessage() const;
    QString failureDetails() const;

    QList<BulkJobItem> m_items;
    QList<BulkItemResult> m_results;
    QList<api::MachineOperation *> m_operations; // running ones, by item index
    OutcomeText m_outcomeText;
    int m_concurrency = 2;
    int m_next = 0;
    int m_running = 0;
    int m_done = 0;
};

} // namespace hangar::core
