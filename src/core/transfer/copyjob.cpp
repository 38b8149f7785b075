#include "core/transfer/copyjob.h"

#include "api/apiclient.h"
#include "core/transfer/copyengine.h"
#include "core/transfer/execchannel.h"
#include "core/transfer/remotepath.h"
#include "core/transfer/transfercleanup.h"
#include "core/transfer/transferlog.h"
#include "core/transfer/transferscripts.h"
#include "core/transfer/volumeaccess.h"

#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>

namespace hangar::core {

namespace {

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

CopyJob::CopyJob(
    api::ApiClient &client, CopyRequest request, TransferOptions options, QObject *parent)
    : Job(tr("Copy into %1")
              .arg(request.volumeName.isEmpty() ? request.volumeId : request.volumeName),
        parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_options(std::move(options))
    , m_tag(QString::number(QRandomGenerator::global()->generate(), 16))
{
}

CopyJob::~CopyJob()
{
    if (m_access)
        m_access->release(this);
}

// --- State for the views ---

qint64 CopyJob::bytesDone() const
{
    qint64 done = 0;
    for (const CopyItem &item : m_items) {
        if (item.status != CopyItem::Status::Skipped && item.status != CopyItem::Status::Failed)
            done += item.status == CopyItem::Status::Done ? item.size : item.bytesDone;
    }
    return done;
}

qint64 CopyJob::bytesTotal() const
{
    qint64 total = 0;
    for (const CopyItem &item : m_items) {
        if (item.status != CopyItem::Status::Skipped && item.status != CopyItem::Status::Failed)
            total += item.size;
    }
    return total;
}

int CopyJob::currentItem() const
{
    return m_engine && m_engine->isRunning() ? m_engine->currentItem() : -1;
}

double CopyJob::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const auto &first = m_samples.front();
    const auto &last = m_samples.back();
    const qint64 ms = last.first - first.first;
    return ms > 0 ? double(last.second - first.second) * 1000.0 / double(ms) : 0;
}

qint64 CopyJob::secondsLeft() const
{
    const double rate = bytesPerSecond();
    if (rate <= 0)
        return -1;
    return qint64(double(bytesTotal() - bytesDone()) / rate + 0.5);
}

qint64 CopyJob::chunkBytes() const
{
    return m_engine ? m_engine->chunkBytes() : m_options.chunkBytes;
}

int CopyJob::count(CopyItem::Status status) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
        [status](const CopyItem &item) { return item.status == status; }));
}

CopyRequest CopyJob::retryRequest() const
{
    CopyRequest retry = m_request;
    retry.localPaths.clear();
    retry.exactFiles.clear();
    retry.conflicts = ConflictChoice::Overwrite; // the user already chose for these
    for (const CopyItem &item : m_items) {
        if (item.status == CopyItem::Status::Failed && !item.remotePath.isEmpty()
            && QFileInfo(item.localPath).isFile())
            retry.exactFiles.append({item.localPath, item.remotePath, item.mode});
    }
    return retry;
}

// --- Questions ---

void CopyJob::ask(CopyQuestion question, std::function<void(CopyAnswer)> onAnswer)
{
    const auto preset = m_answerForAll.constFind(int(question.kind));
    if (preset != m_answerForAll.cend()) {
        onAnswer(*preset);
        return;
    }
    question.id = m_nextQuestionId++;
    m_question = question;
    m_onAnswer = std::move(onAnswer);
    appendLog(question.text);
    emit questionAsked(question);
}

void CopyJob::answer(int questionId, CopyAnswer answer, bool applyToAll)
{
    if (!m_question || m_question->id != questionId || isFinished())
        return;
    if (applyToAll)
        m_answerForAll.insert(int(m_question->kind), answer);
    m_question.reset();
    auto onAnswer = std::move(m_onAnswer);
    m_onAnswer = nullptr;
    onAnswer(answer);
}

// --- The flow ---

