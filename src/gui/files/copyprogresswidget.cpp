#include "gui/files/copyprogresswidget.h"

#include "core/transfer/copyjob.h"
#include "gui/files/filesformat.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace hangar::gui {

CopyProgressWidget::CopyProgressWidget(core::CopyJob *job, QWidget *parent)
    : QWidget(parent)
    , m_job(job)
    , m_title(new QLabel(this))
    , m_file(new QLabel(this))
    , m_fileBar(new QProgressBar(this))
    , m_totalBar(new QProgressBar(this))
    , m_rate(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry Failed Files"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("copyProgress"));
    m_title->setObjectName(QStringLiteral("copyTitle"));
    m_file->setObjectName(QStringLiteral("copyCurrentFile"));
    m_fileBar->setObjectName(QStringLiteral("copyFileBar"));
    m_totalBar->setObjectName(QStringLiteral("copyTotalBar"));
    m_rate->setObjectName(QStringLiteral("copyRate"));
    m_cancel->setObjectName(QStringLiteral("copyCancelButton"));
    m_retry->setObjectName(QStringLiteral("copyRetryButton"));
    m_dismiss->setObjectName(QStringLiteral("copyDismissButton"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_file->setTextFormat(Qt::PlainText);
    m_rate->setTextFormat(Qt::PlainText);
    m_fileBar->setRange(0, 1000);
    m_totalBar->setRange(0, 1000);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_cancel, 0, 2);
    layout->addWidget(m_retry, 0, 3);
    layout->addWidget(m_dismiss, 0, 4);
    layout->addWidget(m_file, 1, 0);
    layout->addWidget(m_fileBar, 1, 1, 1, 4);
    layout->addWidget(m_rate, 2, 0);
    layout->addWidget(m_totalBar, 2, 1, 1, 4);
    layout->setColumnStretch(1, 1);

    connect(m_cancel, &QPushButton::clicked, job, &core::Job::cancel);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_job)
            emit retryRequested(m_job);
    });
    connect(m_dismiss, &QPushButton::clicked, this, &CopyProgressWidget::dismissed);
    connect(job, &core::CopyJob::transferProgress, this, &CopyProgressWidget::refresh);
    connect(job, &core::Job::changed, this, &CopyProgressWidget::refresh);
    refresh();
}

CopyProgressWidget::~CopyProgressWidget() = default;

void CopyProgressWidget::refresh()
{
    if (!m_job)
        return;
    const bool finished = m_job->isFinished();
    m_title->setText(finished && !m_job->summary().isEmpty()
            ? QStringLiteral("%1 — %2").arg(m_job->title(), m_job->summary())
            : m_job->title());
    m_cancel->setVisible(!finished);
    m_retry->setVisible(finished && !m_job->retryRequest().exactFiles.isEmpty());
    m_dismiss->setVisible(finished);

    const int current = m_job->currentItem();
    const qint64 total = m_job->bytesTotal();
    m_totalBar->setValue(
        total > 0 ? int(m_job->bytesDone() * 1000 / total) : (finished ? 1000 : 0));
    m_totalBar->setFormat(
        tr("%1 of %2").arg(formatFileSize(m_job->bytesDone()), formatFileSize(total)));
    if (current >= 0) {
        const core::CopyItem &item = m_job->items().at(size_t(current));
        m_file->setText(item.relativePath);
        m_fileBar->setValue(item.size > 0 ? int(item.bytesDone * 1000 / item.size) : 0);
        m_fileBar->setFormat(QStringLiteral("%p%"));
        m_fileBar->setEnabled(true);
    } else {
        m_file->setText(finished
                ? (m_job->state() == core::Job::State::Failed ? m_job->errorMessage() : QString())
                : m_job->currentStep());
        m_fileBar->setValue(finished ? 1000 : 0);
        m_fileBar->setEnabled(false);
    }
    if (finished) {
        m_rate->clear();
    } else {
        const double rate = m_job->bytesPerSecond();
        m_rate->setText(rate > 0
                ? tr("%1 · %2").arg(formatRate(rate), formatTimeLeft(m_job->secondsLeft()))
                : tr("Preparing…"));
    }
}

} // namespace hangar::gui
