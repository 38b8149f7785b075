#include "gui/panels/machineconfigtab.h"

#include "api/apiclient.h"
#include "api/operations/updateandwait.h"
#include "core/config/configrebase.h"
#include "core/config/draftstore.h"
#include "core/jobs/jobmanager.h"
#include "core/jobs/operationjob.h"
#include "gui/config/configeditor.h"
#include "gui/review/reviewdialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace hangar::gui {

namespace {

bool isConflict(const api::ApiError &error)
{
    return error.reason() == api::ApiError::Reason::VersionConflict
        || error.reason() == api::ApiError::Reason::StaleVersion;
}

} // namespace

MachineConfigTab::MachineConfigTab(
    core::JobManager &jobs, core::DraftStore &drafts, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_drafts(drafts)
    , m_editor(new ConfigEditor(this))
    , m_status(new QLabel(this))
    , m_discard(new QPushButton(tr("&Discard changes"), this))
    , m_reviewButton(new QPushButton(tr("&Review and apply…"), this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("configTab"));
    m_status->setObjectName(QStringLiteral("configStatus"));
    m_status->setWordWrap(true);
    m_discard->setObjectName(QStringLiteral("discardConfigButton"));
    m_discard->setToolTip(tr("Forget the edits and show the machine's config as it is."));
    m_reviewButton->setObjectName(QStringLiteral("reviewConfigButton"));
    m_reviewButton->setToolTip(tr("See every change side by side before anything is sent."));
    m_reviewButton->setDefault(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_discard);
    bar->addWidget(m_reviewButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addLayout(bar);

    // Saving waits for a pause in typing; the draft is small, but a write per key is needless.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, &MachineConfigTab::saveDraft);
    connect(m_editor, &ConfigEditor::draftChanged, this, &MachineConfigTab::onDraftChanged);
    connect(m_editor, &ConfigEditor::secondMountRequested, this,
        &MachineConfigTab::secondMountRequested);
    connect(m_discard, &QPushButton::clicked, this, &MachineConfigTab::discardDraft);
    connect(m_reviewButton, &QPushButton::clicked, this, &MachineConfigTab::reviewAndApply);
    onDraftChanged();
}

MachineConfigTab::~MachineConfigTab()
{
    if (m_saveTimer->isActive())
        saveDraft();
}

void MachineConfigTab::setAccount(const QString &accountId, api::ApiClient *client)
{
    m_accountId = accountId;
    m_client = client;
}

ReviewDialog *MachineConfigTab::reviewDialog() const
{
    return m_review;
}

core::OperationJob *MachineConfigTab::applyJob() const
{
    return m_applyJob;
}

QString MachineConfigTab::machineLabel() const
{
    const QString name = m_record.machine.name();
    return name.isEmpty() ? m_record.machine.id() : name;
}

void MachineConfigTab::setMachine(
    const core::MachineRecord &record, const ConfigEditorContext &context)
{
    const bool sameMachine =
        record.machine.id() == m_record.machine.id() && record.appName == m_record.appName;
    if (sameMachine && m_saveTimer->isActive())
        saveDraft();
    if (!sameMachine)
        m_appliedNote.clear();
    m_record = record;
    m_context = context;
    if (sameMachine && (m_editor->isModified() || m_applyJob)) {
        // Keep the user's edit; a change on the server shows up when they apply.
        m_editor->setContext(context);
        onDraftChanged();
        return;
    }
    const auto draft = m_drafts.draft(m_accountId, record.appName, record.machine.id());
    if (draft && !draft->base.isEmpty()) {
        m_baseVersion = draft->baseVersion;
        m_editor->load(api::MachineConfig(draft->base), context, draft->config);
    } else {
        m_baseVersion = record.machine.version();
        m_editor->load(record.machine.config(), context);
    }
    onDraftChanged();
}

void MachineConfigTab::onDraftChanged()
{
    const bool running = m_applyJob && !m_applyJob->isFinished();
    const QStringList problems = m_editor->problems();
    const bool modified = m_editor->isModified();
    m_reviewButton->setEnabled(modified && problems.isEmpty() && !running && m_client);
    m_discard->setEnabled(modified && !running);
    m_editor->setEnabled(!running);
    if (running)
        showStatus(tr("Applying…"));
    else if (!modified)
        showStatus(m_appliedNote.isEmpty() ? tr("No changes.") : m_appliedNote);
    else if (!problems.isEmpty())
        showStatus(
            tr("%n problem(s) to fix before this can be applied.", nullptr, int(problems.size())),
            true);
    else if (!m_baseVersion.isEmpty() && m_baseVersion != m_record.machine.version())
        showStatus(tr("Unsaved changes, started from an older version of the config; the review "
                      "will offer to re-apply them onto the current one."));
    else
        showStatus(tr("Unsaved changes, kept until you apply or discard them."));
    if (!m_record.machine.id().isEmpty() && !isHidden())
        m_saveTimer->start();
    else if (!m_record.machine.id().isEmpty())
        saveDraft();
}

void MachineConfigTab::saveDraft()
{
    m_saveTimer->stop();
    const QString app = m_record.appName;
    const QString id = m_record.machine.id();
    if (id.isEmpty())
        return;
    if (m_editor->isModified())
        m_drafts.save(m_accountId, app, id,
            {m_editor->draft().json(), m_baseVersion, m_editor->original().json()});
    else
        m_drafts.discard(m_accountId, app, id);
}

void MachineConfigTab::discardDraft()
{
    m_saveTimer->stop();
    m_drafts.discard(m_accountId, m_record.appName, m_record.machine.id());
    m_baseVersion = m_record.machine.version();
    m_editor->load(m_record.machine.config(), m_context);
    onDraftChanged();
}

ReviewDialog *MachineConfigTab::newReview()
{
    if (m_review)
        m_review->close();
    auto *dialog = new ReviewDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_review = dialog;
    return dialog;
}

bool MachineConfigTab::reviewAndApply()
{
    if (!m_editor->isModified() || !m_editor->problems().isEmpty() || !m_client)
        return false;
    saveDraft();
    ReviewDialog *dialog = newReview();
    const api::MachineConfig draft = m_editor->draft();
    dialog->reviewChanges(machineLabel(), m_editor->original(), draft, m_record.machine.state());
    connect(dialog, &ReviewDialog::applyRequested, this,
        [this, draft] { apply(draft, m_baseVersion); });
    dialog->open();
    return true;
}

void MachineConfigTab::reviewRestore(const QString &versionId, const api::MachineConfig &config)
{
    if (!m_client)
        return;
    ReviewDialog *dialog = newReview();
    dialog->reviewRestore(
        machineLabel(), versionId, m_record.machine.config(), config, m_record.machine.state());
    const QString expected = m_record.machine.version();
    connect(dialog, &ReviewDialog::applyRequested, this,
        [this, config, expected] { apply(config, expected); });
    dialog->open();
}

void MachineConfigTab::apply(const api::MachineConfig &config, const QString &expectedVersion)
{
    if (!m_client)
        return;
    auto operation = std::make_unique<api::UpdateAndWait>(
        *m_client, m_record.appName, m_record.machine.id(), config, expectedVersion);
    auto *job =
        new core::OperationJob(tr("Apply config to %1").arg(machineLabel()), std::move(operation));
    job->setSuccessSummary(tr("%1 runs the new config").arg(machineLabel()));
    m_applyJob = job;
    connect(job, &core::Job::finished, this, [this, job, config] { onApplyFinished(job, config); });
    m_jobs.add(job);
    onDraftChanged();
}

void MachineConfigTab::onApplyFinished(core::OperationJob *job, const api::MachineConfig &sent)
{
    if (m_applyJob == job)
        m_applyJob = nullptr;
    const api::MachineOperation *operation = job->operation();
    if (job->state() == core::Job::State::Succeeded && operation) {
        const api::Machine machine = operation->machine();
        m_drafts.discard(m_accountId, m_record.appName, m_record.machine.id());
        if (!machine.id().isEmpty())
            m_record.machine = machine;
        m_baseVersion = m_record.machine.version();
        m_appliedNote = tr("Applied at %1: %2 runs version %3.")
                            .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat),
                                machineLabel(), m_baseVersion);
        m_editor->load(m_record.machine.config(), m_context);
        onDraftChanged();
        emit applied(m_record.machine);
        return;
    }
    onDraftChanged();
    if (job->state() == core::Job::State::Cancelled) {
        showStatus(tr("Apply cancelled; your changes are kept."));
        return;
    }
    if (isConflict(job->error())) {
        onConflict(sent);
        return;
    }
    showStatus(tr("Could not apply: %1 Your changes are kept.").arg(job->errorMessage()), true);
}

