#pragma once

#include <QMainWindow>

class QLabel;

namespace hangar::gui {

// The application's main window. For now a welcome page; the fleet tree, panels and activity
// dock arrive with the fleet store.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void showSandboxEndpoint(const QString &url);

private:
    QLabel *m_status;
};

} // namespace hangar::gui
