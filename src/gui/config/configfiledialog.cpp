#include "gui/config/configfiledialog.h"

#include "gui/config/configsection.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace hangar::gui {

int parseFileMode(const QString &text)
{
    bool ok = false;
    const int mode = text.trimmed().toInt(&ok, 8);
    return ok && mode >= 0 && mode <= 07777 ? mode : -1;
}

QString previewOfContent(const QByteArray &bytes, int maxLines)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError() || text.contains(QChar(0)))
        return QObject::tr("Binary content, %1.").arg(QLocale().formattedDataSize(bytes.size()));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString shown = lines.mid(0, maxLines).join(QLatin1Char('\n'));
    if (lines.size() > maxLines)
        shown += QLatin1Char('\n')
            + QObject::tr("… %n more line(s)", nullptr, int(lines.size() - maxLines));
    return shown;
}

ConfigFileDialog::ConfigFileDialog(QStringList secretNames, QStringList takenPaths, QWidget *parent)
    : QDialog(parent)
    , m_secretNames(std::move(secretNames))
    , m_takenPaths(std::move(takenPaths))
    , m_guestPath(new QLineEdit(this))
    , m_mode(new QLineEdit(QStringLiteral("0644"), this))
    , m_fromFile(new QRadioButton(tr("A &local file"), this))
    , m_fromText(new QRadioButton(tr("&Text typed here"), this))
    , m_fromSecret(new QRadioButton(tr("An app &secret"), this))
    , m_localPath(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_secret(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("configFileDialog"));
    setWindowTitle(tr("Config file"));
    m_guestPath->setObjectName(QStringLiteral("guestPathEdit"));
    m_guestPath->setPlaceholderText(QStringLiteral("/etc/nginx/nginx.conf")); // i18n: verbatim
    setHelp(m_guestPath, tr("Where the file is written inside the machine, each time it boots."));
    m_mode->setObjectName(QStringLiteral("fileModeEdit"));
    m_mode->setMaximumWidth(80);
    setHelp(m_mode,
        tr("Permissions in octal, such as 0644 (readable by all) or 0600 (owner "
           "only)."));
    m_fromFile->setObjectName(QStringLiteral("fromLocalFileRadio"));
    m_fromText->setObjectName(QStringLiteral("fromTextRadio"));
    m_fromSecret->setObjectName(QStringLiteral("fromSecretRadio"));
    m_fromFile->setChecked(true);
    auto *sources = new QButtonGroup(this);
    sources->addButton(m_fromFile);
    sources->addButton(m_fromText);
    sources->addButton(m_fromSecret);
    m_localPath->setObjectName(QStringLiteral("localPathEdit"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    m_text->setObjectName(QStringLiteral("fileTextEdit"));
    m_text->setPlaceholderText(tr("The file's content"));
    m_text->setMinimumHeight(100);
    m_secret->setObjectName(QStringLiteral("secretCombo"));
    m_secret->addItems(m_secretNames);
    setHelp(m_secret,
        tr("The secret's value becomes the file's content; it never appears in the "
           "machine config."));
    m_fromSecret->setEnabled(!m_secretNames.isEmpty());
    if (m_secretNames.isEmpty())
        m_fromSecret->setToolTip(tr("This app has no secrets yet."));
    m_preview->setObjectName(QStringLiteral("filePreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setStyleSheet(QStringLiteral("font-family: monospace;"));
    m_problem->setObjectName(QStringLiteral("fileProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c;"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_localPath, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Path in the machine:"), m_guestPath);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("Content from:"), m_fromFile);
    form->addRow(QString(), fileRow);
    form->addRow(QString(), m_fromText);
    form->addRow(QString(), m_text);
    form->addRow(QString(), m_fromSecret);
    form->addRow(QString(), m_secret);
    form->addRow(tr("Preview:"), m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(560, 480);

    connect(browse, &QPushButton::clicked, this, &ConfigFileDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConfigFileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConfigFileDialog::reject);
    for (QLineEdit *edit : {m_guestPath, m_mode, m_localPath})
        connect(edit, &QLineEdit::textChanged, this, &ConfigFileDialog::refresh);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ConfigFileDialog::refresh);
    connect(m_secret, qOverload<int>(&QComboBox::currentIndexChanged), this,
        &ConfigFileDialog::refresh);
    connect(sources, &QButtonGroup::buttonToggled, this, &ConfigFileDialog::refresh);
    connect(m_localPath, &QLineEdit::editingFinished, this, &ConfigFileDialog::showLocalPreview);
    refresh();
}

ConfigFileDialog::~ConfigFileDialog() = default;

void ConfigFileDialog::setFile(const api::FileConfig &file)
{
    m_result = file;
    m_takenPaths.removeAll(file.guestPath());
    m_guestPath->setText(file.guestPath());
    if (file.mode() > 0)
        m_mode->setText(QStringLiteral("0%1").arg(file.mode(), 0, 8));
    if (!file.secretName().isEmpty()) {
        m_fromSecret->setChecked(true);
        m_secret->setCurrentIndex(qMax(0, m_secret->findText(file.secretName())));
    } else {
        m_fromText->setChecked(true);
        m_text->setPlainText(QString::fromUtf8(file.content()));
    }
    setWindowTitle(tr("Edit config file"));
}

void ConfigFileDialog::setLocalFile(const QString &localPath, const QString &guestPath)
{
    m_fromFile->setChecked(true);
    m_localPath->setText(localPath);
    if (!guestPath.isEmpty())
        m_guestPath->setText(guestPath);
    showLocalPreview();
}

void ConfigFileDialog::setText(const QString &text, const QString &guestPath)
{
    m_fromText->setChecked(true);
    m_text->setPlainText(text);
    if (!guestPath.isEmpty())
        m_guestPath->setText(guestPath);
}

ConfigFileDialog::Source ConfigFileDialog::source() const
{
    if (m_fromSecret->isChecked())
        return Source::Secret;
    return m_fromText->isChecked() ? Source::Text : Source::LocalFile;
}

QString ConfigFileDialog::problem() const
{
    const QString path = m_guestPath->text().trimmed();
    if (path.isEmpty())
        return tr("Say where the file goes in the machine, such as /etc/app/config.toml.");
    if (!path.startsWith(QLatin1Char('/')))
        return tr("The path in the machine must be absolute (start with /).");
    if (path.endsWith(QLatin1Char('/')))
        return tr("The path names a directory; add the file's name.");
    if (m_takenPaths.contains(path))
        return tr("Another config file is already written to %1.").arg(path);
    if (parseFileMode(m_mode->text()) < 0)
        return tr("The mode is an octal number such as 0644.");
    switch (source()) {
    case Source::LocalFile: {
        const QString local = m_localPath->text().trimmed();
        if (local.isEmpty())
            return tr("Choose the local file to add.");
        const QFileInfo info(local);
        if (!info.exists())
            return tr("%1 does not exist.").arg(local);
        if (!info.isFile())
            return tr("%1 is not a file.").arg(local);
        if (info.size() > kMaxBytes)
            return tr("%1 is %2; config files are limited to %3. Copy large files into a volume "
                      "instead.")
                .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                    QLocale().formattedDataSize(kMaxBytes));
        return {};
    }
    case Source::Text:
        return m_text->toPlainText().toUtf8().size() > kMaxBytes
            ? tr("The text is larger than %1.").arg(QLocale().formattedDataSize(kMaxBytes))
            : QString();
    case Source::Secret:
        return m_secret->currentText().isEmpty() ? tr("Choose a secret.") : QString();
    }
    return {};
}

void ConfigFileDialog::refresh()
{
    m_localPath->setEnabled(source() == Source::LocalFile);
    m_text->setEnabled(source() == Source::Text);
    m_secret->setEnabled(source() == Source::Secret);
    if (source() == Source::Text)
        m_preview->setText(previewOfContent(m_text->toPlainText().toUtf8(), 12));
    else if (source() == Source::Secret)
        m_preview->setText(m_secret->currentText().isEmpty()
                ? QString()
                : tr("The value of secret %1, written at boot.").arg(m_secret->currentText()));
    const QString reason = problem();
    m_problem->setText(reason);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
}

void ConfigFileDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose a file to add"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        setLocalFile(file,
            m_guestPath->text().isEmpty() ? QStringLiteral("/etc/") + QFileInfo(file).fileName()
                                          : QString());
    });
    dialog->open();
}

void ConfigFileDialog::showLocalPreview()
{
    if (source() != Source::LocalFile)
        return;
    QFile file(m_localPath->text().trimmed());
    if (problem().isEmpty() && file.open(QIODevice::ReadOnly))
        m_preview->setText(previewOfContent(file.read(kMaxBytes), 12));
    else
        m_preview->clear();
    refresh();
}

void ConfigFileDialog::accept()
{
    refresh();
    if (!problem().isEmpty())
        return;
    api::FileConfig file = m_result;
    file.setGuestPath(m_guestPath->text().trimmed());
    file.setMode(parseFileMode(m_mode->text()));
    file.remove(QLatin1String("raw_value"));
    file.remove(QLatin1String("secret_name"));
    file.remove(QLatin1String("image_config"));
    switch (source()) {
    case Source::LocalFile: {
        QFile local(m_localPath->text().trimmed());
        if (!local.open(QIODevice::ReadOnly)) {
            m_problem->setText(
                tr("Could not read %1: %2").arg(local.fileName(), local.errorString()));
            return;
        }
        const QByteArray content = local.read(kMaxBytes + 1);
        if (content.size() > kMaxBytes) {
            m_problem->setText(tr("%1 grew past %2 while it was being read.")
                                   .arg(local.fileName(), QLocale().formattedDataSize(kMaxBytes)));
            return;
        }
        file.setContent(content);
        break;
    }
    case Source::Text:
        file.setContent(m_text->toPlainText().toUtf8());
        break;
    case Source::Secret:
        file.setSecretName(m_secret->currentText());
        break;
    }
    m_result = file;
    QDialog::accept();
}

} // namespace hangar::gui
