#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

class QAbstractItemView;

namespace hangar::gui {

// Paints one job of the activity dock: the title, a status line (the current step, the outcome,
// or the error sentence in the error colour), and a progress bar while it runs. A row has at
// most one button: Cancel while the job can be cancelled, Details… when it failed.
class JobItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobItemDelegate)

public:
    enum class Button { None, Cancel, Details };

    // Where each part of a row goes.
    struct RowLayout {
        QRect title;
        QRect status;
        QRect progress; // empty unless the job runs
        QRect note; // below the status when there is no progress bar
        QRect button; // empty when the row has no button
        Button buttonKind = Button::None;
    };

    explicit JobItemDelegate(QAbstractItemView *view);
    ~JobItemDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    RowLayout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static Button buttonFor(const QModelIndex &index);
    // A red that reads on both light and dark palettes.
    static QColor errorColor(const QPalette &palette);
    // The second line of a row: what is happening, or how it ended.
    static QString statusText(const QModelIndex &index);

signals:
    void cancelRequested(const QModelIndex &index);
    void detailsRequested(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

private:
    void paintProgress(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
        double fraction) const;
    void paintButton(QPainter *painter, const QStyleOptionViewItem &option, const RowLayout &row,
        const QModelIndex &index) const;
    static QString noteText(const QModelIndex &index);
    QString buttonText(Button button) const;
    QSize buttonSize(const QStyleOptionViewItem &option) const;

    QPointer<QAbstractItemView> m_view;
    QPersistentModelIndex m_pressed; // the row whose button the mouse went down on
};

} // namespace hangar::gui
