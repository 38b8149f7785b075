#pragma once

#include <QColor>
#include <QWidget>

namespace hangar::gui {

// A machine or volume state as a small coloured pill: green for started, grey for stopped,
// blue for suspended, red for failed, amber while something is in progress.
class StateBadge final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateBadge)

public:
    explicit StateBadge(QWidget *parent = nullptr);

    void setState(const QString &state);
    QString state() const { return m_state; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    static QColor colorFor(const QString &state);
    // The state in words for people ("Started", "Stopping…").
    static QString labelFor(const QString &state);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_state;
};

} // namespace hangar::gui
