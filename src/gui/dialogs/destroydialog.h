#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class DestroyDialog;
}

namespace hangar::gui {

// Confirms destroying machines or volumes by typing: the name of the one thing, or the number
// of things when several are selected. Nothing can be undone, so nothing is pre-filled.
class DestroyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DestroyDialog)

public:
    // `names` are what will be destroyed; `kind` is "machine" or "volume".
    DestroyDialog(const QStringList &names, const QString &kind, QWidget *parent = nullptr);
    ~DestroyDialog() override;

    bool force() const;
    // What must be typed to confirm.
    QString expectedConfirmation() const { return m_expected; }

private:
    void updateButton();

    std::unique_ptr<Ui::DestroyDialog> m_ui;
    QPushButton *m_destroyButton;
    QString m_expected;
};

} // namespace hangar::gui
