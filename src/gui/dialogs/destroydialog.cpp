#include "gui/dialogs/destroydialog.h"

#include "ui_destroydialog.h"

#include <QLabel>
#include <QPushButton>

namespace hangar::gui {

namespace {

core::GuardTarget unguarded(const QStringList &names)
{
    core::GuardTarget target;
    target.names = names;
    return target;
}

// Object names, for tests and accessibility tools.
struct Names {
    QString dialog;
    QString edit;
    QString button;
};

Names namesFor(DestroyDialog::Action action)
{
    switch (action) {
    case DestroyDialog::Action::Stop:
        return {QStringLiteral("confirmStopDialog"), QStringLiteral("stopConfirmationEdit"),
            QStringLiteral("confirmStopButton")};
    case DestroyDialog::Action::Restart:
        return {QStringLiteral("confirmRestartDialog"), QStringLiteral("restartConfirmationEdit"),
            QStringLiteral("confirmRestartButton")};
    case DestroyDialog::Action::Suspend:
        return {QStringLiteral("confirmSuspendDialog"), QStringLiteral("suspendConfirmationEdit"),
            QStringLiteral("confirmSuspendButton")};
    case DestroyDialog::Action::Destroy:
        break;
    }
    return {QStringLiteral("destroyDialog"), QStringLiteral("destroyConfirmationEdit"),
        QStringLiteral("destroyButton")};
}

QString buttonText(DestroyDialog::Action action)
{
    switch (action) {
    case DestroyDialog::Action::Stop:
        return DestroyDialog::tr("Stop");
    case DestroyDialog::Action::Restart:
        return DestroyDialog::tr("Restart");
    case DestroyDialog::Action::Suspend:
        return DestroyDialog::tr("Suspend");
    case DestroyDialog::Action::Destroy:
        break;
    }
    return DestroyDialog::tr("Destroy");
}

} // namespace

DestroyDialog::DestroyDialog(const QStringList &names, const QString &kind, QWidget *parent)
    : DestroyDialog(unguarded(names), kind, Action::Destroy, parent)
{
}

DestroyDialog::DestroyDialog(
    const core::GuardTarget &target, const QString &kind, Action action, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DestroyDialog>())
{
    m_ui->setupUi(this);
    const Names names = namesFor(action);
    setObjectName(names.dialog);
    m_expected = action == Action::Destroy ? core::destroyConfirmation(target)
                                           : core::stopConfirmation(target);
    if (action == Action::Destroy)
        describeDestroy(target, kind);
    else
        describeInterruption(target, action);
    if (target.production)
        addProductionWarning(target);
    m_ui->confirmationEdit->setObjectName(names.edit);
    m_ui->confirmationEdit->setPlaceholderText(m_expected);
    m_destroyButton =
        m_ui->buttons->addButton(buttonText(action), QDialogButtonBox::DestructiveRole);
    m_destroyButton->setObjectName(names.button);
    m_destroyButton->setEnabled(false);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_ui->confirmationEdit, &QLineEdit::textChanged, this, &DestroyDialog::updateButton);
    connect(m_destroyButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->confirmationEdit->setFocus();
}

DestroyDialog::~DestroyDialog() = default;

void DestroyDialog::describeDestroy(const core::GuardTarget &target, const QString &kind)
{
    const QStringList &names = target.names;
    const bool machines = kind == QLatin1String("machine");
    const bool apps = kind == QLatin1String("app");
    if (names.size() == 1) {
        const QString name = names.first().toHtmlEscaped();
        if (apps) {
            setWindowTitle(tr("Destroy app %1").arg(names.first()));
            m_ui->explanationLabel->setText(
                tr("<b>%1</b> and everything in it will be destroyed: its machines, its volumes "
                   "and the files on them, its secrets and its addresses. This cannot be undone.")
                    .arg(name));
        } else {
            setWindowTitle(machines ? tr("Destroy machine %1").arg(names.first())
                                    : tr("Destroy volume %1").arg(names.first()));
            m_ui->explanationLabel->setText(machines
                    ? tr("<b>%1</b> will be destroyed: the machine and its root file system are "
                         "deleted. Its volume, if it has one, is kept. This cannot be undone.")
                          .arg(name)
                    : tr("<b>%1</b> and every file on it will be destroyed. Snapshots are kept for "
                         "their retention period. This cannot be undone.")
                          .arg(name));
        }
    } else {
        setWindowTitle(apps ? tr("Destroy %n app(s)", nullptr, int(names.size()))
                : machines  ? tr("Destroy %n machine(s)", nullptr, int(names.size()))
                            : tr("Destroy %n volume(s)", nullptr, int(names.size())));
        m_ui->explanationLabel->setText(
            tr("These will be destroyed, which cannot be undone:<br><b>%1</b>")
                .arg(names.join(QStringLiteral(", ")).toHtmlEscaped()));
    }
    m_ui->promptLabel->setText(promptFor(target));
    m_ui->forceCheck->setVisible(machines);
    m_ui->forceCheck->setToolTip(tr("Without this, a running machine is stopped cleanly first."));
}

void DestroyDialog::describeInterruption(const core::GuardTarget &target, Action action)
{
    const int count = int(target.names.size());
    const QString names = target.names.join(QStringLiteral(", ")).toHtmlEscaped();
    switch (action) {
    case Action::Restart:
        setWindowTitle(tr("Restart %n machine(s)", nullptr, count));
        m_ui->explanationLabel->setText(
            tr("These machines will restart, and whatever they serve is interrupted until they "
               "are back:<br><b>%1</b>")
                .arg(names));
        break;
    case Action::Suspend:
        setWindowTitle(tr("Suspend %n machine(s)", nullptr, count));
        m_ui->explanationLabel->setText(
            tr("These machines will be suspended, and whatever they serve pauses with them:"
               "<br><b>%1</b>")
                .arg(names));
        break;
    case Action::Stop:
    case Action::Destroy:
        setWindowTitle(tr("Stop %n machine(s)", nullptr, count));
        m_ui->explanationLabel->setText(
            tr("These machines will stop, and whatever they serve stops with them:<br><b>%1</b>")
                .arg(names));
        break;
    }
    m_ui->promptLabel->setText(promptFor(target));
    m_ui->forceCheck->setChecked(false);
    m_ui->forceCheck->setVisible(false);
}

QString DestroyDialog::promptFor(const core::GuardTarget &target) const
{
    const QString expected = m_expected.toHtmlEscaped();
    if (target.names.size() == 1)
        return tr("Type <b>%1</b> to confirm:").arg(expected);
    if (!target.production)
        return tr("Type the number of items, <b>%1</b>, to confirm:").arg(expected);
    if (!target.appName.isEmpty())
        return tr("Type the app's name, <b>%1</b>, to confirm:").arg(expected);
    return tr("Type the account's name, <b>%1</b>, to confirm:").arg(expected);
}

void DestroyDialog::addProductionWarning(const core::GuardTarget &target)
{
    auto *warning = new QLabel(this);
    warning->setObjectName(QStringLiteral("productionWarning"));
    // One line: a wrapped label in this layout asks for the height of a narrow column.
    warning->setWordWrap(false);
    warning->setText(tr("<b>Production:</b> %1 is a production account.")
                         .arg(target.accountName.toHtmlEscaped()));
    warning->setAutoFillBackground(true);
    warning->setMargin(6);
    QPalette palette = warning->palette();
    palette.setColor(QPalette::Window, QColor(0xd0342c));
    palette.setColor(QPalette::WindowText, Qt::white);
    warning->setPalette(palette);
    m_ui->layout->insertWidget(0, warning);
}

bool DestroyDialog::force() const
{
    return m_ui->forceCheck->isChecked();
}

void DestroyDialog::updateButton()
{
    m_destroyButton->setEnabled(m_ui->confirmationEdit->text().trimmed() == m_expected);
}

} // namespace hangar::gui
