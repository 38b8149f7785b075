#pragma once

#include "core/accounts/productionguard.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class DestroyDialog;
}

namespace hangar::gui {

// Confirms destroying machines, volumes or apps by typing: the name of the one thing, or the
// number of things when several are selected. On a production account several things need
// their app's (or account's) name instead, and stopping, restarting or suspending several
// machines is confirmed the same way. Nothing can be undone, so nothing is pre-filled.
class DestroyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DestroyDialog)

public:
    enum class Action { Destroy, Stop, Restart, Suspend };

    // `names` are what will be destroyed; `kind` is "machine", "volume" or "app".
    DestroyDialog(const QStringList &names, const QString &kind, QWidget *parent = nullptr);
    // The same, with the production guard's rules for `target` (see
    // core/accounts/productionguard.h).
    DestroyDialog(const core::GuardTarget &target, const QString &kind,
        Action action = Action::Destroy, QWidget *parent = nullptr);
    ~DestroyDialog() override;

    bool force() const;
    // What must be typed to confirm.
    QString expectedConfirmation() const { return m_expected; }

private:
    void describeDestroy(const core::GuardTarget &target, const QString &kind);
    void describeInterruption(const core::GuardTarget &target, Action action);
    void addProductionWarning(const core::GuardTarget &target);
    QString promptFor(const core::GuardTarget &target) const;
    void updateButton();

    std::unique_ptr<Ui::DestroyDialog> m_ui;
    QPushButton *m_destroyButton = nullptr;
    QString m_expected;
};

} // namespace hangar::gui
