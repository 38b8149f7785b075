#pragma once

#include "api/values/machineversion.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hangar::gui {

class ConfigDiffView;

// A machine's config history: its versions (newest first, the first being the config it runs),
// each with when it was made and what it changed. Selecting one version shows what it changed
// from the one before; selecting two shows the diff between them, older on the left.
// "Restore this version…" emits restoreRequested() with the selected version's config, which
// the caller reviews in a ReviewDialog before anything is sent.
class ConfigHistoryWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigHistoryWidget)

public:
    explicit ConfigHistoryWidget(QWidget *parent = nullptr);
    ~ConfigHistoryWidget() override;

    // Newest first, as GET .../versions answers. Selects the newest version.
    void setVersions(const QList<api::MachineVersion> &versions);
    const QList<api::MachineVersion> &versions() const { return m_versions; }

    // The selected versions' rows (indexes into versions()), in list order.
    QList<int> selectedRows() const;
    void selectRows(const QList<int> &rows);
    // The version "Restore" would restore, or an empty string.
    QString restorableVersion() const;

    ConfigDiffView *diffView() const { return m_diffView; }

signals:
    void restoreRequested(const hangar::api::MachineConfig &config);

private:
    void showSelection();
    void requestRestore();

    QList<api::MachineVersion> m_versions;
    QTreeWidget *m_list;
    QLabel *m_compareLabel;
    ConfigDiffView *m_diffView;
    QPushButton *m_restoreButton;
};

} // namespace hangar::gui
