// Downloads from a volume end to end against the simulator over loopback: what lands in the
// local folder, byte for byte, and that nothing partial is ever left there.
#include "core/transfer/downloadjob.h"
#include "core/transfer/execchannel.h"
#include "sim/server/faultinjector.h"
#include "sim/server/simserver.h"
#include "sim/shell/virtualfs.h"
#include "transferharness.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include <algorithm>
#include <functional>

using namespace hangar;
using namespace hangar::tests;

namespace {

// kReadBytes in downloadjob.cpp: files bigger than this take more than one read.
constexpr qint64 kReadBytes = 3 * 1024 * 1024;

const QString kMount = QStringLiteral("/data");

QByteArray readLocal(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDownloadJob : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_local;
    QString local(const QString &name) const { return m_local->filePath(name); }

    // Everything in the local folder, hidden files included: temporary files would show here.
    QStringList localEntries() const
    {
        return QDir(m_local->path())
            .entryList(
                QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    }

    core::DownloadJob::Request request(
        TransferHarness &sim, const QString &volumeId, const QStringList &remotePaths) const
    {
        return {sim.app(), volumeId, QStringLiteral("test-volume"), kMount, remotePaths,
            m_local->path()};
    }

    static bool run(core::DownloadJob &job, int timeoutMs = 60000)
    {
        job.start();
        return QTest::qWaitFor([&job] { return job.isFinished(); }, timeoutMs);
    }

    // Calls `hook` with the job's current step after every exec the simulator has run (before
    // the answer leaves it), so a test can act between two steps of one file.
    static void onExec(TransferHarness &sim, core::DownloadJob &job,
        const std::function<void(const QString &step)> &hook)
    {
        QObject::connect(&sim.api().server(), &sim::SimServer::requestHandled, &job,
            [&job, hook](const QByteArray &method, const QString &route, int status) {
                if (method == "POST" && route.endsWith(QLatin1String("/exec")) && status == 200)
                    hook(job.currentStep());
            });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
#ifdef Q_OS_UNIX
        ::umask(027); // saved files must follow it, as any new file does
#endif
    }
    void init()
    {
        m_local = std::make_unique<QTemporaryDir>();
        QVERIFY(m_local->isValid());
    }

    void textAndBinaryArriveByteExact()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("down"));
        // The machine sees the volume at /srv; the request names it as /data, like the Files tab.
        sim.createMachine(QStringLiteral("web"), volume, QStringLiteral("/srv"));
        const QByteArray text = QString::fromUtf8("héllo\r\nwörld\n\ttabbed\n").toUtf8();
        // Two ranges and a bit, so the offsets of later reads are checked too.
        const QByteArray binary = randomBytes(2 * kReadBytes + 123 * 1024 + 7, 11);
        const QString oddName = QStringLiteral("it's $(id) \"x\".txt");
        sim::VirtualFs &fs = sim.volumeFs(volume);
        QCOMPARE(fs.writeFile(QStringLiteral("/notes.txt"), text), sim::FsError::Ok);
        QCOMPARE(fs.makeDirectory(QStringLiteral("/bin")), sim::FsError::Ok);
        QCOMPARE(fs.writeFile(QStringLiteral("/bin/blob.bin"), binary), sim::FsError::Ok);
        QCOMPARE(fs.writeFile(QStringLiteral("/empty"), QByteArray()), sim::FsError::Ok);
        QCOMPARE(fs.writeFile(QLatin1Char('/') + oddName, "odd"), sim::FsError::Ok);

        core::DownloadJob job(sim.client(),
            request(sim, volume,
                {QStringLiteral("/data/notes.txt"), QStringLiteral("/data/bin/blob.bin"),
                    QStringLiteral("/data/empty"), kMount + QLatin1Char('/') + oddName}),
            TransferHarness::smallOptions());
        // The bar fills as bytes arrive, not only from one file to the next.
        QList<double> fractions;
        connect(&job, &core::Job::changed, &job, [&job, &fractions] {
            const double fraction = job.progressFraction();
            if (fractions.isEmpty() || fractions.constLast() != fraction)
                fractions.append(fraction);
        });
        QVERIFY(run(job));
        QCOMPARE(job.state(), core::Job::State::Succeeded);
        QCOMPARE(job.savedFiles(),
            (QStringList {local(QStringLiteral("notes.txt")), local(QStringLiteral("blob.bin")),
                local(QStringLiteral("empty")), local(oddName)}));
        QCOMPARE(readLocal(local(QStringLiteral("notes.txt"))), text);
        const QByteArray saved = readLocal(local(QStringLiteral("blob.bin")));
        QCOMPARE(saved.size(), binary.size());
        QVERIFY(saved == binary); // not QCOMPARE: it would print megabytes
        QVERIFY(QFile::exists(local(QStringLiteral("empty"))));
        QCOMPARE(readLocal(local(QStringLiteral("empty"))), QByteArray());
        QCOMPARE(readLocal(local(oddName)), QByteArray("odd"));
#ifdef Q_OS_UNIX
        // Like any new file (0666 less the umask 027), not 0600 as a temporary file would be.
        const QFile::Permissions classes = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
            | QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(local(QStringLiteral("blob.bin"))) & classes,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
#endif
        QCOMPARE(localEntries(),
            (QStringList {QStringLiteral("blob.bin"), QStringLiteral("empty"), oddName,
                QStringLiteral("notes.txt")}));
        QVERIFY(std::is_sorted(fractions.cbegin(), fractions.cend()));
        QVERIFY2(std::any_of(fractions.cbegin(), fractions.cend(),
                     [](double fraction) { return fraction > 0.25 && fraction < 0.5; }),
            "no progress within the three-part file");
        QCOMPARE(fractions.constLast(), 1.0);
        QCOMPARE(job.progressDone(), job.progressTotal());
        // The volume is only read.
        QCOMPARE(sim.volumeFile(volume, QStringLiteral("/bin/blob.bin")).size(), binary.size());
    }

