#include "gui/review/reviewdialog.h"

#include "api/values/machineconfig.h"
#include "core/configdiff/configdiff.h"
#include "core/configdiff/configsummary.h"
#include "gui/review/configdiffview.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace hangar::gui {

namespace {

constexpr int kIconSize = 32;

} // namespace

ReviewDialog::ReviewDialog(QWidget *parent)
    : QDialog(parent)
    , m_iconLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_diffView(new ConfigDiffView(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("reviewDialog"));
    m_iconLabel->setObjectName(QStringLiteral("reviewIcon"));
    m_titleLabel->setObjectName(QStringLiteral("reviewTitle"));
    m_summaryLabel->setObjectName(QStringLiteral("reviewSummary"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setWordWrap(true);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_iconLabel->setPixmap(style()
                               ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                               .pixmap(kIconSize, kIconSize));
    m_iconLabel->setAlignment(Qt::AlignTop);

    m_applyButton = m_buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_reapplyButton =
        m_buttons->addButton(tr("Reload and re-apply my edits"), QDialogButtonBox::AcceptRole);
    m_reapplyButton->setObjectName(QStringLiteral("reapplyButton"));
    m_reapplyButton->setToolTip(
        tr("Start again from the machine's config as it is now and apply your edits on top"));
    m_discardButton = m_buttons->addButton(tr("Discard mine"), QDialogButtonBox::DestructiveRole);
    m_discardButton->setObjectName(QStringLiteral("discardButton"));
    m_discardButton->setToolTip(tr("Throw your edits away and keep the machine as it is now"));
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_iconLabel);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_titleLabel);
    texts->addWidget(m_summaryLabel);
    header->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_diffView, 1);
    layout->addWidget(m_buttons);

    // Each button says what it means, then the dialog closes (QDialog::accepted/finished).
    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        emit applyRequested();
        accept();
    });
    connect(m_reapplyButton, &QPushButton::clicked, this, [this] {
        emit reapplyRequested();
        accept();
    });
    connect(m_discardButton, &QPushButton::clicked, this, [this] {
        emit discardRequested();
        accept();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    resize(1000, 680);
    setMode(Mode::Apply);
}

ReviewDialog::~ReviewDialog() = default;

void ReviewDialog::reviewChanges(const QString &machineName, const api::MachineConfig &current,
    const api::MachineConfig &proposed, const QString &machineState)
{
    setMode(Mode::Apply);
    setWindowTitle(tr("Review changes to %1").arg(machineName));
    showDiff(current, proposed);
    m_titleLabel->setText(m_hasChanges ? tr("Apply these changes to %1?").arg(machineName)
                                       : tr("Nothing to apply to %1").arg(machineName));
    m_summaryLabel->setText(core::summarize(current, proposed, machineState));
    m_diffView->setCaptions(tr("Current config"), tr("After applying"));
}

void ReviewDialog::reviewRestore(const QString &machineName, const QString &versionId,
    const api::MachineConfig &current, const api::MachineConfig &versionConfig,
    const QString &machineState)
{
    setMode(Mode::Restore);
    setWindowTitle(tr("Restore a version of %1").arg(machineName));
    showDiff(current, versionConfig);
    m_titleLabel->setText(m_hasChanges
            ? tr("Restore %1 to version %2?").arg(machineName, versionId)
            : tr("Version %1 is the same as the current config").arg(versionId));
    m_summaryLabel->setText(core::summarize(current, versionConfig, machineState));
    m_diffView->setCaptions(tr("Current config"), tr("Version %1").arg(versionId));
}

void ReviewDialog::showConflict(const QString &machineName, const api::MachineConfig &base,
    const api::MachineConfig &server, const api::MachineConfig &mine)
{
    setMode(Mode::Conflict);
    setWindowTitle(tr("%1 was changed meanwhile").arg(machineName));
    showDiff(base, server);
    m_titleLabel->setText(tr("Someone else changed %1 while you were editing").arg(machineName));
    const QStringList theirs = core::describeChanges(base, server);
    const QStringList yours = core::describeChanges(base, mine);
    QStringList sentences {theirs.isEmpty()
            ? tr("The machine moved to a new version with the same config.")
            : tr("They changed: %1.").arg(theirs.join(QStringLiteral(", ")))};
    if (!yours.isEmpty())
        sentences.append(tr("Your edits: %1.").arg(yours.join(QStringLiteral(", "))));
    m_summaryLabel->setText(sentences.join(u' '));
    m_diffView->setCaptions(tr("When you started editing"), tr("Now on the server"));
}

QString ReviewDialog::title() const
{
    return m_titleLabel->text();
}

QString ReviewDialog::summary() const
{
    return m_summaryLabel->text();
}

void ReviewDialog::setMode(Mode mode)
{
    m_mode = mode;
    const bool conflict = mode == Mode::Conflict;
    m_iconLabel->setVisible(conflict);
    m_applyButton->setVisible(!conflict);
    m_applyButton->setText(mode == Mode::Restore ? tr("Restore") : tr("Apply"));
    m_reapplyButton->setVisible(conflict);
    m_discardButton->setVisible(conflict);
}

void ReviewDialog::showDiff(const api::MachineConfig &before, const api::MachineConfig &after)
{
    const core::ConfigDiff diff = core::ConfigDiff::compare(before, after);
    m_hasChanges = diff.hasChanges();
    m_diffView->setDiff(diff);
    m_applyButton->setEnabled(m_hasChanges);
    // Enter applies only when there is something to apply; a conflict needs a deliberate choice.
    m_applyButton->setDefault(m_hasChanges && m_mode != Mode::Conflict);
    m_cancelButton->setDefault(!m_hasChanges || m_mode == Mode::Conflict);
}

} // namespace hangar::gui
