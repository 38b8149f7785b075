#include "gui/files/volumefileswidget.h"

#include "core/fleet/fleetstore.h"
#include "core/jobs/jobmanager.h"
#include "core/session/accountsession.h"
#include "core/transfer/copyjob.h"
#include "core/transfer/downloadjob.h"
#include "core/transfer/localscan.h"
#include "core/transfer/remotepath.h"
#include "core/transfer/volumebrowser.h"
#include "gui/files/copyprogresswidget.h"
#include "gui/files/remotefilesmodel.h"
#include "gui/files/volumedrop.h"

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace hangar::gui {

namespace {

QToolButton *toolButton(
    QWidget *parent, const QString &text, const QString &name, QStyle::StandardPixmap icon)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(text);
    button->setObjectName(name);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

VolumeFilesWidget::VolumeFilesWidget(core::JobManager &jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_model(new RemoteFilesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("volumeFilesWidget"));
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RemoteFilesModel::SortRole);
    buildUi();
    updateState();
}

VolumeFilesWidget::~VolumeFilesWidget()
{
    delete m_browser; // before the views its signals update
}

void VolumeFilesWidget::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_upButton =
        toolButton(this, tr("Up"), QStringLiteral("upButton"), QStyle::SP_FileDialogToParent);
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
    m_pathEdit->setReadOnly(true);
    m_refreshButton =
        toolButton(this, tr("Refresh"), QStringLiteral("refreshButton"), QStyle::SP_BrowserReload);
    m_newFolderButton = toolButton(
        this, tr("New Folder"), QStringLiteral("newFolderButton"), QStyle::SP_FileDialogNewFolder);
    m_deleteButton =
        toolButton(this, tr("Delete"), QStringLiteral("deleteButton"), QStyle::SP_TrashIcon);
    m_downloadButton =
        toolButton(this, tr("Download…"), QStringLiteral("downloadButton"), QStyle::SP_ArrowDown);
    bar->addWidget(m_upButton);
    bar->addWidget(m_pathEdit, 1);
    for (QToolButton *button :
        {m_refreshButton, m_newFolderButton, m_deleteButton, m_downloadButton})
        bar->addWidget(button);
    layout->addLayout(bar);

    auto *mountRow = new QHBoxLayout;
    m_mountLabel = new QLabel(tr("No machine mounts this volume. Files dropped here go where a "
                                 "machine mounting it at this path would see them:"),
        this);
    m_mountLabel->setWordWrap(true);
    m_mountEdit = new QLineEdit(m_options.helperMountPath, this);
    m_mountEdit->setObjectName(QStringLiteral("mountPathEdit"));
    m_mountEdit->setMaximumWidth(220);
    mountRow->addWidget(m_mountLabel, 1);
    mountRow->addWidget(m_mountEdit);
    layout->addLayout(mountRow);

    m_stack = new QStackedWidget(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("filesView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RemoteFilesModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAcceptDrops(true);
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(RemoteFilesModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    auto *placeholderPage = new QWidget(this);
    auto *placeholderLayout = new QVBoxLayout(placeholderPage);
    m_placeholder = new QLabel(placeholderPage);
    m_placeholder->setObjectName(QStringLiteral("filesPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_openButton = new QPushButton(placeholderPage);
    m_openButton->setObjectName(QStringLiteral("openWithMachineButton"));
    placeholderLayout->addStretch();
    placeholderLayout->addWidget(m_placeholder);
    placeholderLayout->addWidget(m_openButton, 0, Qt::AlignHCenter);
    placeholderLayout->addStretch();
    m_stack->addWidget(m_view);
    m_stack->addWidget(placeholderPage);
    layout->addWidget(m_stack, 1);

    m_dropHint = new QLabel(this);
    m_dropHint->setObjectName(QStringLiteral("dropHint"));
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setFrameShape(QFrame::StyledPanel);
    m_dropHint->setMinimumHeight(36);
    layout->addWidget(m_dropHint);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("filesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);
    // Where the last download went, with a way to open that folder.
    m_savedNote = new QLabel(this);
    m_savedNote->setObjectName(QStringLiteral("downloadSavedNote"));
    m_savedNote->setWordWrap(true);
    m_savedNote->setTextFormat(Qt::RichText);
    m_savedNote->setTextInteractionFlags(
        Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_savedNote->hide();
    layout->addWidget(m_savedNote);
    connect(m_savedNote, &QLabel::linkActivated, this,
        [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    m_progressLayout = new QVBoxLayout;
    layout->addLayout(m_progressLayout);

    connect(m_upButton, &QToolButton::clicked, this, &VolumeFilesWidget::goUp);
    connect(m_refreshButton, &QToolButton::clicked, this, &VolumeFilesWidget::refresh);
    connect(m_newFolderButton, &QToolButton::clicked, this, &VolumeFilesWidget::newFolder);
    connect(m_deleteButton, &QToolButton::clicked, this, &VolumeFilesWidget::deleteSelected);
    connect(m_downloadButton, &QToolButton::clicked, this, &VolumeFilesWidget::downloadSelected);
    connect(m_view, &QTreeView::activated, this, &VolumeFilesWidget::activated);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &VolumeFilesWidget::updateState);
    connect(m_mountEdit, &QLineEdit::editingFinished, this, [this] {
        const std::optional<QString> mount = core::remotepath::normalise(m_mountEdit->text());
        m_mountEdit->setText(mount.value_or(m_options.helperMountPath));
        if (!m_browser || m_browser->state() != core::VolumeBrowser::State::Ready)
            m_dir = m_mountEdit->text();
        updateState();
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (m_browser)
            m_browser->openWithMachine(m_mountEdit->text());
    });
}

void VolumeFilesWidget::setOptions(const core::TransferOptions &options)
{
    m_options = options;
    if (m_browser)
        m_browser->setOptions(options);
}

void VolumeFilesWidget::setVolume(core::AccountSession *session, const core::VolumeRecord &volume)
{
    const bool same = session == m_session && volume.volume.id() == m_volume.volume.id();
    const bool attachmentChanged =
        volume.volume.attachedMachineId() != m_volume.volume.attachedMachineId();
    m_volume = volume;
    if (same && !attachmentChanged && m_browser) {
        updateState();
        return;
    }
    delete m_browser;
    m_browser = nullptr;
    m_session = session;
    m_model->setEntries({});
    showMessage({});
    m_savedNote->hide();
    if (!session || volume.volume.id().isEmpty()) {
        updateState();
        return;
    }
    m_mountEdit->setText(defaultMountPath(*session, volume, m_options));
    m_dir = m_mountEdit->text();
    m_browser = new core::VolumeBrowser(session->client(), this);
    m_browser->setOptions(m_options);
    connect(m_browser, &core::VolumeBrowser::stateChanged, this, [this] {
        if (m_browser->state() == core::VolumeBrowser::State::Ready) {
            if (!core::remotepath::isInside(m_dir, m_browser->mountPath()))
                m_dir = m_browser->mountPath();
            refresh();
        }
        updateState();
    });
    connect(m_browser, &core::VolumeBrowser::listed, this,
        [this](const QString &dir, const QList<core::scripts::RemoteEntry> &entries) {
            if (dir != m_dir)
                return;
            m_model->setEntries(entries);
            showMessage({});
            updateState();
        });
    connect(
        m_browser, &core::VolumeBrowser::operationFailed, this, &VolumeFilesWidget::showMessage);
    connect(m_browser, &core::VolumeBrowser::changed, this, &VolumeFilesWidget::refresh);
    core::FleetStore *store = &session->store();
    connect(m_browser, &core::VolumeBrowser::machinesChanged, store, &core::FleetStore::refreshApp);
    m_browser->setVolume(volume.appName, volume.volume.id(), volume.volume.name());
    updateState();
}

QString VolumeFilesWidget::mountPath() const
{
    if (m_browser && m_browser->state() == core::VolumeBrowser::State::Ready)
        return m_browser->mountPath();
    return m_mountEdit->text();
}

void VolumeFilesWidget::openDirectory(const QString &dir)
{
    const std::optional<QString> normal = core::remotepath::normaliseInside(dir, mountPath());
    if (!normal)
        return;
    m_dir = *normal;
    m_model->setEntries({});
    refresh();
    updateState();
}

void VolumeFilesWidget::refresh()
{
    if (m_browser && m_browser->state() == core::VolumeBrowser::State::Ready)
        m_browser->list(m_dir);
}

void VolumeFilesWidget::goUp()
{
    if (m_dir != mountPath())
        openDirectory(core::remotepath::parentOf(m_dir));
}

void VolumeFilesWidget::activated(const QModelIndex &index)
{
    if (index.data(RemoteFilesModel::IsDirectoryRole).toBool())
        openDirectory(
            core::remotepath::join(m_dir, index.data(RemoteFilesModel::NameRole).toString()));
}

void VolumeFilesWidget::updateState()
{
    using State = core::VolumeBrowser::State;
    const State state = m_browser ? m_browser->state() : State::Closed;
    const bool ready = state == State::Ready;
    const bool unattached = m_volume.volume.attachedMachineId().isEmpty();
    m_mountLabel->setVisible(unattached && !ready);
    m_mountEdit->setVisible(unattached && !ready);
    m_stack->setCurrentIndex(ready ? 0 : 1);
    m_pathEdit->setText(m_dir);
    m_upButton->setEnabled(ready && m_dir != mountPath());
    m_refreshButton->setEnabled(ready);
    m_newFolderButton->setEnabled(ready);
    const bool selected = ready && m_view->selectionModel()->hasSelection();
    m_deleteButton->setEnabled(selected);
    m_downloadButton->setEnabled(ready && !selectedPaths(true).isEmpty());
    m_openButton->setVisible(state == State::NeedsMachine || state == State::Failed);
    switch (state) {
    case State::Closed:
        m_placeholder->setText(tr("No volume selected."));
        break;
    case State::Probing:
        m_placeholder->setText(tr("Looking for a machine that mounts this volume…"));
        break;
    case State::Opening:
        m_placeholder->setText(tr("Getting a machine ready to read the volume…"));
        break;
    case State::NeedsMachine:
        m_placeholder->setText(m_browser->needsMachineText() + QLatin1Char('\n')
            + tr("Files dropped here are still copied; listing them needs a running machine."));
        m_openButton->setText(m_browser->wouldStartMachine()
                ? tr("Start the Machine to Browse")
                : tr("Browse with a Temporary Helper Machine"));
        break;
    case State::Failed:
        m_placeholder->setText(m_browser->errorMessage());
        m_openButton->setText(tr("Try Again"));
        break;
    case State::Ready:
        break;
    }
    if (m_dropHint->property("target").toString().isEmpty())
        m_dropHint->setText(tr("Drop files or folders here to copy them into %1").arg(m_dir));
}

void VolumeFilesWidget::downloadFinished(const core::DownloadJob &job, const QString &dir)
{
    if (job.state() == core::Job::State::Failed)
        showMessage(job.errorMessage());
    const int saved = int(job.savedFiles().size());
    if (saved == 0)
        return;
    m_savedNote->setText(tr("%n file(s) saved in %1.", nullptr, saved)
                             .arg(QDir::toNativeSeparators(dir).toHtmlEscaped())
        + QStringLiteral(" <a href=\"%1\">%2</a>")
              .arg(QUrl::fromLocalFile(dir).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                  tr("Open Folder")));
    m_savedNote->show();
}

void VolumeFilesWidget::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QStringList VolumeFilesWidget::selectedPaths(bool filesOnly) const
{
    QStringList paths;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (filesOnly && row.data(RemoteFilesModel::IsDirectoryRole).toBool())
            continue;
        paths.append(
            core::remotepath::join(m_dir, row.data(RemoteFilesModel::NameRole).toString()));
    }
    return paths;
}

void VolumeFilesWidget::newFolder()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Folder"));
    dialog->setLabelText(tr("Name of the new folder in %1:").arg(m_dir));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        QString error;
        if (!core::remotepath::isValidName(name, &error)) {
            showMessage(error);
            return;
        }
        m_browser->makeDirectory(core::remotepath::join(m_dir, name));
    });
    dialog->open();
}

void VolumeFilesWidget::deleteSelected()
{
    const QStringList paths = selectedPaths(false);
    if (paths.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete from the Volume"),
        paths.size() == 1
            ? tr("Delete %1 from %2? This cannot be undone.")
                  .arg(paths.first(), m_volume.volume.name())
            : tr("Delete %n item(s) from %1? This cannot be undone.", nullptr, int(paths.size()))
                  .arg(m_volume.volume.name()),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, paths](QAbstractButton *button) {
        if (button == remove && m_browser)
            m_browser->remove(paths);
    });
    box->open();
}

void VolumeFilesWidget::downloadSelected()
{
    const QStringList paths = selectedPaths(true);
    if (paths.isEmpty() || !m_session)
        return;
    // Where the last download went, as long as it is still there; else the desktop, the
    // downloads folder or home, whichever exists first.
    QString start = m_downloadDir;
    for (const auto location : {QStandardPaths::DesktopLocation, QStandardPaths::DownloadLocation,
             QStandardPaths::HomeLocation}) {
        if (!start.isEmpty() && QFileInfo(start).isDir())
            break;
        start = QStandardPaths::writableLocation(location);
    }
    auto *dialog = new QFileDialog(this, tr("Download To"), start);
    dialog->setObjectName(QStringLiteral("downloadDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    const QString mount = mountPath();
    connect(dialog, &QFileDialog::fileSelected, this, [this, paths, mount](const QString &dir) {
        if (!m_session)
            return;
        m_downloadDir = dir;
        core::DownloadJob::Request request {
            m_volume.appName, m_volume.volume.id(), m_volume.volume.name(), mount, paths, dir};
        auto *job = new core::DownloadJob(m_session->client(), request, m_options);
        connect(job, &core::Job::finished, this, [this, job, dir] { downloadFinished(*job, dir); });
        m_savedNote->hide();
        m_jobs.add(job);
    });
    dialog->open();
}

core::CopyJob *VolumeFilesWidget::copyIntoVolume(const QList<QUrl> &urls, const QString &dir)
{
    if (!m_session || m_volume.volume.id().isEmpty())
        return nullptr;
    core::CopyJob *job = startVolumeCopy(*m_session, m_jobs, m_volume, urls, window(),
        dir.isEmpty() ? m_dir : dir, mountPath(), m_options);
    if (job) {
        addProgress(job);
        emit copyStarted(job);
    }
    return job;
}

void VolumeFilesWidget::addProgress(core::CopyJob *job)
{
    auto *progress = new CopyProgressWidget(job, this);
    m_progressLayout->addWidget(progress);
    connect(progress, &CopyProgressWidget::dismissed, progress, &QObject::deleteLater);
    connect(job, &QObject::destroyed, progress, &QObject::deleteLater);
    connect(job, &core::Job::finished, this, &VolumeFilesWidget::refresh);
    connect(progress, &CopyProgressWidget::retryRequested, this, [this](core::CopyJob *failed) {
        if (!m_session)
            return;
        auto *retry =
            new core::CopyJob(m_session->client(), failed->retryRequest(), failed->options());
        addProgress(startCopyJob(*m_session, m_jobs, retry, window()));
    });
}

} // namespace hangar::gui
