#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;

namespace hangar::core {
class Job;
}

namespace hangar::gui {

// What a job did and why it failed: the error sentence, the technical details (status, server
// text, fly-request-id) and the log of steps, with a button that copies it all for a bug report
// or Fly's support. Follows the job while it is open.
class JobDetailsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDetailsDialog)

public:
    explicit JobDetailsDialog(core::Job *job, QWidget *parent = nullptr);
    ~JobDetailsDialog() override;

    // Everything the dialog shows, as plain text.
    QString reportText() const;

private:
    void refresh();
    void copyToClipboard();

    QPointer<core::Job> m_job;
    QLabel *m_heading;
    QLabel *m_error;
    QPlainTextEdit *m_text;
};

} // namespace hangar::gui
