#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace hangar::sim {

class SimWorld;

// Keeps the world in a file: restores it at start and writes it atomically (QSaveFile) a moment
// after each burst of changes, so a crash never leaves a half-written state file behind.
// Without a path it only builds the seed.
class StateStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateStore)

public:
    StateStore(SimWorld &world, QString path, QObject *parent = nullptr);
    ~StateStore() override;

    // Loads the file when there is one (refusing a damaged file, which is left untouched), or
    // else builds `seed` and writes it.
    bool loadOrSeed(const QString &seed, QString *error);
    bool saveNow(QString *error);
    QString path() const { return m_path; }

private:
    void scheduleSave();

    SimWorld &m_world;
    QString m_path;
    QTimer *m_saveTimer;
    bool m_loaded = false;
    bool m_dirty = false;
};

} // namespace hangar::sim
