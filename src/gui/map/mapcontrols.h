#pragma once

#include <QWidget>

class QToolButton;

namespace hangar::gui::map {

// The zoom in / zoom out / reset buttons over a corner of the map. Their icons are drawn as
// paths in the button's own palette, so they are crisp at any scale and in either theme.
class MapControls final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapControls)

public:
    explicit MapControls(QWidget *parent = nullptr);
    ~MapControls() override;

    QToolButton *zoomInButton() const { return m_zoomIn; }
    QToolButton *zoomOutButton() const { return m_zoomOut; }
    QToolButton *resetButton() const { return m_reset; }

private:
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_reset;
};

} // namespace hangar::gui::map
