#include "sandboxhost.h"

#include "sim/server/simserver.h"

#include <QMetaObject>

namespace hangar::app {

SandboxHost::SandboxHost(QString stateFile, double speed, QObject *parent)
    : QObject(parent)
    , m_stateFile(std::move(stateFile))
    , m_speed(speed)
    , m_anchor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
    m_anchor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
}

SandboxHost::~SandboxHost()
{
    if (m_thread.isRunning()) {
        // The simulator saves its state as it stops; it must stop in its own thread.
        QMetaObject::invokeMethod(
            m_anchor,
            [this] {
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_anchor;
    }
}

void SandboxHost::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            sim::SimOptions options;
            options.stateFile = m_stateFile;
            options.seed = QStringLiteral("demo");
            options.speed = m_speed;
            auto *server = new sim::SimServer(options);
            QString error;
            if (!server->start(&error)) {
                delete server;
                QMetaObject::invokeMethod(
                    this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
                return;
            }
            m_server = server;
            const QUrl url = server->baseUrl();
            const QString token = server->token();
            QMetaObject::invokeMethod(
                this,
                [this, url, token] {
                    m_baseUrl = url;
                    m_token = token;
                    emit ready(url, token);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SandboxHost::reset()
{
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            if (m_server)
                m_server->reseed(QStringLiteral("demo"));
            QMetaObject::invokeMethod(this, &SandboxHost::resetDone, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace hangar::app
