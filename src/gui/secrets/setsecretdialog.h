#pragma once

#include "gui/widgets/jobdialog.h"

#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hangar::gui {

// Sets one app secret: a name (checked as it is typed) and a value typed into a password field,
// shown only while "Show while typing" is ticked, or read from a file (a PEM key, a
// certificate). A value of several lines is kept exactly, and the dialog says how many lines it
// has, since the one-line field cannot show them. The value goes to Fly.io and is never read
// back; the field is emptied as soon as the dialog closes, whatever the outcome.
class SetSecretDialog final : public JobDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetSecretDialog)

public:
    explicit SetSecretDialog(const QString &app, QWidget *parent = nullptr);
    ~SetSecretDialog() override;

    // Names that exist already: setting one of them replaces its value (the dialog says so).
    void setExistingNames(const QStringList &names);
    // Replaces the value of this secret: the name is filled in and the value field has focus.
    void setName(const QString &name);

    QString name() const;
    // The typed value; read it once, when submitted() is emitted.
    QString value() const;
    QString nameProblem() const;
    QString valueProblem() const;

    // Letters, digits and underscores, not starting with a digit; empty when fine.
    static QString problemWithName(const QString &name);

    // Takes the value from a text file (what "From File…" does once a file is chosen). On
    // failure the value is left as it was and the reason is shown and returned.
    QString loadValueFromFile(const QString &path);
    // Secrets are text, and Fly.io limits their size: larger files are refused.
    static constexpr qint64 MaxValueBytes = 64 * 1024;

public slots:
    void done(int result) override;

private:
    void validate();
    void chooseFile();

    QStringList m_existing;
    bool m_nameEdited = false;
    bool m_valueEdited = false;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QLabel *m_replaceNote;
    QLineEdit *m_value;
    QLabel *m_valueProblem;
    QLabel *m_valueNote;
    QPushButton *m_fromFile;
    QCheckBox *m_show;
    QString m_fileProblem; // why the last file could not be used, until the value changes
    QString m_valueFile; // the file the value came from, until it is edited
};

} // namespace hangar::gui