void MachineConfigTab::onConflict(const api::MachineConfig &mine)
{
    showStatus(tr("Someone changed %1 meanwhile; loading their version…").arg(machineLabel()));
    const api::MachineConfig base = m_editor->original();
    const QString app = m_record.appName;
    const QString id = m_record.machine.id();
    m_client->getMachine(app, id).then(
        this, [this, base, mine, app, id](const api::Result<api::Machine> &result) {
            if (app != m_record.appName || id != m_record.machine.id())
                return; // the user moved on to another machine
            if (!result) {
                showStatus(tr("Someone changed %1 meanwhile, and reading the new config failed: %2 "
                              "Your changes are kept.")
                               .arg(machineLabel(), result.error().message()),
                    true);
                return;
            }
            const api::Machine server = result.value();
            ReviewDialog *dialog = newReview();
            dialog->showConflict(machineLabel(), base, server.config(), mine);
            connect(dialog, &ReviewDialog::reapplyRequested, this, [this, base, mine, server] {
                const api::MachineConfig rebased(
                    core::rebaseEdits(base.json(), mine.json(), server.config().json()));
                m_record.machine = server;
                m_baseVersion = server.version();
                m_editor->load(server.config(), m_context, rebased.json());
                saveDraft();
                apply(rebased, server.version());
            });
            connect(dialog, &ReviewDialog::discardRequested, this, [this, server] {
                m_record.machine = server;
                discardDraft();
                showStatus(tr("Your changes were discarded; this is the config %1 runs now.")
                               .arg(machineLabel()));
            });
            connect(dialog, &QDialog::rejected, this, [this] {
                showStatus(tr("Not applied: the machine changed meanwhile. Your changes are kept; "
                              "review again to re-apply them."),
                    true);
            });
            dialog->open();
        });
}

void MachineConfigTab::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
}

} // namespace hangar::gui
