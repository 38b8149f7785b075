#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

namespace hangar::sim {
class SimServer;
}

namespace hangar::app {

// The built-in sandbox: hangar-sim running on loopback in a thread of its own, with a random
// token and the demo fleet, its world kept in the app data directory between runs.
class SandboxHost final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHost)

public:
    SandboxHost(QString stateFile, double speed, QObject *parent = nullptr);
    ~SandboxHost() override;

    // Starts the simulator; ready() or failed() follows.
    void start();
    // Throws the sandbox's world away and builds the demo fleet again; resetDone() follows.
    void reset();

    QUrl baseUrl() const { return m_baseUrl; }
    QString token() const { return m_token; }

signals:
    void ready(const QUrl &baseUrl, const QString &token);
    void failed(const QString &message);
    void resetDone();

private:
    QString m_stateFile;
    double m_speed;
    QThread m_thread;
    QObject *m_anchor; // lives in the sandbox thread; everything of the simulator runs there
    sim::SimServer *m_server = nullptr;
    QUrl m_baseUrl;
    QString m_token;
};

} // namespace hangar::app
