#pragma once

#include "api/values/region.h"
#include "models/fleetcounts.h"

#include <QAbstractListModel>
#include <QHash>

namespace hangar::core {
struct FleetDelta;
struct FleetSnapshot;
} // namespace hangar::core

namespace hangar::models {

// One row per Fly region (from the platform's region list) with what the user has there, summed
// over every account added: machines by state, volume count and total size. It drives the
// world map. A machine or volume in a region the list does not have gets a row of its own at
// the end (without coordinates), which goes away when it empties.
//
// Deltas change counts with one dataChanged per region row whose counts changed, carrying the
// count roles. setRegions() updates rows in place when the list has the same codes in the same
// order, and resets the model otherwise.
class RegionSummaryModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionSummaryModel)

public:
    explicit RegionSummaryModel(QObject *parent = nullptr);
    ~RegionSummaryModel() override;

    void setRegions(const api::RegionList &regions);
    void addAccount(const QString &accountId, const core::FleetSnapshot &snapshot);
    void removeAccount(const QString &accountId);
    void applyDelta(const QString &accountId, const core::FleetDelta &delta);

    QModelIndex indexForRegion(const QString &code) const;
    QString nearestRegion() const { return m_nearest; }
    FleetCounts countsFor(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct RegionRow {
        QString code;
        api::Region region; // null for a region missing from the list
        FleetCounts counts;
    };
    struct MachinePlace {
        QString region;
        StateBucket bucket = StateBucket::Other;
    };
    struct VolumePlace {
        QString region;
        int sizeGb = 0;
    };
    struct AccountPlaces {
        QHash<QString, MachinePlace> machines;
        QHash<QString, VolumePlace> volumes;
    };

    // Changes counts, remembering each touched row's counts before its first change.
    class CountChange;

    static void addPlaces(const AccountPlaces &places, int sign, CountChange &change);
    // The row of a region, appending one (announced or not) for a code the list lacks.
    int rowFor(const QString &code, bool announceInsert);
    void announce(const CountChange &change);
    void removeEmptyUnlistedRows();
    QString label(const RegionRow &row) const;

    QList<RegionRow> m_rows;
    QHash<QString, int> m_rowByCode;
    QHash<QString, AccountPlaces> m_accounts;
    QString m_nearest;
};

} // namespace hangar::models
