#include "gui/dialogs/destroydialog.h"

#include "ui_destroydialog.h"

#include <QPushButton>

namespace hangar::gui {

DestroyDialog::DestroyDialog(const QStringList &names, const QString &kind, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DestroyDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("destroyDialog"));
    const bool machines = kind == QLatin1String("machine");
    const bool single = names.size() == 1;
    m_expected = single ? names.first() : QString::number(names.size());
    if (single) {
        setWindowTitle(machines ? tr("Destroy machine %1").arg(names.first())
                                : tr("Destroy volume %1").arg(names.first()));
        m_ui->explanationLabel->setText(machines
                ? tr("<b>%1</b> will be destroyed: the machine and its root file system are "
                     "deleted. Its volume, if it has one, is kept. This cannot be undone.")
                      .arg(names.first().toHtmlEscaped())
                : tr("<b>%1</b> and every file on it will be destroyed. Snapshots are kept for "
                     "their retention period. This cannot be undone.")
                      .arg(names.first().toHtmlEscaped()));
        m_ui->promptLabel->setText(
            tr("Type <b>%1</b> to confirm:").arg(names.first().toHtmlEscaped()));
    } else {
        setWindowTitle(machines ? tr("Destroy %n machine(s)", nullptr, int(names.size()))
                                : tr("Destroy %n volume(s)", nullptr, int(names.size())));
        m_ui->explanationLabel->setText(
            tr("These will be destroyed, which cannot be undone:<br><b>%1</b>")
                .arg(names.join(QStringLiteral(", ")).toHtmlEscaped()));
        m_ui->promptLabel->setText(
            tr("Type the number of items, <b>%1</b>, to confirm:").arg(names.size()));
    }
    m_ui->forceCheck->setVisible(machines);
    m_ui->forceCheck->setToolTip(tr("Without this, a running machine is stopped cleanly first."));
    m_ui->confirmationEdit->setObjectName(QStringLiteral("destroyConfirmationEdit"));
    m_ui->confirmationEdit->setPlaceholderText(m_expected);
    m_destroyButton = m_ui->buttons->addButton(tr("Destroy"), QDialogButtonBox::DestructiveRole);
    m_destroyButton->setObjectName(QStringLiteral("destroyButton"));
    m_destroyButton->setEnabled(false);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_ui->confirmationEdit, &QLineEdit::textChanged, this, &DestroyDialog::updateButton);
    connect(m_destroyButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->confirmationEdit->setFocus();
}

DestroyDialog::~DestroyDialog() = default;

bool DestroyDialog::force() const
{
    return m_ui->forceCheck->isChecked();
}

void DestroyDialog::updateButton()
{
    m_destroyButton->setEnabled(m_ui->confirmationEdit->text().trimmed() == m_expected);
}

} // namespace hangar::gui
