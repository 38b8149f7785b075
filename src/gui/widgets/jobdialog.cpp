#include "gui/widgets/jobdialog.h"

#include "core/jobs/job.h"
#include "core/jobs/jobmanager.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hangar::gui {

namespace {

// On a problem label: the field it is about.
constexpr char kFieldProperty[] = "hangarProblemField";

} // namespace

QColor problemTextColor(const QWidget *widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x80, 0x80)
                                                                       : QColor(0xc0, 0x1c, 0x28);
}

JobDialog::JobDialog(QWidget *parent)
    : QDialog(parent)
    , m_layout(new QVBoxLayout(this))
    , m_busyBar(new QProgressBar(this))
    , m_busyLabel(new QLabel(this))
    , m_busyRow(new QWidget(this))
    , m_errorLabel(makeProblemLabel(QStringLiteral("errorLabel"), this))
    , m_detailsLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_submit(m_buttons->addButton(tr("&OK"), QDialogButtonBox::AcceptRole))
{
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(120);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyBar);
    busyLayout->addWidget(m_busyLabel, 1);
    m_busyRow->hide();

    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setObjectName(QStringLiteral("errorDetailsLabel"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_detailsLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_detailsLabel->setFont(small);
    m_detailsLabel->hide();

    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    m_submit->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_submit, &QPushButton::clicked, this, &JobDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_layout->addWidget(m_busyRow);
    m_layout->addWidget(m_errorLabel);
    m_layout->addWidget(m_detailsLabel);
    m_layout->addWidget(m_buttons);
}

JobDialog::~JobDialog() = default;

void JobDialog::setForm(QWidget *form)
{
    Q_ASSERT(!m_form);
    m_form = form;
    form->setParent(this);
    m_layout->insertWidget(0, form, 1);
}

void JobDialog::setSubmitText(const QString &text)
{
    m_submit->setText(text);
}

void JobDialog::setInputValid(bool valid)
{
    m_inputValid = valid;
    m_submit->setEnabled(valid && !isBusy());
}

QString JobDialog::errorText() const
{
    return m_errorLabel->text();
}

QString JobDialog::accountGone()
{
    return tr("The account was removed while this was open; nothing can be done for it now.");
}

void JobDialog::showError(const QString &message, const QString &details)
{
    setProblem(m_errorLabel, message);
    m_detailsLabel->setText(details);
    m_detailsLabel->setVisible(!message.isEmpty() && !details.isEmpty());
}

QLabel *JobDialog::makeProblemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, problemTextColor(parent));
    label->setPalette(palette);
    label->hide();
    return label;
}

void JobDialog::setProblem(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    // Screen readers announce the reason with the field.
    if (auto *field = qobject_cast<QWidget *>(label->property(kFieldProperty).value<QObject *>()))
        field->setAccessibleDescription(problem);
}

QWidget *JobDialog::withProblem(QWidget *field, QLabel *problem, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    problem->setProperty(kFieldProperty, QVariant::fromValue<QObject *>(field));
    return box;
}

void JobDialog::submit()
{
    if (!m_inputValid || isBusy())
        return;
    emit submitted();
}

void JobDialog::run(core::Job *job, core::JobManager &jobs)
{
    showError({});
    m_job = job;
    setBusy(true, job->title());
    // Connected before the manager starts it: a job may end inside start().
    connect(job, &core::Job::finished, this, [this, job] { onJobFinished(job); });
    jobs.add(job);
}

void JobDialog::setBusy(bool busy, const QString &text)
{
    m_busyLabel->setText(busy ? tr("%1…").arg(text) : QString());
    m_busyRow->setVisible(busy);
    if (m_form)
        m_form->setEnabled(!busy);
    m_submit->setEnabled(m_inputValid && !busy);
}

void JobDialog::onJobFinished(core::Job *job)
{
    if (job != m_job)
        return;
    m_job.clear();
    setBusy(false);
    if (job->state() == core::Job::State::Succeeded) {
        emit jobSucceeded(job);
        accept();
        return;
    }
    if (job->state() == core::Job::State::Cancelled)
        showError(tr("Cancelled before it finished. Nothing you entered was lost."));
    else
        showError(job->errorMessage(), job->errorDetails());
    if (m_form)
        m_form->setFocus();
}

} // namespace hangar::gui
