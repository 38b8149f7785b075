// CopyJob's planning: what is already on the volume, what the user wants done about it, and the
// folders to make, before the first byte is sent.
#include "core/transfer/copyjob.h"
#include "core/transfer/execchannel.h"
#include "core/transfer/remotepath.h"
#include "core/transfer/transferscripts.h"
#include "core/transfer/volumeaccess.h"

#include <QSet>

namespace hangar::core {

namespace {

constexpr int kPathsPerExec = 1000; // ~62 bytes of script each: under 128 KiB

} // namespace

void CopyJob::plan()
{
    setStep(tr("Checking what is already on the volume"));
    checkExisting(0);
}

void CopyJob::checkExisting(int from)
{
    QList<int> indices;
    QStringList paths;
    for (int i = from; i < int(m_items.size()) && paths.size() < kPathsPerExec; ++i) {
        if (m_items[size_t(i)].status == CopyItem::Status::Pending) {
            indices.append(i);
            paths.append(m_items[size_t(i)].machinePath);
        }
    }
    if (indices.isEmpty()) {
        resolveConflicts();
        return;
    }
    const int nextFrom = indices.last() + 1;
    m_channel->run(
        scripts::statEach(paths), true, [this, indices, nextFrom](const ExecOutcome &outcome) {
            if (!outcome.ranOk()) {
                m_fatalMessage = tr("The volume could not be checked: %1").arg(outcome.problem());
                m_fatalError = outcome.error;
                wrapUp([this] { end(); });
                return;
            }
            const QStringList lines = scripts::outputLines(outcome.result.standardOutput());
            for (int i = 0; i < indices.size(); ++i) {
                CopyItem &item = m_items[size_t(indices.at(i))];
                const scripts::StatLine stat =
                    scripts::parseStatLine(i < lines.size() ? lines.at(i) : QString());
                switch (stat.type) {
                case scripts::StatLine::Type::Missing:
                    break;
                case scripts::StatLine::Type::Directory:
                    item.status = CopyItem::Status::Failed;
                    item.error = tr("A folder with this name is in the way.");
                    break;
                case scripts::StatLine::Type::File:
                case scripts::StatLine::Type::Other:
                    m_conflicts.push_back(indices.at(i));
                    break;
                }
            }
            checkExisting(nextFrom);
        });
}

void CopyJob::resolveConflicts()
{
    while (!m_conflicts.empty()) {
        const int index = m_conflicts.front();
        std::optional<CopyAnswer> choice;
        switch (m_request.conflicts) {
        case ConflictChoice::Overwrite:
            choice = CopyAnswer::Overwrite;
            break;
        case ConflictChoice::Skip:
            choice = CopyAnswer::Skip;
            break;
        case ConflictChoice::KeepBoth:
            choice = CopyAnswer::KeepBoth;
            break;
        case ConflictChoice::Ask:
            break;
        }
        const auto preset = m_answerForAll.constFind(int(CopyQuestion::Kind::Conflict));
        if (!choice && preset != m_answerForAll.cend())
            choice = *preset;
        if (!choice) {
            const CopyItem &item = m_items[size_t(index)];
            CopyQuestion question;
            question.kind = CopyQuestion::Kind::Conflict;
            question.path = item.remotePath;
            question.size = item.size;
            question.count = int(m_conflicts.size());
            question.text = tr("%1 already exists on the volume. Replace it, skip this file, "
                               "or keep both?")
                                .arg(item.remotePath);
            ask(question, [this](CopyAnswer answer) {
                settleConflict(answer);
                resolveConflicts();
            });
            return;
        }
        settleConflict(*choice);
    }
    const QList<int> chosen = m_keepBoth;
    m_keepBoth.clear();
    keepBoth(chosen);
}

void CopyJob::settleConflict(CopyAnswer answer)
{
    const int index = m_conflicts.front();
    m_conflicts.pop_front();
    CopyItem &item = m_items[size_t(index)];
    if (answer == CopyAnswer::Skip) {
        item.status = CopyItem::Status::Skipped;
        item.error = tr("Already there; skipped.");
    } else if (answer == CopyAnswer::KeepBoth) {
        m_keepBoth.append(index);
    }
}

void CopyJob::keepBoth(const QList<int> &indices)
{
    if (indices.isEmpty()) {
        makeDirectories(0);
        return;
    }
    // All new names in one folder come from one listing of it.
    const QString dir = remotepath::parentOf(m_items[size_t(indices.first())].machinePath);
    QList<int> here;
    QList<int> rest;
    for (const int index : indices) {
        (remotepath::parentOf(m_items[size_t(index)].machinePath) == dir ? here : rest)
            .append(index);
    }
    m_channel->run(
        scripts::listDirectory(dir), true, [this, dir, here, rest](const ExecOutcome &outcome) {
            QSet<QString> taken;
            if (outcome.ranOk()) {
                const QList<scripts::RemoteEntry> entries =
                    scripts::parseListing(outcome.result.standardOutput(), dir);
                for (const scripts::RemoteEntry &entry : entries)
                    taken.insert(entry.name);
            }
            for (const CopyItem &item : m_items) {
                if (remotepath::parentOf(item.machinePath) == dir)
                    taken.insert(remotepath::nameOf(item.machinePath));
            }
            for (const int index : here) {
                CopyItem &item = m_items[size_t(index)];
                const QString name = remotepath::nameOf(item.machinePath);
                QString candidate;
                for (int n = 2;; ++n) {
                    candidate = remotepath::numberedName(name, n);
                    if (!taken.contains(candidate) && remotepath::isValidName(candidate))
                        break;
                }
                taken.insert(candidate);
                item.machinePath = remotepath::join(dir, candidate);
                item.remotePath =
                    remotepath::join(remotepath::parentOf(item.remotePath), candidate);
                appendLog(tr("Keeping both: the copy is named %1").arg(candidate));
            }
            keepBoth(rest);
        });
}

void CopyJob::makeDirectories(int from)
{
    // Files make their own folders; this is for the empty ones.
    QStringList paths;
    int i = from;
    for (; i < m_directories.size() && paths.size() < kPathsPerExec; ++i) {
        const std::optional<QString> remote = remotepath::normaliseInside(
            remotepath::join(m_destination, m_directories.at(i)), m_request.mountPath);
        if (remote) {
            paths.append(remotepath::rebase(*remote, m_request.mountPath,
                m_access ? m_access->mountPath() : m_request.mountPath));
        }
    }
    if (paths.isEmpty()) {
        copy();
        return;
    }
    api::ExecRequest request = scripts::makeDirectory(paths.first());
    request.command = request.command.mid(0, 3) + paths;
    m_channel->run(request, true, [this, i](const ExecOutcome &outcome) {
        if (!outcome.ranOk())
            appendLog(tr("Some folders could not be made: %1").arg(outcome.problem()));
        makeDirectories(i);
    });
}

} // namespace hangar::core