void CopyJob::run()
{
    setIndeterminate();
    QString error;
    const std::optional<QString> mount = remotepath::normalise(m_request.mountPath, &error);
    const std::optional<QString> destination = mount
        ? remotepath::normaliseInside(m_request.destinationDir, *mount, &error)
        : std::nullopt;
    if (!destination) {
        fail(tr("The destination is not valid: %1").arg(error), QString());
        return;
    }
    m_request.mountPath = *mount;
    m_destination = *destination;
    if (!m_request.exactFiles.isEmpty()) {
        for (const CopySource &source : std::as_const(m_request.exactFiles)) {
            CopyItem item;
            item.localPath = source.localPath;
            item.relativePath = QFileInfo(source.localPath).fileName();
            item.size = QFileInfo(source.localPath).size();
            item.mode = source.mode;
            const std::optional<QString> remote =
                remotepath::normaliseInside(source.remotePath, m_request.mountPath, &error);
            if (remote) {
                item.remotePath = *remote;
            } else {
                item.status = CopyItem::Status::Failed;
                item.error = error;
            }
            m_items.push_back(item);
        }
        askLargeFiles();
        return;
    }
    scan(m_options.followSymlinks);
}

void CopyJob::scan(bool followLinks)
{
    setStep(tr("Looking at the dropped files"));
    auto *task = new LocalScanTask(m_request.localPaths, followLinks);
    connect(task, &LocalScanTask::finished, this, [this, followLinks](const LocalScan &result) {
        if (isFinished())
            return;
        if (!followLinks && !result.skippedLinks.isEmpty()) {
            CopyQuestion question;
            question.kind = CopyQuestion::Kind::Links;
            question.count = int(result.skippedLinks.size());
            question.path = result.skippedLinks.first();
            question.text = tr("The dropped folders contain %n symbolic link(s), such as %1. "
                               "Copy what they point to, or leave them out?",
                nullptr, question.count)
                                .arg(question.path);
            ask(question, [this, result](CopyAnswer answer) {
                if (answer == CopyAnswer::Yes) {
                    scan(true);
                    return;
                }
                appendLog(
                    tr("Left out %n symbolic link(s).", nullptr, int(result.skippedLinks.size())));
                scanned(result);
            });
            return;
        }
        scanned(result);
    });
    task->start();
}

void CopyJob::scanned(const LocalScan &scan)
{
    QString error;
    for (const LocalFile &file : scan.files) {
        CopyItem item;
        item.localPath = file.localPath;
        item.relativePath = file.relativePath;
        item.size = file.size;
        item.mode = file.mode;
        const std::optional<QString> remote = remotepath::normaliseInside(
            remotepath::join(m_destination, file.relativePath), m_request.mountPath, &error);
        if (remote && remotepath::relativeTo(*remote, m_destination) == file.relativePath) {
            item.remotePath = *remote;
        } else {
            item.status = CopyItem::Status::Failed;
            item.error = remote ? tr("The name cannot be used on the volume.") : error;
        }
        m_items.push_back(item);
    }
    for (const QString &problem : scan.problems) {
        CopyItem item;
        item.relativePath = problem.section(QLatin1String(": "), 0, 0);
        item.status = CopyItem::Status::Failed;
        item.error = problem;
        m_items.push_back(item);
    }
    m_directories = scan.directories;
    appendLog(tr("%n file(s), %1 in all", nullptr, int(scan.files.size()))
                  .arg(formatBytes(scan.totalBytes)));
    askLargeFiles();
}

