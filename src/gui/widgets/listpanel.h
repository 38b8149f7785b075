#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace hangar::gui {

// A list with its verbs above it: buttons on the left, a busy indicator and Refresh on the
// right, and between them and the list a line for the empty state or a problem.
class ListPanel : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPanel)

public:
    ~ListPanel() override;

protected:
    ListPanel(const QStringList &headers, QWidget *parent);

    QTreeWidget *list() const { return m_list; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *refreshButton() const { return m_refresh; }
    // A button in the left group, in the order added.
    QPushButton *addButton(const QString &text, const QString &objectName, const QString &toolTip);
    void setBusy(bool busy);
    // Empty text hides the line; a problem is shown in red.
    void showMessage(const QString &text, bool problem = false);

private:
    QTreeWidget *m_list;
    QLabel *m_message;
    QProgressBar *m_busy;
    QPushButton *m_refresh;
    QHBoxLayout *m_buttons;
};

} // namespace hangar::gui
