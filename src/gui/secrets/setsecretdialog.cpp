#include "gui/secrets/setsecretdialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringDecoder>
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
    // QLineEdit keeps 32767 characters unless told otherwise; one more than allowed is kept,
    // so that a longer paste is reported instead of cut silently.
    m_value->setMaxLength(int(MaxValueBytes) + 1);
    m_valueProblem = makeProblemLabel(QStringLiteral("valueProblemLabel"), form);
    m_valueNote = new QLabel(form);
    m_valueNote->setObjectName(QStringLiteral("valueNoteLabel"));
    m_valueNote->setWordWrap(true);
    m_valueNote->hide();
    m_fromFile = new QPushButton(tr("From &File…"), form);
    m_fromFile->setObjectName(QStringLiteral("valueFromFileButton"));
    m_fromFile->setToolTip(tr("Uses the contents of a text file, such as a key or a "
                              "certificate, as the value."));
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
    auto *valueRow = new QWidget(form);
    auto *valueRowLayout = new QHBoxLayout(valueRow);
    valueRowLayout->setContentsMargins(0, 0, 0, 0);
    valueRowLayout->addWidget(m_value, 1);
    valueRowLayout->addWidget(m_fromFile);
    auto *valueBox = withProblem(valueRow, m_valueProblem, form);
    valueBox->layout()->addWidget(m_valueNote);
    fields->addRow(valueCaption, valueBox);
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
        m_valueFile.clear(); // typed over: no longer the file's contents
        validate();
    });
    connect(m_value, &QLineEdit::textChanged, this, [this] {
        m_fileProblem.clear();
        validate();
    });
    connect(m_fromFile, &QPushButton::clicked, this, &SetSecretDialog::chooseFile);
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
    if (!m_fileProblem.isEmpty())
        return m_fileProblem;
    if (m_value->text().toUtf8().size() > MaxValueBytes)
        return tr("The value is too long for a secret (%1 KiB at most).").arg(MaxValueBytes / 1024);
    return m_value->text().isEmpty() ? tr("Enter the value.") : QString();
}

void SetSecretDialog::chooseFile()
{
    auto *chooser = new QFileDialog(this, tr("Secret Value From File"), QDir::homePath());
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    connect(chooser, &QFileDialog::fileSelected, this,
        [this](const QString &path) { loadValueFromFile(path); });
    chooser->open();
}

QString SetSecretDialog::loadValueFromFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QString problem;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problem = tr("%1 could not be read: %2").arg(name, file.errorString());
    } else if (file.size() > MaxValueBytes) {
        problem = tr("%1 is too large for a secret (%2 KiB at most).")
                      .arg(name)
                      .arg(MaxValueBytes / 1024);
    } else {
        const QByteArray bytes = file.readAll();
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8.decode(bytes);
        if (utf8.hasError() || bytes.contains('\0')) {
            problem = tr("%1 is not a text file: a secret's value must be text.").arg(name);
        } else {
            m_valueEdited = true;
            m_valueFile = name;
            m_fileProblem.clear(); // the same text again changes nothing, so say it here
            m_value->setText(text);
            validate();
            return {};
        }
    }
    m_valueEdited = true;
    m_fileProblem = problem;
    validate();
    return problem;
}

void SetSecretDialog::validate()
{
    const QString nameText = nameProblem();
    const QString valueText = valueProblem();
    setProblem(m_nameProblem, m_name->text().isEmpty() && !m_nameEdited ? QString() : nameText);
    setProblem(m_valueProblem, m_value->text().isEmpty() && !m_valueEdited ? QString() : valueText);
    // The field shows one line; say what it holds when that is not all of it.
    const QString value = m_value->text();
    const int lines =
        int(value.count(QLatin1Char('\n'))) + (value.endsWith(QLatin1Char('\n')) ? 0 : 1);
    QString note;
    if (!value.isEmpty() && value.contains(QLatin1Char('\n'))) {
        note = m_valueFile.isEmpty()
            ? tr("%n line(s), kept exactly as pasted.", nullptr, lines)
            : tr("%n line(s) from %1, kept exactly.", nullptr, lines).arg(m_valueFile);
    } else if (!value.isEmpty() && !m_valueFile.isEmpty()) {
        note = tr("From %1.").arg(m_valueFile);
    }
    m_valueNote->setText(note);
    m_valueNote->setVisible(!note.isEmpty() && valueText.isEmpty());
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
    m_valueFile.clear();
    m_show->setChecked(false);
    JobDialog::done(result);
}

} // namespace hangar::gui
