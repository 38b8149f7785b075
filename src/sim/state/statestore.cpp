#include "sim/state/statestore.h"

#include "sim/state/seeds.h"
#include "sim/state/worldjson.h"
#include "sim/world/simworld.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>

namespace hangar::sim {

Q_LOGGING_CATEGORY(lcSimState, "hangar.sim.state")

namespace {
constexpr int kSaveDelayMs = 500;
}

StateStore::StateStore(SimWorld &world, QString path, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_path(std::move(path))
    , m_saveTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        QString error;
        if (!saveNow(&error))
            qCWarning(lcSimState).noquote() << error;
    });
    connect(&m_world, &SimWorld::changed, this, &StateStore::scheduleSave);
}

StateStore::~StateStore() = default;

void StateStore::scheduleSave()
{
    m_dirty = true;
    if (m_loaded && !m_path.isEmpty() && !m_saveTimer->isActive())
        m_saveTimer->start();
}

bool StateStore::loadOrSeed(const QString &seed, QString *error)
{
    if (!m_path.isEmpty() && QFileInfo::exists(m_path)) {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error =
                QStringLiteral("cannot read the state file %1: %2").arg(m_path, file.errorString());
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        QString problem;
        if (parseError.error != QJsonParseError::NoError)
            problem = parseError.errorString();
        else if (!worldFromJson(m_world, document.object(), &problem) && problem.isEmpty())
            problem = QStringLiteral("unknown error");
        if (!problem.isEmpty()) {
            *error = QStringLiteral("the state file %1 is damaged (%2). It was left as it is; move "
                                    "it away or choose another --state file to start afresh.")
                         .arg(m_path, problem);
            return false;
        }
        m_loaded = true;
        m_dirty = false;
        return true;
    }
    m_world.clear();
    buildSeed(m_world, seed);
    m_loaded = true;
    return saveNow(error);
}

bool StateStore::saveNow(QString *error)
{
    m_saveTimer->stop();
    if (m_path.isEmpty() || !m_loaded)
        return true;
    const QFileInfo info(m_path);
    QDir().mkpath(info.absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error =
            QStringLiteral("cannot write the state file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(worldToJson(m_world)).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error =
            QStringLiteral("cannot write the state file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    m_dirty = false;
    return true;
}

} // namespace hangar::sim
