#pragma once

#include "gui/map/mapstyle.h"

#include <QWidget>

namespace hangar::gui::map {

// What the map's colours and shapes mean: one swatch per machine state, the volume badge, the
// faint dot of an empty region and how size relates to machine count. Lays itself out in as
// many rows as its width needs.
class MapLegend final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapLegend)

public:
    explicit MapLegend(QWidget *parent = nullptr);
    ~MapLegend() override;

    void setStateColors(const StateColors &colors);
    // Adds "Deprecated" (a dotted ring), for maps where deprecated regions cannot be picked.
    void setDeprecatedShown(bool shown);
    // The entries in words, in order (also the accessible description).
    QStringList entries() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Swatch {
        Started,
        Stopped,
        Suspended,
        Failed,
        Changing,
        Volumes,
        Empty,
        Size,
        Deprecated
    };
    struct Entry {
        Swatch swatch;
        QString text;
    };

    QList<Entry> entryList() const;
    // Lays the entries out in `width`; returns the rectangles of the swatch+text of each.
    QList<QRect> arrange(int width) const;
    void paintSwatch(QPainter &painter, Swatch swatch, const QRectF &box) const;

    StateColors m_stateColors = StateColors::defaults();
    MapStyle m_style;
    bool m_deprecatedShown = false;
};

} // namespace hangar::gui::map
