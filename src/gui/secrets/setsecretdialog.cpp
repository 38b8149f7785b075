#include "gui/secrets/setsecretdialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace hangar::gui {

namespace {

bool isNameCharacter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
}

} // namespace

SetSecretDialog::SetSecretDialog(const QString &app, QWidget *parent)
    : JobDialog(parent)
{
    setObjectName(QStringLiteral("setSecretDialog"));
    setWindowTitle(tr("Set Secret in %1").arg(app));
    setSubmitText(tr("&Set Secret"));
    auto *form = new QWidget(this);
    auto *intro = new QLabel(tr("Secrets reach the app's machines as environment variables. The "
                                "value is stored encrypted by Fly.io and never shown again; "
                                "machines get it when they are next updated or created."),
        form);
    intro->setWordWrap(true);

    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("secretNameEdit"));
    m_name->setPlaceholderText(tr("e.g. DATABASE_URL"));
    m_nameProblem = makeProblemLabel(QStringLiteral("nameProblemLabel"), form);
    m_replaceNote = new QLabel(form);
    m_replaceNote->setObjectName(QStringLiteral("replaceNoteLabel"));
    m_replaceNote->setWordWrap(true);
    m_replaceNote->hide();

    m_value = new QLineEdit(form);
    m_value->setObjectName(QStringLiteral("secretValueEdit"));
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setInputMethodHints(
        Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_value->setContextMenuPolicy(Qt::NoContextMenu);
    m_valueProblem = makeProblemLabel(QStringLiteral("valueProblemLabel"), form);
    m_show = new QCheckBox(tr("Sho&w while typing"), form);
    m_show->setObjectName(QStringLiteral("showValueCheck"));
    m_show->setToolTip(tr("Shows the value in this field only; it is never shown once set."));

    auto *nameBox = withProblem(m_name, m_nameProblem, form);
    nameBox->layout()->addWidget(m_replaceNote);
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *nameCaption = new QLabel(tr("&Name:"), form);
    nameCaption->setBuddy(m_name);
    fields->addRow(nameCaption, nameBox);
    auto *valueCaption = new QLabel(tr("&Value:"), form);
    valueCaption->setBuddy(m_value);
    fields->addRow(valueCaption, withProblem(m_value, m_valueProblem, form));
    fields->addRow(QString(), m_show);
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(fields);
    setForm(form);
    setMinimumWidth(480);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        validate();
    });
    connect(m_name, &QLineEdit::textChanged, this, &SetSecretDialog::validate);
    connect(m_value, &QLineEdit::textEdited, this, [this] {
        m_valueEdited = true;
        validate();
    });
    connect(m_value, &QLineEdit::textChanged, this, &SetSecretDialog::validate);
    connect(m_show, &QCheckBox::toggled, this, [this](bool show) {
        m_value->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    validate();
    m_name->setFocus();
}

SetSecretDialog::~SetSecretDialog()
{
    m_value->clear();
}

void SetSecretDialog::setExistingNames(const QStringList &names)
{
    m_existing = names;
    validate();
}

void SetSecretDialog::setName(const QString &name)
{
    m_name->setText(name);
    m_value->setFocus();
}

QString SetSecretDialog::name() const
{
    return m_name->text();
}

QString SetSecretDialog::value() const
{
    return m_value->text();
}

QString SetSecretDialog::problemWithName(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter a name, for example DATABASE_URL.");
    if (name.front().isDigit())
        return tr("A name cannot start with a digit.");
    for (const QChar c : name) {
        if (isNameCharacter(c))
            continue;
        if (c == QLatin1Char('-'))
            return tr("Use underscores instead of dashes, for example “%1”.")
                .arg(QString(name).replace(QLatin1Char('-'), QLatin1Char('_')));
        if (c.isSpace())
            return tr("A name cannot contain spaces; use underscores.");
        return tr("“%1” is not allowed: use letters, digits and underscores, as in an "
                  "environment variable.")
            .arg(c);
    }
    return {};
}

QString SetSecretDialog::nameProblem() const
{
    return problemWithName(m_name->text());
}

QString SetSecretDialog::valueProblem() const
{
    return m_value->text().isEmpty() ? tr("Enter the value.") : QString();
}

void SetSecretDialog::validate()
{
    const QString nameText = nameProblem();
    const QString valueText = valueProblem();
    setProblem(m_nameProblem, m_name->text().isEmpty() && !m_nameEdited ? QString() : nameText);
    setProblem(m_valueProblem, m_value->text().isEmpty() && !m_valueEdited ? QString() : valueText);
    const bool replaces = nameText.isEmpty() && m_existing.contains(m_name->text());
    m_replaceNote->setText(
        replaces ? tr("%1 exists: its value will be replaced.").arg(m_name->text()) : QString());
    m_replaceNote->setVisible(replaces);
    setInputValid(nameText.isEmpty() && valueText.isEmpty());
}

void SetSecretDialog::done(int result)
{
    // Whatever the outcome, the value leaves the window with the dialog.
    m_value->clear();
    m_show->setChecked(false);
    JobDialog::done(result);
}

} // namespace hangar::gui
