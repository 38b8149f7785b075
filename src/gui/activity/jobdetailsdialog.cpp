#include "gui/activity/jobdetailsdialog.h"

#include "core/jobs/job.h"
#include "gui/activity/jobitemdelegate.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hangar::gui {

namespace {

QString stateText(core::Job::State state)
{
    switch (state) {
    case core::Job::State::Queued:
        return JobDetailsDialog::tr("Waiting to start");
    case core::Job::State::Running:
        return JobDetailsDialog::tr("Running");
    case core::Job::State::Succeeded:
        return JobDetailsDialog::tr("Finished");
    case core::Job::State::Failed:
        return JobDetailsDialog::tr("Failed");
    case core::Job::State::Cancelled:
        return JobDetailsDialog::tr("Cancelled");
    }
    return {};
}

} // namespace

JobDetailsDialog::JobDetailsDialog(core::Job *job, QWidget *parent)
    : QDialog(parent)
    , m_job(job)
    , m_heading(new QLabel(this))
    , m_error(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("jobDetailsDialog"));
    setWindowTitle(tr("Activity details"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(560, 380);

    m_heading->setObjectName(QStringLiteral("jobDetailsHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("jobDetailsErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, JobItemDelegate::errorColor(palette()));
    m_error->setPalette(errorPalette);
    m_text->setObjectName(QStringLiteral("jobDetailsText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("jobDetailsButtons"));
    auto *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDetailsButton"));
    copy->setToolTip(tr("Copy the details, including the request id, to the clipboard"));
    connect(copy, &QPushButton::clicked, this, &JobDetailsDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_error);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);

    if (m_job)
        connect(m_job, &core::Job::changed, this, &JobDetailsDialog::refresh);
    refresh();
}

JobDetailsDialog::~JobDetailsDialog() = default;

QString JobDetailsDialog::reportText() const
{
    QStringList lines {m_heading->text()};
    if (!m_error->text().isEmpty())
        lines << m_error->text();
    lines << QString() << m_text->toPlainText();
    return lines.join(QLatin1Char('\n'));
}

void JobDetailsDialog::refresh()
{
    if (!m_job)
        return; // the job was cleared: keep showing what it said
    const QString summary = m_job->summary();
    m_heading->setText(summary.isEmpty()
            ? tr("%1 — %2").arg(m_job->title(), stateText(m_job->state()))
            : tr("%1 — %2: %3").arg(m_job->title(), stateText(m_job->state()), summary));
    m_error->setText(m_job->errorMessage());
    m_error->setVisible(!m_job->errorMessage().isEmpty());

    QStringList text;
    const QString details = m_job->errorDetails();
    if (!details.isEmpty())
        text << details << QString();
    const QLocale locale;
    for (const core::JobLogEntry &entry : m_job->log())
        text << QString(locale.toString(entry.time.time(), QStringLiteral("HH:mm:ss"))
            + QLatin1String("  ") + entry.text);
    m_text->setPlainText(text.join(QLatin1Char('\n')));
}

void JobDetailsDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(reportText());
}

} // namespace hangar::gui
