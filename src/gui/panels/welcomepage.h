#pragma once

#include <QWidget>

class QLabel;

namespace hangar::gui {

// The first thing a new user sees: try everything in the sandbox, or connect an account.
class WelcomePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    // Shown while the sandbox starts or when starting it failed.
    void setStatus(const QString &text);

signals:
    void trySandboxRequested();
    void connectRequested();

private:
    QLabel *m_status;
};

} // namespace hangar::gui
