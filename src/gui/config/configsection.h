#pragma once

#include "api/values/machineconfig.h"
#include "api/values/volume.h"

#include <QGroupBox>
#include <QStringList>

class QTableWidgetItem;

namespace hangar::gui {

// What the editor knows about the machine besides its config: where it runs, what it could
// mount, which secrets its app has.
struct ConfigEditorContext {
    QString appName;
    QString region; // empty for a machine not created yet
    QString imageDigest; // of the running image, when known
    QList<api::Volume> volumes; // the app's volumes in the machine's region
    QString machineId; // empty for a machine not created yet
    QStringList secretNames;
};

// One group of fields of the config form. A section writes into the draft only the keys it
// owns and only when the user changed them, so everything else (unknown fields included) stays
// as the server sent it.
class ConfigSection : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigSection)

public:
    ~ConfigSection() override;

    virtual void load(const api::MachineConfig &config, const ConfigEditorContext &context) = 0;
    virtual void store(api::MachineConfig &draft) const = 0;
    // Why the fields cannot be applied as they are; empty when they can.
    virtual QStringList problems() const { return {}; }

signals:
    void edited();

protected:
    explicit ConfigSection(const QString &title, QWidget *parent = nullptr);
    // Loading fills widgets, which must not count as the user's edits.
    bool isLoading() const { return m_loading; }
    void setLoading(bool loading) { m_loading = loading; }
    void emitEdited()
    {
        if (!m_loading)
            emit edited();
    }

private:
    bool m_loading = false;
};

// Sets the tooltip that explains a field (kept for when an error mark is cleared).
void setHelp(QWidget *field, const QString &help);

// Marks a field as wrong with the reason next to it; an empty reason clears the mark.
void markField(QWidget *field, const QString &reason);

// The same for one cell of a table: tinted (readable in light and dark palettes), the reason
// as its tooltip.
void markItem(QTableWidgetItem *item, const QString &reason);

} // namespace hangar::gui
