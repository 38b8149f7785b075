#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <optional>

namespace hangar::core {

// A machine config the user is editing but has not applied yet, with the version it started
// from (so a change made meanwhile by someone else can be noticed).
struct ConfigDraft {
    QJsonObject config;
    QString baseVersion;
    QJsonObject base; // the config as it was at baseVersion, to replay the edits onto a newer one
};

// Keeps drafts until they are applied or discarded, also across a restart of the app: a failed
// apply, a crash or closing the window loses nothing the user typed. One small JSON file in the
// app data directory, written atomically after each change.
class DraftStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftStore)

public:
    // `file` empty: the default location (AppDataLocation/drafts.json).
    explicit DraftStore(QString file = {}, QObject *parent = nullptr);
    ~DraftStore() override;

    std::optional<ConfigDraft> draft(
        const QString &accountId, const QString &appName, const QString &machineId) const;
    void save(const QString &accountId, const QString &appName, const QString &machineId,
        const ConfigDraft &draft);
    void discard(const QString &accountId, const QString &appName, const QString &machineId);
    int count() const { return int(m_drafts.size()); }
    QString file() const { return m_file; }

signals:
    void changed(const QString &accountId, const QString &appName, const QString &machineId);

private:
    static QString keyOf(
        const QString &accountId, const QString &appName, const QString &machineId);
    void load();
    void write();

    QString m_file;
    QHash<QString, ConfigDraft> m_drafts;
};

} // namespace hangar::core
