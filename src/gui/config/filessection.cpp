#include "gui/config/filessection.h"

#include "gui/config/configfiledialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hangar::gui {

namespace {

QString sourceOf(const api::FileConfig &file)
{
    if (!file.secretName().isEmpty())
        return QObject::tr("secret %1").arg(file.secretName());
    if (!file.imageConfig().isEmpty())
        return QObject::tr("image config of %1").arg(file.imageConfig());
    return QLocale().formattedDataSize(file.content().size());
}

} // namespace

FilesSection::FilesSection(QWidget *parent)
    : ConfigSection(tr("Config files"), parent)
    , m_list(new QTreeWidget(this))
    , m_preview(new QLabel(this))
    , m_add(new QPushButton(tr("&Add file…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("Remove file"), this))
{
    setObjectName(QStringLiteral("filesSection"));
    m_list->setObjectName(QStringLiteral("filesList"));
    m_list->setHeaderLabels({tr("Path in the machine"), tr("Content"), tr("Mode")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setMinimumHeight(90);
    setHelp(m_list,
        tr("Files written into the machine each time it boots, from text, a local "
           "file or an app secret. Good for small configuration such as nginx.conf."));
    m_preview->setObjectName(QStringLiteral("filesPreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setStyleSheet(QStringLiteral("font-family: monospace;"));
    m_add->setObjectName(QStringLiteral("addFileButton"));
    m_edit->setObjectName(QStringLiteral("editFileButton"));
    m_remove->setObjectName(QStringLiteral("removeFileButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_preview);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { openAddDialog(); });
    connect(m_edit, &QPushButton::clicked, this, &FilesSection::editSelected);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &FilesSection::editSelected);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row < 0)
            return;
        m_files.removeAt(row);
        rebuild(qMin(row, int(m_files.size()) - 1));
        emitEdited();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &FilesSection::showPreview);
    rebuild(-1);
}

FilesSection::~FilesSection() = default;

void FilesSection::load(const api::MachineConfig &config, const ConfigEditorContext &context)
{
    setLoading(true);
    m_secretNames = context.secretNames;
    m_loaded = config.files();
    m_files = m_loaded;
    rebuild(m_files.isEmpty() ? -1 : 0);
    setLoading(false);
}

void FilesSection::store(api::MachineConfig &draft) const
{
    if (m_files != m_loaded)
        draft.setFiles(m_files);
}

QStringList FilesSection::problems() const
{
    QStringList found;
    QStringList seen;
    for (const api::FileConfig &file : m_files) {
        const QString path = file.guestPath();
        if (!path.startsWith(QLatin1Char('/')))
            found.append(tr("Config file “%1”: the path must be absolute.").arg(path));
        else if (seen.contains(path))
            found.append(tr("Two config files are written to %1.").arg(path));
        seen.append(path);
    }
    return found;
}

ConfigFileDialog *FilesSection::openAddDialog(const QString &localPath, const QString &guestPath)
{
    auto *dialog = new ConfigFileDialog(m_secretNames, takenPaths(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add config file"));
    if (!localPath.isEmpty())
        dialog->setLocalFile(localPath, guestPath);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addFile(dialog->file()); });
    dialog->open();
    return dialog;
}

void FilesSection::addFile(const api::FileConfig &file)
{
    m_files.append(file);
    rebuild(m_files.size() - 1);
    emitEdited();
}

void FilesSection::editSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || !m_files.at(row).imageConfig().isEmpty())
        return;
    QStringList taken = takenPaths();
    auto *dialog = new ConfigFileDialog(m_secretNames, taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFile(m_files.at(row));
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        if (row >= m_files.size())
            return;
        m_files[row] = dialog->file();
        rebuild(row);
        emitEdited();
    });
    dialog->open();
}

QStringList FilesSection::takenPaths() const
{
    QStringList paths;
    for (const api::FileConfig &file : m_files)
        paths.append(file.guestPath());
    return paths;
}

void FilesSection::rebuild(int select)
{
    m_list->clear();
    for (const api::FileConfig &file : std::as_const(m_files)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, file.guestPath());
        item->setText(1, sourceOf(file));
        item->setText(
            2, file.mode() > 0 ? QStringLiteral("0%1").arg(file.mode(), 0, 8) : QString());
    }
    if (select >= 0 && select < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(select));
    m_list->setVisible(!m_files.isEmpty());
    showPreview();
}

void FilesSection::showPreview()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_edit->setEnabled(row >= 0 && m_files.at(row).imageConfig().isEmpty());
    m_remove->setEnabled(row >= 0);
    if (m_files.isEmpty()) {
        m_preview->setText(tr("No config files. Add one to write a file such as nginx.conf into "
                              "the machine when it boots."));
        return;
    }
    if (row < 0) {
        m_preview->clear();
        return;
    }
    const api::FileConfig &file = m_files.at(row);
    if (!file.secretName().isEmpty()) {
        m_preview->setText(
            tr("Written from the value of secret %1 (not shown).").arg(file.secretName()));
        return;
    }
    if (!file.imageConfig().isEmpty()) {
        m_preview->setText(tr("Written from the config of image %1.").arg(file.imageConfig()));
        return;
    }
    m_preview->setText(previewOfContent(file.content(), 8));
}

} // namespace hangar::gui
