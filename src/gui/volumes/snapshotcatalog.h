#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QList>
#include <QObject>

namespace hangar::api {
class ApiClient;
}

namespace hangar::gui {

// A snapshot someone can restore, with the volume it was taken from.
struct SnapshotChoice {
    QString id; // vs_...
    QString volumeId;
    QString volumeName;
    QDateTime createdAt;
    qint64 sizeBytes = 0;
    int volumeSizeGb = 0; // the smallest a restored volume can be
    QString status;
};

// Loads the snapshots of every volume of an app (or of one volume), newest first.
class SnapshotCatalog final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotCatalog)

public:
    explicit SnapshotCatalog(QObject *parent = nullptr);
    ~SnapshotCatalog() override;

    // With a volume id only that volume's snapshots; without, every volume's.
    void load(api::ApiClient &client, const QString &app, const QString &volumeId = {},
        const QString &volumeName = {});
    bool isLoading() const { return m_pending > 0; }
    const QList<SnapshotChoice> &snapshots() const { return m_snapshots; }

signals:
    void loaded(const QList<hangar::gui::SnapshotChoice> &snapshots);
    void failed(const hangar::api::ApiError &error);

private:
    void loadVolume(api::ApiClient &client, const QString &app, const QString &volumeId,
        const QString &volumeName);
    void settle();

    QList<SnapshotChoice> m_snapshots;
    api::ApiError m_error;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace hangar::gui
