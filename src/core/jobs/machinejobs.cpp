#include "core/jobs/machinejobs.h"

#include "api/apiclient.h"
#include "api/operations/createandwait.h"
#include "core/jobs/bulkjob.h"
#include "core/jobs/operationjob.h"

#include <QCoreApplication>
#include <QPointer>

namespace hangar::core {

namespace {

using Transition = api::TransitionAndWait::Transition;

// The words of the machine jobs, in one translation context.
class MachineJobText final {
    Q_DECLARE_TR_FUNCTIONS(hangar::core::MachineJobs)

public:
    static QString singleTitle(Transition action, const QString &label)
    {
        switch (action) {
        case Transition::Start:
            return tr("Start %1").arg(label);
        case Transition::Stop:
            return tr("Stop %1").arg(label);
        case Transition::Restart:
            return tr("Restart %1").arg(label);
        case Transition::Suspend:
            return tr("Suspend %1").arg(label);
        }
        return label;
    }

    static QString bulkTitle(Transition action, int count)
    {
        switch (action) {
        case Transition::Start:
            return tr("Start %n machine(s)", nullptr, count);
        case Transition::Stop:
            return tr("Stop %n machine(s)", nullptr, count);
        case Transition::Restart:
            return tr("Restart %n machine(s)", nullptr, count);
        case Transition::Suspend:
            return tr("Suspend %n machine(s)", nullptr, count);
        }
        return {};
    }

    static QString outcome(Transition action, int succeeded, int total)
    {
        switch (action) {
        case Transition::Start:
            return tr("%1 of %n machine(s) started", nullptr, total).arg(succeeded);
        case Transition::Stop:
            return tr("%1 of %n machine(s) stopped", nullptr, total).arg(succeeded);
        case Transition::Restart:
            return tr("%1 of %n machine(s) restarted", nullptr, total).arg(succeeded);
        case Transition::Suspend:
            return tr("%1 of %n machine(s) suspended", nullptr, total).arg(succeeded);
        }
        return {};
    }

    static QString destroyTitle(const QString &label) { return tr("Destroy %1").arg(label); }
    static QString destroyed(const QString &label) { return tr("%1 was destroyed").arg(label); }
    static QString bulkDestroyTitle(int count)
    {
        return tr("Destroy %n machine(s)", nullptr, count);
    }
    static QString bulkDestroyed(int succeeded, int total)
    {
        return tr("%1 of %n machine(s) destroyed", nullptr, total).arg(succeeded);
    }
};

QList<BulkJobItem> itemsFor(const QList<MachineRef> &machines,
    const std::function<std::unique_ptr<api::MachineOperation>(
        api::ApiClient &, const MachineRef &)> &make,
    api::ApiClient &client)
{
    // The client may be gone (account removed) before a queued item's turn comes.
    const QPointer<api::ApiClient> guarded(&client);
    QList<BulkJobItem> items;
    items.reserve(machines.size());
    for (const MachineRef &machine : machines) {
        items.append(
            {machine.label, [guarded, machine, make]() -> std::unique_ptr<api::MachineOperation> {
                 if (!guarded)
                     return nullptr;
                 return make(*guarded, machine);
             }});
    }
    return items;
}

} // namespace

OperationJob *makeTransitionJob(
    api::ApiClient &client, const MachineRef &machine, Transition action)
{
    return new OperationJob(MachineJobText::singleTitle(action, machine.label),
        std::make_unique<api::TransitionAndWait>(client, machine.app, machine.id, action));
}

BulkJob *makeBulkTransitionJob(
    api::ApiClient &client, const QList<MachineRef> &machines, Transition action)
{
    auto make = [action](api::ApiClient &apiClient, const MachineRef &machine) {
        return std::make_unique<api::TransitionAndWait>(apiClient, machine.app, machine.id, action);
    };
    auto *job = new BulkJob(
        MachineJobText::bulkTitle(action, int(machines.size())), itemsFor(machines, make, client));
    job->setOutcomeText([action](int succeeded, int total) {
        return MachineJobText::outcome(action, succeeded, total);
    });
    return job;
}

OperationJob *makeDestroyJob(api::ApiClient &client, const MachineRef &machine, bool force)
{
    auto *job = new OperationJob(MachineJobText::destroyTitle(machine.label),
        std::make_unique<api::DestroyMachine>(client, machine.app, machine.id, force));
    job->setSuccessSummary(MachineJobText::destroyed(machine.label));
    return job;
}

BulkJob *makeBulkDestroyJob(api::ApiClient &client, const QList<MachineRef> &machines, bool force)
{
    auto make = [force](api::ApiClient &apiClient, const MachineRef &machine) {
        return std::make_unique<api::DestroyMachine>(apiClient, machine.app, machine.id, force);
    };
    auto *job = new BulkJob(
        MachineJobText::bulkDestroyTitle(int(machines.size())), itemsFor(machines, make, client));
    job->setOutcomeText(&MachineJobText::bulkDestroyed);
    return job;
}

} // namespace hangar::core
