#pragma once

#include "sim/server/simoptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace hangar::sim {

class SimClock;
class SimWorld;
struct FaultSettings;

// One running simulator: the world, its API handlers and the HTTP server in front of them.
// Used by the hangar-sim executable, by the app's sandbox (in a thread of its own) and by tests.
// All of it lives in the thread that calls start().
class SimServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServer)

public:
    // `clock` is for tests (a ManualClock); the default is the system clock.
    explicit SimServer(
        const SimOptions &options, const SimClock *clock = nullptr, QObject *parent = nullptr);
    ~SimServer() override;

    // Restores the state file (or builds the seed world) and starts listening.
    bool start(QString *error);
    void stop();

    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1
    QString token() const;
    bool tokenWasGenerated() const;

    SimWorld &world();
    void setFaults(const FaultSettings &faults);
    void setRateLimitEnabled(bool enabled);
    void setSpeed(double speed);
    // Throws the world away and builds the given seed again (the sandbox's "Reset").
    void reseed(const QString &seed);
    // Writes the state file now (it is also written shortly after every change).
    bool saveState(QString *error);

signals:
    void requestHandled(const QByteArray &method, const QString &path, int status);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace hangar::sim