    void takenNamesGetNumbers()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("names"));
        sim.createMachine(QStringLiteral("web"), volume, kMount);
        sim::VirtualFs &fs = sim.volumeFs(volume);
        fs.writeFile(QStringLiteral("/report.txt"), "remote one");
        fs.makeDirectory(QStringLiteral("/old"));
        fs.writeFile(QStringLiteral("/old/report.txt"), "remote two");
        fs.writeFile(QStringLiteral("/README"), "remote readme");
        writeLocal(local(QStringLiteral("report.txt")), "mine");
        writeLocal(local(QStringLiteral("README")), "my readme");

        // Two remote files of one name in one job: the second must not replace the first.
        core::DownloadJob job(sim.client(),
            request(sim, volume,
                {QStringLiteral("/data/report.txt"), QStringLiteral("/data/old/report.txt"),
                    QStringLiteral("/data/README")}),
            TransferHarness::smallOptions());
        QVERIFY(run(job));
        QCOMPARE(job.state(), core::Job::State::Succeeded);
        QCOMPARE(job.savedFiles(),
            (QStringList {local(QStringLiteral("report (2).txt")),
                local(QStringLiteral("report (3).txt")), local(QStringLiteral("README (2)"))}));
        QCOMPARE(readLocal(local(QStringLiteral("report.txt"))), QByteArray("mine"));
        QCOMPARE(readLocal(local(QStringLiteral("README"))), QByteArray("my readme"));
        QCOMPARE(readLocal(local(QStringLiteral("report (2).txt"))), QByteArray("remote one"));
        QCOMPARE(readLocal(local(QStringLiteral("report (3).txt"))), QByteArray("remote two"));
        QCOMPARE(readLocal(local(QStringLiteral("README (2)"))), QByteArray("remote readme"));
        QCOMPARE(localEntries().size(), 5);
    }

    void nameTakenDuringTheDownloadIsNotReplaced()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("late"));
        sim.createMachine(QStringLiteral("web"), volume, kMount);
        sim.volumeFs(volume).writeFile(QStringLiteral("/late.txt"), "remote");

        core::DownloadJob job(sim.client(),
            request(sim, volume, {QStringLiteral("/data/late.txt")}),
            TransferHarness::smallOptions());
        // The user (or a second download) saves a file of that name after the job chose the name
        // and before it saves: exec 3 is the checksum, the last step before saving.
        int execs = 0;
        onExec(sim, job, [&](const QString &) {
            if (++execs == 3)
                writeLocal(local(QStringLiteral("late.txt")), "theirs");
        });
        QVERIFY(run(job));
        QCOMPARE(execs, 3);
        QCOMPARE(job.state(), core::Job::State::Succeeded);
        QCOMPARE(readLocal(local(QStringLiteral("late.txt"))), QByteArray("theirs"));
        QCOMPARE(job.savedFiles(), QStringList {local(QStringLiteral("late (2).txt"))});
        QCOMPARE(readLocal(local(QStringLiteral("late (2).txt"))), QByteArray("remote"));
        QCOMPARE(localEntries(),
            (QStringList {QStringLiteral("late (2).txt"), QStringLiteral("late.txt")}));
    }

    void twoDownloadsOfOneFileKeepBoth()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("twice"));
        sim.createMachine(QStringLiteral("web"), volume, kMount);
        const QByteArray data = randomBytes(100 * 1024, 15);
        sim.volumeFs(volume).writeFile(QStringLiteral("/same.bin"), data);

        // Side by side, as when Download is chosen twice: each must end with a file of its own.
        const core::DownloadJob::Request both =
            request(sim, volume, {QStringLiteral("/data/same.bin")});
        core::DownloadJob first(sim.client(), both, TransferHarness::smallOptions());
        core::DownloadJob second(sim.client(), both, TransferHarness::smallOptions());
        first.start();
        second.start();
        QVERIFY(QTest::qWaitFor([&] { return first.isFinished() && second.isFinished(); }, 60000));
        QCOMPARE(first.state(), core::Job::State::Succeeded);
        QCOMPARE(second.state(), core::Job::State::Succeeded);
        QStringList saved = first.savedFiles() + second.savedFiles();
        saved.sort();
        QCOMPARE(saved,
            (QStringList {
                local(QStringLiteral("same (2).bin")), local(QStringLiteral("same.bin"))}));
        QVERIFY(readLocal(saved.at(0)) == data);
        QVERIFY(readLocal(saved.at(1)) == data);
        QCOMPARE(localEntries(),
            (QStringList {QStringLiteral("same (2).bin"), QStringLiteral("same.bin")}));
    }

    void missingFileFailsAlone()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("missing"));
        sim.createMachine(QStringLiteral("web"), volume, kMount);
        const QByteArray big = randomBytes(300 * 1024, 12);
        sim.volumeFs(volume).writeFile(QStringLiteral("/a.txt"), "first");
        sim.volumeFs(volume).writeFile(QStringLiteral("/c.bin"), big);

        core::DownloadJob job(sim.client(),
            request(sim, volume,
                {QStringLiteral("/data/a.txt"), QStringLiteral("/data/nothere.txt"),
                    QStringLiteral("/data/c.bin")}),
            TransferHarness::smallOptions());
        QVERIFY(run(job));
        QCOMPARE(job.state(), core::Job::State::Failed);
        QVERIFY2(
            job.errorMessage().contains(QLatin1String("1 file")), qPrintable(job.errorMessage()));
        // Which file, and why, in the machine's own words.
        QVERIFY2(job.errorDetails().startsWith(QLatin1String("/data/nothere.txt: ")),
            qPrintable(job.errorDetails()));
        QVERIFY2(job.errorDetails().contains(QLatin1String("No such file")),
            qPrintable(job.errorDetails()));
        QVERIFY(!job.errorDetails().contains(QLatin1String("a.txt")));
        QCOMPARE(job.savedFiles(),
            (QStringList {local(QStringLiteral("a.txt")), local(QStringLiteral("c.bin"))}));
        QCOMPARE(readLocal(local(QStringLiteral("a.txt"))), QByteArray("first"));
        QVERIFY(readLocal(local(QStringLiteral("c.bin"))) == big);
        QCOMPARE(localEntries(), (QStringList {QStringLiteral("a.txt"), QStringLiteral("c.bin")}));
    }

    void fileVanishingMidReadLeavesNothing()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("vanish"));
        sim.createMachine(QStringLiteral("web"), volume, kMount);
        sim.volumeFs(volume).writeFile(QStringLiteral("/doomed.bin"), randomBytes(200 * 1024, 13));
        sim.volumeFs(volume).writeFile(QStringLiteral("/stays.txt"), "stays");

        core::DownloadJob job(sim.client(),
            request(sim, volume,
                {QStringLiteral("/data/doomed.bin"), QStringLiteral("/data/stays.txt")}),
            TransferHarness::smallOptions());
        // Removed right after its size was taken: the read then finds fewer bytes than promised.
        bool removed = false;
        onExec(sim, job, [&](const QString &step) {
            if (!removed && step.contains(QLatin1String("doomed.bin"))) {
                removed = true;
                sim.volumeFs(volume).removeFile(QStringLiteral("/doomed.bin"));
            }
        });
        QVERIFY(run(job));
        QVERIFY(removed);
        QCOMPARE(job.state(), core::Job::State::Failed);
        QVERIFY2(job.errorDetails().startsWith(QLatin1String("/data/doomed.bin: ")),
            qPrintable(job.errorDetails()));
        QVERIFY2(job.errorDetails().contains(QLatin1String("changed while it was read")),
            qPrintable(job.errorDetails()));
        QCOMPARE(job.savedFiles(), QStringList {local(QStringLiteral("stays.txt"))});
        QCOMPARE(localEntries(), QStringList {QStringLiteral("stays.txt")});
    }

    void fileChangedBeforeTheCheckIsNotSaved()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("changed"));
        sim.createMachine(QStringLiteral("web"), volume, kMount);
        sim.volumeFs(volume).writeFile(QStringLiteral("/log.txt"), "version one\n");

        core::DownloadJob job(sim.client(), request(sim, volume, {QStringLiteral("/data/log.txt")}),
            TransferHarness::smallOptions());
        // Same size, other bytes, after the read (exec 2 of stat, read, hash): only the
        // checksum can tell, and the stale copy must not be saved.
        int execs = 0;
        onExec(sim, job, [&](const QString &) {
            if (++execs == 2)
                sim.volumeFs(volume).writeFile(QStringLiteral("/log.txt"), "version two\n");
        });
        QVERIFY(run(job));
        QCOMPARE(execs, 3);
        QCOMPARE(job.state(), core::Job::State::Failed);
        QVERIFY2(job.errorDetails().contains(QLatin1String("did not match")),
            qPrintable(job.errorDetails()));
        QVERIFY(job.savedFiles().isEmpty());
        QVERIFY(localEntries().isEmpty());
    }

    void cancelMidDownloadLeavesNothing()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("cancel"));
        sim.createMachine(QStringLiteral("web"), volume, kMount);
        sim.volumeFs(volume).writeFile(QStringLiteral("/big.bin"), randomBytes(kReadBytes + 1, 14));
        sim.volumeFs(volume).writeFile(QStringLiteral("/after.txt"), "after");
        writeLocal(local(QStringLiteral("keep.txt")), "local");

        core::DownloadJob job(sim.client(),
            request(
                sim, volume, {QStringLiteral("/data/big.bin"), QStringLiteral("/data/after.txt")}),
            TransferHarness::smallOptions());
        // Cancelled once the first of big.bin's two ranges has been read: part of it is in the
        // open local file, the rest is not.
        int bigExecs = 0;
        onExec(sim, job, [&](const QString &step) {
            if (step.contains(QLatin1String("big.bin")) && ++bigExecs == 2)
                QMetaObject::invokeMethod(&job, &core::Job::cancel, Qt::QueuedConnection);
        });
        QVERIFY(run(job));
        QCOMPARE(bigExecs, 2);
        QCOMPARE(job.state(), core::Job::State::Cancelled);
        QVERIFY(job.savedFiles().isEmpty());
        // Nothing still in flight that could write a file later.
        const auto channels = job.findChildren<core::ExecChannel *>();
        QVERIFY(!channels.isEmpty());
        for (const core::ExecChannel *channel : channels)
            QVERIFY(!channel->isBusy());
        QCOMPARE(localEntries(), QStringList {QStringLiteral("keep.txt")});
        QCOMPARE(readLocal(local(QStringLiteral("keep.txt"))), QByteArray("local"));
    }

    void faultsEndSavedExactOrClearlyFailed()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("flaky"));
        sim.createMachine(QStringLiteral("web"), volume, kMount);
        QMap<QString, QByteArray> files;
        QStringList remotePaths;
        for (int i = 0; i < 20; ++i) {
            const QString name = QStringLiteral("file-%1.bin").arg(i, 2, 10, QLatin1Char('0'));
            const qint64 size = i == 0 ? kReadBytes + 5 : i % 4 == 0 ? 0 : 2000 + 997 * i;
            files.insert(name, randomBytes(size, 100 + quint32(i)));
            sim.volumeFs(volume).writeFile(QLatin1Char('/') + name, files.value(name));
            remotePaths.append(kMount + QLatin1Char('/') + name);
        }
        core::TransferOptions options = TransferHarness::smallOptions();
        options.maxAttempts = 2; // so that some files do fail
        core::DownloadJob job(sim.client(), request(sim, volume, remotePaths), options);
        // Faults only once the machine is found: the first file's step means the job is ready.
        connect(&job, &core::Job::changed, &job, [&sim](core::Job::Changes what) {
            if (!what.testFlag(core::Job::Change::Step))
                return;
            sim::FaultSettings faults;
            faults.failRate = 0.3;
            faults.latencyMs = 2;
            sim.api().server().setFaults(faults);
        });
        QVERIFY(run(job, 180000));
        sim.api().server().setFaults({});

        const QStringList failures =
            job.errorDetails().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList expectedEntries;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QString path = local(it.key());
            const QString remote = kMount + QLatin1Char('/') + it.key();
            const QString failure = failures.filter(remote + QLatin1String(": ")).value(0);
            if (job.savedFiles().contains(path)) {
                QVERIFY2(failure.isEmpty(), qPrintable(failure));
                QVERIFY2(readLocal(path) == it.value(), qPrintable(it.key()));
                expectedEntries.append(it.key());
            } else {
                // Failed with a reason, and nothing of it in the folder.
                QVERIFY2(failure.size() > remote.size() + 2, qPrintable(remote));
                QVERIFY(!QFile::exists(path));
            }
        }
        QCOMPARE(job.savedFiles().size() + failures.size(), files.size());
        QCOMPARE(localEntries(), expectedEntries);
        QCOMPARE(job.state(),
            failures.isEmpty() ? core::Job::State::Succeeded : core::Job::State::Failed);
        QVERIFY2(!job.savedFiles().isEmpty(), "the faults should not stop everything");
        qInfo("%d of %d saved under faults", int(job.savedFiles().size()), int(files.size()));
    }

    void stoppedMachineFailsClearly()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("stopped"));
        const QString machine = sim.createMachine(QStringLiteral("web"), volume, kMount, true);
        sim.volumeFs(volume).writeFile(QStringLiteral("/a.txt"), "a");
        core::DownloadJob job(sim.client(), request(sim, volume, {QStringLiteral("/data/a.txt")}),
            TransferHarness::smallOptions());
        QVERIFY(run(job));
        QCOMPARE(job.state(), core::Job::State::Failed);
        QVERIFY2(job.errorMessage().contains(QLatin1String("not running")),
            qPrintable(job.errorMessage()));
        QCOMPARE(sim.machineState(machine), QStringLiteral("stopped")); // not started unasked
        QVERIFY(localEntries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDownloadJob)
#include "tst_downloadjob.moc"
