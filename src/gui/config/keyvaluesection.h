#pragma once

#include "gui/config/configsection.h"

#include <QMap>

class QTableWidget;
class QPushButton;

namespace hangar::gui {

// A name → value table: the machine's environment variables or its metadata. Empty and
// duplicate names are flagged on their row.
class KeyValueSection final : public ConfigSection {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueSection)

public:
    enum class Kind { Env, Metadata };

    explicit KeyValueSection(Kind kind, QWidget *parent = nullptr);
    ~KeyValueSection() override;

    void load(const api::MachineConfig &config, const ConfigEditorContext &context) override;
    void store(api::MachineConfig &draft) const override;
    QStringList problems() const override;

    // Adds a row, e.g. from the wizard; an existing name gets a second row that is flagged.
    void addEntry(const QString &name, const QString &value);
    QMap<QString, QString> entries() const;

private:
    void appendRow(const QString &name, const QString &value);
    void onCellChanged();
    void removeSelected();
    QString rowProblem(int row) const;
    void markRows();

    Kind m_kind;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QMap<QString, QString> m_loaded;
};

} // namespace hangar::gui
