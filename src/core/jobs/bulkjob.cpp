#include "core/jobs/bulkjob.h"

#include "api/operations/machineoperation.h"

#include <algorithm>

namespace hangar::core {

BulkJob::BulkJob(QString title, QList<BulkJobItem> items, QObject *parent)
    : Job(std::move(title), parent)
    , m_items(std::move(items))
    , m_operations(m_items.size(), nullptr)
    , m_outcomeText([](int succeeded, int total) {
        return tr("%1 of %n machine(s) done", nullptr, total).arg(succeeded);
    })
{
    m_results.reserve(m_items.size());
    for (const BulkJobItem &item : std::as_const(m_items)) {
        BulkItemResult result;
        result.label = item.label;
        m_results.append(result);
    }
}

BulkJob::~BulkJob() = default;

void BulkJob::setConcurrency(int concurrency)
{
    m_concurrency = qMax(1, concurrency);
}

void BulkJob::setOutcomeText(OutcomeText text)
{
    if (text)
        m_outcomeText = std::move(text);
}

int BulkJob::succeededCount() const
{
    return countIn(BulkItemResult::State::Succeeded);
}

int BulkJob::failedCount() const
{
    return countIn(BulkItemResult::State::Failed);
}

int BulkJob::countIn(BulkItemResult::State state) const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
        [state](const BulkItemResult &result) { return result.state == state; }));
}

void BulkJob::run()
{
    setProgress(0, itemCount());
    if (m_items.isEmpty()) {
        succeed(tr("Nothing to do"));
        return;
    }
    startMoreItems();
    finishIfDone();
}

void BulkJob::abort()
{
    for (int index = 0; index < itemCount(); ++index) {
        BulkItemResult &result = m_results[index];
        if (result.state == BulkItemResult::State::Running) {
            // Cancelled operations never report finished(); they go away with the job.
            m_operations[index]->cancel();
            m_operations[index] = nullptr;
            result.state = BulkItemResult::State::Cancelled;
        } else if (result.state == BulkItemResult::State::Pending) {
            result.state = BulkItemResult::State::Cancelled;
        }
    }
    m_running = 0;
    m_next = itemCount();
    setSummary(summaryText());
}

void BulkJob::startMoreItems()
{
    // Items whose operation cannot be made end at once, so the loop goes on to the next.
    while (m_running < m_concurrency && m_next < itemCount() && !isFinished())
        startItem(m_next++);
}

void BulkJob::startItem(int index)
{
    const BulkJobItem &item = m_items.at(index);
    std::unique_ptr<api::MachineOperation> made =
        item.makeOperation ? item.makeOperation() : nullptr;
    if (!made) {
        recordOutcome(index, nullptr);
        return;
    }
    api::MachineOperation *operation = made.release();
    operation->setParent(this);
    m_operations[index] = operation;
    m_results[index].state = BulkItemResult::State::Running;
    ++m_running;
    const QString label = item.label;
    connect(operation, &api::MachineOperation::progress, this,
        [this, label](const QString &step) { setStep(tr("%1: %2").arg(label, step)); });
    connect(operation, &api::MachineOperation::finished, this, [this, index, operation] {
        m_operations[index] = nullptr;
        --m_running;
        recordOutcome(index, operation);
        operation->deleteLater();
        startMoreItems();
        finishIfDone();
    });
    operation->start();
}

void BulkJob::recordOutcome(int index, const api::MachineOperation *operation)
{
    BulkItemResult &result = m_results[index];
    if (operation && operation->succeeded()) {
        result.state = BulkItemResult::State::Succeeded;
        result.machine = operation->machine();
        appendLog(tr("%1: done").arg(result.label));
    } else {
        result.state = BulkItemResult::State::Failed;
        if (operation) {
            result.error = operation->error();
            result.errorMessage = result.error.message();
        } else {
            result.errorMessage = tr("The operation could not be started.");
        }
        appendLog(tr("%1: failed: %2").arg(result.label, result.errorMessage));
    }
    ++m_done;
    setProgress(m_done, itemCount());
    emit itemFinished(index);
}

void BulkJob::finishIfDone()
{
    if (isFinished() || m_done < itemCount())
        return;
    const auto firstFailure = std::find_if(m_results.cbegin(), m_results.cend(),
        [](const BulkItemResult &result) { return result.state == BulkItemResult::State::Failed; });
    if (firstFailure == m_results.cend())
        succeed(summaryText());
    else
        fail(failureMessage(), failureDetails(), firstFailure->error, summaryText());
}

QString BulkJob::summaryText() const
{
    QStringList parts {m_outcomeText(succeededCount(), itemCount())};
    if (const int failed = failedCount())
        parts.append(tr("%n failed", nullptr, failed));
    if (const int cancelled = countIn(BulkItemResult::State::Cancelled))
        parts.append(tr("%n cancelled", nullptr, cancelled));
    return parts.join(QStringLiteral("; "));
}

QString BulkJob::failureMessage() const
{
    QStringList sentences;
    for (const BulkItemResult &result : m_results) {
        if (result.state == BulkItemResult::State::Failed)
            sentences.append(tr("%1: %2").arg(result.label, result.errorMessage));
    }
    if (sentences.size() <= 1)
        return sentences.value(0);
    return tr("%1 (and %n more)", nullptr, int(sentences.size() - 1)).arg(sentences.first());
}

QString BulkJob::failureDetails() const
{
    QStringList blocks;
    for (const BulkItemResult &result : m_results) {
        if (result.state != BulkItemResult::State::Failed)
            continue;
        QString block = QString(result.label + QLatin1Char('\n') + result.errorMessage);
        const QString details = result.error.details();
        if (!details.isEmpty())
            block += QLatin1Char('\n') + details;
        blocks.append(block);
    }
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace hangar::core
