#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace hangar::models {
class RegionSummaryModel;
}

namespace hangar::gui {

// The region overview as a sortable table: where your machines and volumes are, region by
// region (the world map builds on the same model). Activating a row filters the fleet tree to
// that region.
class RegionsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionsPanel)

public:
    explicit RegionsPanel(models::RegionSummaryModel *regions, QWidget *parent = nullptr);
    ~RegionsPanel() override;

signals:
    void regionActivated(const QString &code);

private:
    void rebuild();

    models::RegionSummaryModel *m_regions;
    QLabel *m_summary;
    QTreeWidget *m_table;
};

} // namespace hangar::gui
