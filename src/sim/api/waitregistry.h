#pragma once

#include "sim/api/apicall.h"

#include <QObject>
#include <QStringList>

#include <list>

class QTimer;

namespace hangar::sim {

class SimWorld;
struct SimMachine;

// Long-polls of GET .../wait: each one is answered as soon as its machine reaches one of the
// wanted states (200) or when its timeout passes (408). Nothing blocks meanwhile.
class WaitRegistry final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaitRegistry)

public:
    struct Wanted {
        QStringList states; // "settled" means any non-transient state
        QString version; // empty: any version
        QString fromEventId; // empty: the current state counts
    };

    explicit WaitRegistry(SimWorld &world, QObject *parent = nullptr);
    ~WaitRegistry() override;

    // Answers now when the machine is already there, else parks the call.
    void wait(
        const ApiCall &call, const SimMachine &machine, const Wanted &wanted, qint64 timeoutMs);
    int pendingCount() const { return int(m_waiters.size()); }

private:
    struct Waiter {
        ApiCall call;
        QString appName;
        QString machineId;
        Wanted wanted;
        QTimer *timer;
    };

    static bool reached(const SimMachine &machine, const Wanted &wanted);
    static void answer(const ApiCall &call, const SimMachine &machine);
    void machineChanged(const QString &machineId);
    void expire(QTimer *timer);

    SimWorld &m_world;
    std::list<Waiter> m_waiters;
};

} // namespace hangar::sim
