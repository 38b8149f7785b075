#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace hangar::api {
class MachineConfig;
}

namespace hangar::gui {

class ConfigDiffView;

// Shows what applying a config will change before it is sent: a title, one summary sentence
// and the side-by-side diff. Open it with open(); it reports the choice through signals and
// closes itself:
// - Apply (reviewChanges) and Restore (reviewRestore): "Apply"/"Restore" emits
//   applyRequested(), Cancel emits rejected(). The button is enabled only when something
//   changes.
// - Conflict (showConflict): someone else changed the machine meanwhile; the diff shows their
//   change, and the dialog offers "Reload and re-apply my edits" (reapplyRequested()),
//   "Discard mine" (discardRequested()) or Cancel (rejected()).
class ReviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDialog)

public:
    enum class Mode { Apply, Restore, Conflict };

    explicit ReviewDialog(QWidget *parent = nullptr);
    ~ReviewDialog() override;

    // `current` is the machine's config now, `proposed` the edited one; `machineState` is
    // Machine::state(), which decides whether the summary says it restarts.
    void reviewChanges(const QString &machineName, const api::MachineConfig &current,
        const api::MachineConfig &proposed, const QString &machineState);
    // Going back to the config of an earlier version `versionId`.
    void reviewRestore(const QString &machineName, const QString &versionId,
        const api::MachineConfig &current, const api::MachineConfig &versionConfig,
        const QString &machineState);
    // The user's edits started from `base`, the server now has `server`; `mine` is the user's
    // draft, summarised so that they know what re-applying would send.
    void showConflict(const QString &machineName, const api::MachineConfig &base,
        const api::MachineConfig &server, const api::MachineConfig &mine);

    Mode mode() const { return m_mode; }
    bool hasChanges() const { return m_hasChanges; }
    QString title() const;
    QString summary() const;
    ConfigDiffView *diffView() const { return m_diffView; }

signals:
    void applyRequested();
    void reapplyRequested();
    void discardRequested();

private:
    void setMode(Mode mode);
    void showDiff(const api::MachineConfig &before, const api::MachineConfig &after);

    Mode m_mode = Mode::Apply;
    bool m_hasChanges = false;
    QLabel *m_iconLabel;
    QLabel *m_titleLabel;
    QLabel *m_summaryLabel;
    ConfigDiffView *m_diffView;
    QDialogButtonBox *m_buttons;
    QPushButton *m_applyButton;
    QPushButton *m_reapplyButton;
    QPushButton *m_discardButton;
    QPushButton *m_cancelButton;
};

} // namespace hangar::gui
