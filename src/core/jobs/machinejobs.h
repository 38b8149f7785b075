#pragma once

#include "api/operations/transitionandwait.h"

#include <QList>
#include <QString>

namespace hangar::api {
class ApiClient;
}

namespace hangar::core {

class BulkJob;
class OperationJob;

// A machine as the user picked it: where it lives and what to call it in the activity dock.
struct MachineRef {
    QString app;
    QString id;
    QString label; // the machine's name, or its id when it has none
};

// Ready-made jobs for the machine actions, with titles and summaries worded for the dock
// ("Stop web-1", "4 of 5 machines stopped; 1 failed"). Add them to the JobManager.
OperationJob *makeTransitionJob(
    api::ApiClient &client, const MachineRef &machine, api::TransitionAndWait::Transition action);
BulkJob *makeBulkTransitionJob(api::ApiClient &client, const QList<MachineRef> &machines,
    api::TransitionAndWait::Transition action);
OperationJob *makeDestroyJob(api::ApiClient &client, const MachineRef &machine, bool force);
BulkJob *makeBulkDestroyJob(api::ApiClient &client, const QList<MachineRef> &machines, bool force);

} // namespace hangar::core
