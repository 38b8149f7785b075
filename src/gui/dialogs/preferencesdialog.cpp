#include "gui/dialogs/preferencesdialog.h"

#include "core/settings/settings.h"
#include "core/transfer/transferoptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hangar::gui {

namespace {

constexpr qint64 kMiBPerGiB = 1024;
enum Unit { MiB, GiB };

} // namespace

PreferencesDialog::PreferencesDialog(core::Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    auto *copying = new QGroupBox(tr("Copying into volumes"), this);
    m_ask = new QCheckBox(tr("&Ask before copying a file larger than"), copying);
    m_ask->setObjectName(QStringLiteral("askAboveCheck"));
    m_size = new QSpinBox(copying);
    m_size->setObjectName(QStringLiteral("askAboveSize"));
    m_size->setRange(1, 1024 * 1024);
    m_size->setAccessibleName(tr("Size"));
    m_unit = new QComboBox(copying);
    m_unit->setObjectName(QStringLiteral("askAboveUnit"));
    m_unit->addItem(tr("MiB"));
    m_unit->addItem(tr("GiB"));
    m_unit->setAccessibleName(tr("Unit"));
    auto *explanation = new QLabel(tr("Large files take a while over exec (about 6 MiB a "
                                      "second on Fly.io); the question lets a big drop be "
                                      "trimmed before it starts."),
        copying);
    explanation->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_ask);
    row->addWidget(m_size);
    row->addWidget(m_unit);
    row->addStretch(1);
    auto *copyingLayout = new QVBoxLayout(copying);
    copyingLayout->addLayout(row);
    copyingLayout->addWidget(explanation);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        &PreferencesDialog::restoreDefaults);
    connect(m_ask, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabled);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &PreferencesDialog::convertToUnit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(copying);
    layout->addStretch(1);
    layout->addWidget(buttons);

    showAskAbove(core::askAboveMiB(m_settings));
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::showAskAbove(qint64 mib)
{
    m_ask->setChecked(mib > 0);
    if (mib <= 0)
        mib = core::Settings::defaultOf(core::Setting::CopyAskAboveMiB).toLongLong();
    const bool wholeGiB = mib % kMiBPerGiB == 0;
    {
        const QSignalBlocker noConversion(m_unit); // the value is set in its unit below
        m_unit->setCurrentIndex(wholeGiB ? GiB : MiB);
    }
    m_valueUnit = m_unit->currentIndex();
    m_size->setValue(int(wholeGiB ? mib / kMiBPerGiB : mib));
    updateEnabled();
}

void PreferencesDialog::convertToUnit(int unit)
{
    // Picking a unit keeps the size (1 GiB becomes 1024 MiB), rounded to whole GiB one way.
    if (unit == m_valueUnit)
        return;
    const qint64 mib = qint64(m_size->value()) * (m_valueUnit == GiB ? kMiBPerGiB : 1);
    m_valueUnit = unit;
    m_size->setValue(int(unit == GiB ? qMax<qint64>(1, (mib + kMiBPerGiB / 2) / kMiBPerGiB) : mib));
}

qint64 PreferencesDialog::askAboveMiB() const
{
    if (!m_ask->isChecked())
        return 0;
    return qint64(m_size->value()) * (m_unit->currentIndex() == GiB ? kMiBPerGiB : 1);
}

void PreferencesDialog::updateEnabled()
{
    m_size->setEnabled(m_ask->isChecked());
    m_unit->setEnabled(m_ask->isChecked());
}

void PreferencesDialog::restoreDefaults()
{
    showAskAbove(core::Settings::defaultOf(core::Setting::CopyAskAboveMiB).toLongLong());
}

void PreferencesDialog::accept()
{
    m_settings.setValue(core::Setting::CopyAskAboveMiB, askAboveMiB());
    QDialog::accept();
}

} // namespace hangar::gui
