#pragma once

#include <QDialog>
#include <QPointer>

class QColor;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;
class QDialogButtonBox;

namespace hangar::core {
class Job;
class JobManager;
} // namespace hangar::core

namespace hangar::gui {

// Red for problem text that stays readable on light and dark window colours.
QColor problemTextColor(const QWidget *widget);

// A dialog whose main button runs a job, listed in the activity dock like every other. The
// button stays disabled until the input is valid. While the job runs the form and the button
// are disabled and a busy bar says what is happening; success closes the dialog, failure shows
// the error in place and hands the form back, so nothing typed is lost. Closing the dialog while
// the job runs (Esc, Cancel) leaves the job running in the dock.
//
// Subclasses build their form with setForm(), call setInputValid() whenever the input changes,
// and the owner answers submitted() by building the job and passing it to run().
class JobDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDialog)

public:
    ~JobDialog() override;

    // Adds the job to `jobs` (which starts it) and follows it to its end.
    void run(core::Job *job, core::JobManager &jobs);
    bool isBusy() const { return !m_job.isNull(); }
    bool isInputValid() const { return m_inputValid; }
    QPushButton *submitButton() const { return m_submit; }
    // The error of the last failed job, or empty.
    QString errorText() const;
    // Shows a problem that is not a job's (e.g. a list that did not load); empty clears it.
    void showError(const QString &message, const QString &details = {});
    // Said when the account a dialog works for was removed while it was open.
    static QString accountGone();

signals:
    // The main button was pressed with valid input.
    void submitted();
    // The job ended well; the dialog closes right after.
    void jobSucceeded(hangar::core::Job *job);

protected:
    explicit JobDialog(QWidget *parent = nullptr);

    // The form goes above the status line and the buttons; the dialog takes ownership.
    void setForm(QWidget *form);
    void setSubmitText(const QString &text);
    void setInputValid(bool valid);
    // A red line under a field that says what is wrong with it; hidden while empty.
    static QLabel *makeProblemLabel(const QString &objectName, QWidget *parent);
    static void setProblem(QLabel *label, const QString &problem);
    // The field with its problem label under it, for a form row.
    static QWidget *withProblem(QWidget *field, QLabel *problem, QWidget *parent);

private:
    void submit();
    void setBusy(bool busy, const QString &text = {});
    void onJobFinished(core::Job *job);

    QVBoxLayout *m_layout;
    QWidget *m_form = nullptr;
    QProgressBar *m_busyBar;
    QLabel *m_busyLabel;
    QWidget *m_busyRow;
    QLabel *m_errorLabel;
    QLabel *m_detailsLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submit;
    QPointer<core::Job> m_job;
    bool m_inputValid = false;
};

} // namespace hangar::gui
