#pragma once

#include "gui/widgets/jobdialog.h"

#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace hangar::gui {

// Sets one app secret: a name (checked as it is typed) and a value typed into a password field,
// shown only while "Show while typing" is ticked. The value goes to Fly.io and is never read
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

public slots:
    void done(int result) override;

private:
    void validate();

    QStringList m_existing;
    bool m_nameEdited = false;
    bool m_valueEdited = false;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QLabel *m_replaceNote;
    QLineEdit *m_value;
    QLabel *m_valueProblem;
    QCheckBox *m_show;
};

} // namespace hangar::gui
