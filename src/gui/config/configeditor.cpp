#include "gui/config/configeditor.h"

#include "gui/config/checkssection.h"
#include "gui/config/dnssection.h"
#include "gui/config/filessection.h"
#include "gui/config/imagesection.h"
#include "gui/config/keyvaluesection.h"
#include "gui/config/mountsection.h"
#include "gui/config/processsection.h"
#include "gui/config/servicessection.h"
#include "gui/config/sizesection.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hangar::gui {

namespace {

// Top-level keys some section of the form edits; the others are only in the JSON tab.
const QStringList &formKeys()
{
    static const QStringList keys = {
        QStringLiteral("image"),
        QStringLiteral("guest"),
        QStringLiteral("size"),
        QStringLiteral("env"),
        QStringLiteral("services"),
        QStringLiteral("checks"),
        QStringLiteral("mounts"),
        QStringLiteral("files"),
        QStringLiteral("metadata"),
        QStringLiteral("restart"),
        QStringLiteral("auto_destroy"),
        QStringLiteral("init"),
        QStringLiteral("stop_config"),
        QStringLiteral("schedule"),
        QStringLiteral("dns"),
    };
    return keys;
}

QString parseErrorText(const QString &text, const QJsonParseError &error)
{
    const QString before = text.left(error.offset);
    const int line = int(before.count(QLatin1Char('\n'))) + 1;
    const int column = int(error.offset - before.lastIndexOf(QLatin1Char('\n')));
    return ConfigEditor::tr("Line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(error.errorString());
}

} // namespace

ConfigEditor::ConfigEditor(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_formPage(new QScrollArea(this))
    , m_problems(new QLabel(this))
    , m_unshown(new QLabel(this))
    , m_json(new QPlainTextEdit(this))
    , m_jsonStatus(new QLabel(this))
    , m_size(new SizeSection)
    , m_env(new KeyValueSection(KeyValueSection::Kind::Env))
    , m_services(new ServicesSection)
    , m_mount(new MountSection)
    , m_files(new FilesSection)
{
    setObjectName(QStringLiteral("configEditor"));
    m_tabs->setObjectName(QStringLiteral("configEditorTabs"));
    m_problems->setObjectName(QStringLiteral("configProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(
        QStringLiteral("QLabel { background: #fef2f2; color: #991b1b; border: 1px solid #fecaca;"
                       " border-radius: 4px; padding: 6px; }"));
    m_problems->hide();
    m_unshown->setObjectName(QStringLiteral("unshownFields"));
    m_unshown->setWordWrap(true);
    m_unshown->hide();

    auto *form = new QWidget;
    auto *formLayout = new QVBoxLayout(form);
    m_sections = {new ImageSection, m_size, m_env, m_services, new ChecksSection, m_mount, m_files,
        new ProcessSection, new KeyValueSection(KeyValueSection::Kind::Metadata), new DnsSection};
    for (ConfigSection *section : std::as_const(m_sections)) {
        formLayout->addWidget(section);
        connect(section, &ConfigSection::edited, this, &ConfigEditor::onFormEdited);
    }
    formLayout->addWidget(m_unshown);
    formLayout->addStretch();
    m_formPage->setObjectName(QStringLiteral("configFormPage"));
    m_formPage->setWidget(form);
    m_formPage->setWidgetResizable(true);
    m_formPage->setFrameShape(QFrame::NoFrame);

    auto *jsonPage = new QWidget;
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    m_json->setObjectName(QStringLiteral("configJsonEdit"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setTabChangesFocus(true);
    m_json->setToolTip(tr("The whole config as the Machines API sees it, including fields the form "
                          "does not show. Edits here update the form."));
    m_jsonStatus->setObjectName(QStringLiteral("configJsonStatus"));
    m_jsonStatus->setWordWrap(true);
    jsonLayout->addWidget(m_json);
    jsonLayout->addWidget(m_jsonStatus);

    m_tabs->addTab(m_formPage, tr("&Form"));
    m_tabs->addTab(jsonPage, tr("&JSON"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problems);
    layout->addWidget(m_tabs);

    connect(m_json, &QPlainTextEdit::textChanged, this, &ConfigEditor::onJsonEdited);
    connect(
        m_mount, &MountSection::secondMountRequested, this, &ConfigEditor::secondMountRequested);
}

ConfigEditor::~ConfigEditor() = default;

void ConfigEditor::load(const api::MachineConfig &config, const ConfigEditorContext &context,
    const std::optional<QJsonObject> &draft)
{
    m_context = context;
    m_original = config;
    m_draft = draft ? api::MachineConfig(*draft) : config;
    m_jsonError.clear();
    loadSections(m_draft);
    writeJson();
    refreshProblems();
}

void ConfigEditor::setContext(const ConfigEditorContext &context)
{
    m_context = context;
    // Reloading from the current draft keeps the user's edits and refreshes pickers.
    loadSections(m_draft);
    refreshProblems();
}

void ConfigEditor::loadSections(const api::MachineConfig &config)
{
    m_formBase = config;
    for (ConfigSection *section : std::as_const(m_sections))
        section->load(config, m_context);
    showUnshownFields();
}

void ConfigEditor::showJson(bool json)
{
    m_tabs->setCurrentIndex(json ? 1 : 0);
}

void ConfigEditor::onFormEdited()
{
    api::MachineConfig draft = m_formBase;
    for (const ConfigSection *section : std::as_const(m_sections))
        section->store(draft);
    m_draft = draft;
    writeJson();
    refreshProblems();
}

void ConfigEditor::writeJson()
{
    m_writingJson = true;
    const QString text =
        QString::fromUtf8(QJsonDocument(m_draft.json()).toJson(QJsonDocument::Indented));
    if (m_json->toPlainText() != text)
        m_json->setPlainText(text);
    m_writingJson = false;
}

void ConfigEditor::onJsonEdited()
{
    if (m_writingJson)
        return;
    const QString text = m_json->toPlainText();
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        m_jsonError = parseErrorText(text, error);
    else if (!document.isObject())
        m_jsonError = tr("The config must be a JSON object: { … }.");
    else
        m_jsonError.clear();
    if (m_jsonError.isEmpty()) {
        m_draft = api::MachineConfig(document.object());
        loadSections(m_draft);
    }
    // The form cannot show a config that does not parse; it comes back once the JSON is fixed.
    m_tabs->setTabEnabled(0, m_jsonError.isEmpty());
    refreshProblems();
}

QStringList ConfigEditor::draftProblems() const
{
    QStringList found;
    if (m_draft.mounts().size() > 1)
        found.append(tr("Fly machines mount at most one volume; this config has %1. Keep one "
                        "mount and add the other files as config files, or copy them into the "
                        "mounted volume.")
                         .arg(m_draft.mounts().size()));
    return found;
}

QStringList ConfigEditor::problems() const
{
    if (!m_jsonError.isEmpty())
        return {tr("The JSON does not parse: %1").arg(m_jsonError)};
    QStringList found;
    for (const ConfigSection *section : m_sections)
        found.append(section->problems());
    found.append(draftProblems());
    found.removeDuplicates();
    return found;
}

void ConfigEditor::refreshProblems()
{
    const QStringList found = problems();
    if (found.isEmpty()) {
        m_problems->hide();
        m_jsonStatus->setText(tr("Valid config."));
    } else {
        constexpr int kShown = 4;
        QStringList lines;
        for (int i = 0; i < qMin(kShown, int(found.size())); ++i)
            lines.append(QStringLiteral("• ") + found.at(i));
        if (found.size() > kShown)
            lines.append(tr("… and %n more", nullptr, int(found.size()) - kShown));
        m_problems->setText(tr("%n problem(s) to fix before applying:", nullptr, int(found.size()))
            + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        m_problems->show();
        m_jsonStatus->setText(
            m_jsonError.isEmpty() ? tr("The JSON is valid; see the problems above.") : m_jsonError);
    }
    m_jsonStatus->setStyleSheet(
        m_jsonError.isEmpty() ? QString() : QStringLiteral("color: #b91c1c;"));
    emit draftChanged();
}

void ConfigEditor::showUnshownFields()
{
    QStringList unshown;
    const QJsonObject json = m_formBase.json();
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!formKeys().contains(it.key()) && !it.value().isNull())
            unshown.append(it.key());
    m_unshown->setText(unshown.isEmpty()
            ? QString()
            : tr("Also in this config, kept as they are and editable in the JSON "
                 "tab: %1.")
                  .arg(unshown.join(QStringLiteral(", "))));
    m_unshown->setVisible(!unshown.isEmpty());
}

} // namespace hangar::gui
