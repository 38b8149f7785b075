#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace hangar::core {
class Settings;
}

namespace hangar::gui {

// Hangar's preferences that are not chosen elsewhere (the language has its own menu, accounts
// their own dialog): for now, when a copy into a volume asks before copying a large file. Shows
// the stored values; OK writes them, Restore Defaults puts the shipped ones in the fields.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(core::Settings &settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;
    void restoreDefaults();

private:
    void showAskAbove(qint64 mib);
    qint64 askAboveMiB() const;
    void updateEnabled();
    void convertToUnit(int unit);

    core::Settings &m_settings;
    QCheckBox *m_ask;
    QSpinBox *m_size;
    QComboBox *m_unit;
    int m_valueUnit = 0; // the unit m_size's value is in
};

} // namespace hangar::gui