void CopyJob::askLargeFiles()
{
    for (; m_largeIndex < int(m_items.size()); ++m_largeIndex) {
        CopyItem &item = m_items[size_t(m_largeIndex)];
        if (item.status != CopyItem::Status::Pending || item.size <= m_options.askAboveBytes)
            continue;
        CopyQuestion question;
        question.kind = CopyQuestion::Kind::LargeFile;
        question.path = item.relativePath;
        question.size = item.size;
        question.count = int(std::count_if(m_items.cbegin() + m_largeIndex, m_items.cend(),
            [this](const CopyItem &other) { return other.size > m_options.askAboveBytes; }));
        question.text = tr("%1 is %2. Copying it takes a while and uses space on the volume. "
                           "Copy it?")
                            .arg(item.relativePath, formatBytes(item.size));
        const int index = m_largeIndex++;
        ask(question, [this, index](CopyAnswer answer) {
            if (answer != CopyAnswer::Yes) {
                m_items[size_t(index)].status = CopyItem::Status::Skipped;
                m_items[size_t(index)].error =
                    tr("Larger than %1; not copied.").arg(formatBytes(m_options.askAboveBytes));
            }
            askLargeFiles();
        });
        return;
    }
    acquireMachine();
}

void CopyJob::acquireMachine()
{
    if (count(CopyItem::Status::Pending) == 0 && m_directories.isEmpty()) {
        end();
        return;
    }
    m_access = VolumeAccess::forVolume(m_client, m_request.appName, m_request.volumeId);
    connect(m_access, &VolumeAccess::step, this, &CopyJob::setStep);
    connect(m_access, &VolumeAccess::machinesChanged, this, &CopyJob::machinesChanged);
    connect(m_access, &VolumeAccess::startConfirmationNeeded, this,
        [this](const QString &machine, const QString &state) {
            CopyQuestion question;
            question.kind = CopyQuestion::Kind::StartMachine;
            question.text = tr("The volume is attached to %1, which is %2. Start it for the copy "
                               "(and stop it again afterwards)?")
                                .arg(machine, state);
            ask(question, [this](CopyAnswer answer) {
                if (m_access)
                    m_access->confirmStart(answer == CopyAnswer::Yes);
            });
        });
    connect(m_access, &VolumeAccess::ready, this, &CopyJob::onAccessReady);
    connect(m_access, &VolumeAccess::failed, this, [this](const QString &message) {
        if (m_channel || isFinished())
            return;
        m_fatalMessage = message;
        m_fatalError = m_access ? m_access->error() : api::ApiError();
        wrapUp([this] { end(); });
    });
    m_access->acquire(this, m_request.mountPath, false, m_options);
}

void CopyJob::onAccessReady()
{
    if (m_channel || isFinished() || !m_access)
        return; // a second ready() from the shared access
    m_machineName = m_access->machineName();
    m_channel = new ExecChannel(m_client, this);
    m_channel->setMachine(m_request.appName, m_access->machineId());
    m_channel->setRetryPolicy(
        m_options.maxAttempts, m_options.retryDelayMs, m_options.execTimeoutSecs);
    const QString machineMount = m_access->mountPath();
    for (CopyItem &item : m_items) {
        if (!item.remotePath.isEmpty())
            item.machinePath =
                remotepath::rebase(item.remotePath, m_request.mountPath, machineMount);
    }
    appendLog(
        tr("Copying through %1, which sees the volume at %2").arg(m_machineName, machineMount));
    plan();
}

void CopyJob::copy()
{
    m_clock.start();
    m_engine = new CopyEngine(*m_channel, m_items, m_options, m_tag, this);
    connect(m_engine, &CopyEngine::progressed, this, &CopyJob::updateProgress);
    connect(m_engine, &CopyEngine::itemStarted, this, [this](int index) {
        const int done = count(CopyItem::Status::Done) + count(CopyItem::Status::Skipped)
            + count(CopyItem::Status::Failed);
        setStep(tr("Copying %1 (%2 of %3)")
                    .arg(m_items[size_t(index)].relativePath)
                    .arg(done + 1)
                    .arg(m_items.size()));
        updateProgress();
    });
    connect(m_engine, &CopyEngine::finished, this, &CopyJob::onCopyFinished);
    connect(m_engine, &CopyEngine::fatal, this, &CopyJob::onFatal);
    updateProgress();
    m_engine->start();
}

} // namespace hangar::core
