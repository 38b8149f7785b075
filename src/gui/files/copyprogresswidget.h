#pragma once

#include "core/transfer/copyjob.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace hangar::gui {

// One copy in the Files tab: the file being copied with its own bar, the whole copy's bar,
// throughput and time left, Cancel; at the end the summary, and Retry for failed files.
class CopyProgressWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyProgressWidget)

public:
    explicit CopyProgressWidget(core::CopyJob *job, QWidget *parent = nullptr);
    ~CopyProgressWidget() override;

    core::CopyJob *job() const { return m_job; }

signals:
    void retryRequested(hangar::core::CopyJob *job);
    void dismissed();

private:
    void refresh();

    QPointer<core::CopyJob> m_job;
    QLabel *m_title;
    QLabel *m_file;
    QProgressBar *m_fileBar;
    QProgressBar *m_totalBar;
    QLabel *m_rate;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_dismiss;
};

} // namespace hangar::gui
