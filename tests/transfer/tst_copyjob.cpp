// The copy engine end to end against the simulator over loopback: what lands on the volume,
// byte for byte, and what is left behind (nothing) whatever happens.
#include "api/operations/createandwait.h"
#include "core/fleet/fleetstore.h"
#include "core/jobs/jobmanager.h"
#include "core/session/accountsession.h"
#include "core/transfer/chunkreader.h"
#include "core/transfer/copyjob.h"
#include "core/transfer/helpermachines.h"
#include "sim/server/faultinjector.h"
#include "sim/server/simserver.h"
#include "sim/shell/virtualfs.h"
#include "transferharness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hangar;
using namespace hangar::tests;
using Kind = core::CopyQuestion::Kind;
using Answer = core::CopyAnswer;

namespace {

core::TransferOptions chunksInFlight(int count)
{
    core::TransferOptions options = TransferHarness::smallOptions();
    options.chunksInFlight = count;
    return options;
}

} // namespace

class TestCopyJob : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_local;
    QString local(const QString &relative) const { return m_local->filePath(relative); }

    // Copies a large file over an old one, sets `faults` once chunks move and cancels 150 ms
    // later, `rounds` times. A round is over when the simulator has had nothing to do for
    // `quietMs` (longer than any hold and any wait of the cleanup); then nothing may be left
    // but the old file.
    void cancelHeldCopy(const sim::FaultSettings &faults, const core::TransferOptions &options,
        int rounds, int quietMs)
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("late"));
        sim.createMachine(QStringLiteral("attached"), volume, QStringLiteral("/data"));
        sim.volumeFs(volume).writeFile(QStringLiteral("/late.bin"), "old");
        const QString big =
            writeLocal(local(QStringLiteral("late.bin")), randomBytes(900 * 1024, 21));
        QElapsedTimer sinceLastRequest;
        sinceLastRequest.start();
        connect(&sim.api().server(), &sim::SimServer::requestHandled, this,
            [&sinceLastRequest] { sinceLastRequest.restart(); });
        for (int round = 0; round < rounds; ++round) {
            core::CopyJob job(sim.client(), sim.request(volume, {big}), options);
            bool armed = false;
            connect(&job, &core::Job::changed, &job, [&] {
                if (armed || !job.currentStep().startsWith(QLatin1String("Copying")))
                    return;
                armed = true;
                sim.api().server().setFaults(faults);
                QTimer::singleShot(150, &job, &core::Job::cancel);
            });
            QVERIFY(sim.run(job));
            QCOMPARE(job.state(), core::Job::State::Cancelled);
            QTRY_VERIFY_WITH_TIMEOUT(sinceLastRequest.elapsed() > quietMs, 30000);
            QVERIFY2(sim.leftovers(volume).isEmpty(),
                qPrintable(sim.leftovers(volume).join(QLatin1Char(' '))));
            QCOMPARE(sim.volumeFile(volume, QStringLiteral("/late.bin")), QByteArray("old"));
            sim.api().server().setFaults({});
        }
    }

    // Every file arrived byte-exact or failed with a reason and nothing in its place, and not
    // all of them failed.
    void checkVerifiedOrClearlyFailed(TransferHarness &sim, const QString &volume,
        const core::CopyJob &job, const QMap<QString, QByteArray> &files)
    {
        int done = 0;
        for (const core::CopyItem &item : job.items()) {
            const QByteArray onVolume = sim.volumeFile(volume, item.remotePath.mid(5));
            if (item.status == core::CopyItem::Status::Done) {
                ++done;
                QCOMPARE(onVolume, files.value(item.relativePath));
            } else {
                QCOMPARE(item.status, core::CopyItem::Status::Failed);
                QVERIFY(!item.error.isEmpty());
                QVERIFY(onVolume.isEmpty()); // nothing partial in place
            }
        }
        QVERIFY2(done > 0, "the faults should not stop everything");
    }

    // Copies `size` random bytes, in 1 MiB chunks to begin with, through a simulator that takes
    // bodies of up to `maxBodyBytes`; the file must arrive byte-exact. `chunkBytes` is the chunk
    // size the copy ended with.
    void copyUnderBodyLimit(qint64 maxBodyBytes, qint64 size, quint32 seed, qint64 *chunkBytes)
    {
        sim::SimOptions options = TransferHarness::simOptions();
        options.maxBodyBytes = maxBodyBytes;
        TransferHarness sim(options);
        const QString volume = sim.createVolume(QStringLiteral("limits"));
        const QByteArray data = randomBytes(size, seed);
        const QString file = writeLocal(local(QStringLiteral("data.bin")), data);
        core::TransferOptions transfer = TransferHarness::smallOptions();
        transfer.chunkBytes = 1024 * 1024;
        core::CopyJob job(sim.client(), sim.request(volume, {file}), transfer);
        QVERIFY(sim.run(job));
        QCOMPARE(job.state(), core::Job::State::Succeeded);
        QCOMPARE(sim.volumeFile(volume, QStringLiteral("/data.bin")), data);
        *chunkBytes = job.chunkBytes();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_local = std::make_unique<QTemporaryDir>(); }

    void treeArrivesByteExactThroughHelper()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("site_data"));
        QMap<QString, QByteArray> files {
            {QStringLiteral("site/index.html"), QByteArray("<h1>Hello</h1>\n")},
            {QStringLiteral("site/empty.txt"), QByteArray()},
            {QStringLiteral("site/css/main.css"),
                QByteArray("body { margin: 0 }\r\n").repeated(50)},
            {QStringLiteral("site/img/logo.bin"), randomBytes(9000, 1)},
            {QStringLiteral("site/img/photo.raw"), randomBytes(250 * 1024 + 7, 2)},
            {QStringLiteral("site/data/big.bin"), randomBytes(640 * 1024, 3)},
            {QStringLiteral("site/.hidden"), QByteArray("dotfile\n")},
        };
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            writeLocal(local(it.key()), it.value());
        QDir().mkpath(local(QStringLiteral("site/empty-folder")));
        QFile::setPermissions(local(QStringLiteral("site/index.html")),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);

        core::CopyJob job(sim.client(),
            sim.request(volume, {local(QStringLiteral("site"))}, QStringLiteral("/data/www")),
            TransferHarness::smallOptions());
        QVERIFY(sim.run(job));
        QCOMPARE(job.state(), core::Job::State::Succeeded);
        QCOMPARE(job.count(core::CopyItem::Status::Done), int(files.size()));
        QVERIFY2(job.machineName().startsWith(QLatin1String("hangar-helper-")),
            qPrintable(job.machineName()));
        QVERIFY(sim.liveHelpers().isEmpty());
        QVERIFY(sim.leftovers(volume).isEmpty());
        QCOMPARE(job.bytesDone(), job.bytesTotal());

        // Through exec, as a user of the volume would see it.
        const QString checker =
            sim.createMachine(QStringLiteral("checker"), volume, QStringLiteral("/srv"));
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QString path = QStringLiteral("/srv/www/") + it.key();
            QCOMPARE(sim.execSha256(checker, path), sha256Hex(it.value()));
            QCOMPARE(sim.volumeFile(volume, QStringLiteral("/www/") + it.key()), it.value());
        }
        QCOMPARE(sim.execList(checker, QStringLiteral("/srv/www/site")),
            (QStringList {QStringLiteral("css"), QStringLiteral("data"),
                QStringLiteral("empty-folder"), QStringLiteral("empty.txt"), QStringLiteral("img"),
                QStringLiteral("index.html"), QStringLiteral(".hidden")}));
        sim::FileInfo info;
        sim.volumeFs(volume).stat(QStringLiteral("/www/site/index.html"), &info);
        QCOMPARE(info.mode, 0755);
    }

    void namesLandLiterally()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("names"));
        // "/" cannot be part of a name: "$(rm -rf /)" is a folder "$(rm -rf " holding ")".
        const QStringList names {QStringLiteral("$(rm -rf /)"), QStringLiteral("; reboot"),
            QStringLiteral("it's \"quoted\""), QStringLiteral("new\nline"),
            QStringLiteral("`touch pwned`"), QStringLiteral("-rf"), QStringLiteral("*"),
            QStringLiteral(" spaced "), QStringLiteral("back\\slash"),
            QString::fromUtf8("naïve – 日本語.txt"), QStringLiteral("a|b|c"),
            QStringLiteral("$(touch pwned)/inner")};
        for (const QString &name : names)
            writeLocal(local(QStringLiteral("drop/") + name), name.toUtf8());
        core::CopyJob job(sim.client(), sim.request(volume, {local(QStringLiteral("drop"))}),
            TransferHarness::smallOptions());
        QVERIFY(sim.run(job));
        QCOMPARE(job.state(), core::Job::State::Succeeded);
        for (const QString &name : names)
            QCOMPARE(sim.volumeFile(volume, QStringLiteral("/drop/") + name), name.toUtf8());
        const QStringList all = sim.volumePaths(volume);
        QCOMPARE(all.size(), names.size() + 3); // drop, "$(rm -rf " and "$(touch pwned)"
        for (const QString &path : all)
            QVERIFY2(!path.endsWith(QLatin1String("pwned")), qPrintable(path));
        QVERIFY(sim.liveHelpers().isEmpty());
    }

    void cancelMidCopyKeepsOldFilesAndLeavesNothing()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("keep"));
        sim.volumeFs(volume).writeFile(QStringLiteral("/big.bin"), "old big");
        sim.volumeFs(volume).writeFile(QStringLiteral("/small.txt"), "old small");
        const QString big =
            writeLocal(local(QStringLiteral("big.bin")), randomBytes(900 * 1024, 4));
        const QString small = writeLocal(local(QStringLiteral("small.txt")), "new small");

        core::CopyJob job(
            sim.client(), sim.request(volume, {big, small}), TransferHarness::smallOptions());
        // Cancelled as soon as part of the big file is on the machine, whatever the clock says.
        QObject context;
        connect(&job, &core::CopyJob::transferProgress, &context, [&job] {
            if (job.bytesDone() > 0 && job.bytesDone() < 900 * 1024 && !job.isFinished())
                QMetaObject::invokeMethod(&job, &core::Job::cancel, Qt::QueuedConnection);
        });
        QVERIFY(sim.run(job));
        QCOMPARE(job.state(), core::Job::State::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(sim.liveHelpers().isEmpty(), 30000);
        QTRY_VERIFY(sim.leftovers(volume).isEmpty());
        QCOMPARE(sim.volumeFile(volume, QStringLiteral("/big.bin")), QByteArray("old big"));
        QCOMPARE(sim.volumePaths(volume),
            (QStringList {QStringLiteral("/big.bin"), QStringLiteral("/small.txt")}));
    }

    // A machine may run execs in any order, so a chunk whose body was all sent may run after
    // the cancel, and the first chunk makes the temporary file: the cleanup waits for such
    // chunks before it removes anything. While the file is copied the simulator holds each
    // request up to 600 ms before running it, and the copy is cancelled once the first chunk
    // is on the machine but most likely still held. Which of that chunk and the removal runs
    // first is then up to chance, hence several rounds.
    void cancelLeavesNothingWhenChunksRunLate()
    {
        sim::FaultSettings faults;
        faults.handlingJitterMs = 600;
        cancelHeldCopy(faults, TransferHarness::smallOptions(), 6, 1500);
    }

    // A command whose answer was lost may still run on the machine, and after the cancel if it
    // was held: the cleanup waits as long as such a command may run (its exec timeout and a
    // margin) before it removes anything. Every answer is lost here, the cleanup's too, and
    // each request is held up to 600 ms, so at the cancel there are always commands the client
    // has stopped listening to that have yet to run, first chunks among them.
    void cancelLeavesNothingWhenLostAnswersRunLate()
    {
        sim::FaultSettings faults;
        faults.lostAnswerRate = 1.0;
        faults.handlingJitterMs = 600;
        core::TransferOptions options = TransferHarness::smallOptions();
        options.execTimeoutSecs = 1; // what the cleanup waits for, plus its margin
        cancelHeldCopy(faults, options, 2, 5000);
    }

    void faultsEndVerifiedOrClearlyFailed()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("flaky"));
        QMap<QString, QByteArray> files;
        for (int i = 0; i < 24; ++i) {
            const QString name = QStringLiteral("f/file-%1.bin").arg(i);
            files.insert(name, randomBytes(i % 3 == 0 ? 200 * 1024 + i : 3000 + i, 100 + i));
            writeLocal(local(name), files.value(name));
        }
        core::CopyJob job(sim.client(), sim.request(volume, {local(QStringLiteral("f"))}),
            TransferHarness::smallOptions());
        connect(
            &job, &core::CopyJob::machinesChanged, &job,
            [&sim] {
                // Faults only while files move: the helper must be created to test anything.
                sim::FaultSettings faults;
                faults.failRate = 0.2;
                faults.latencyMs = 2;
                sim.api().server().setFaults(faults);
            },
            Qt::SingleShotConnection);
        QVERIFY(sim.run(job, {}, 120000));
        checkVerifiedOrClearlyFailed(sim, volume, job, files);
        sim.api().server().setFaults({});
        QTRY_VERIFY_WITH_TIMEOUT(sim.liveHelpers().isEmpty(), 30000);
        QVERIFY(sim.leftovers(volume).isEmpty());
    }

    // An answer lost on its way back leaves the client unsure whether the command ran; every
    // step of a copy is repeated then, so each must be safe to run twice, in either order with
    // its repeat (the simulator holds requests up to 800 ms). A command whose answer was lost
    // may also run after the copy is over and make its temporary file again: a cleanup waits
    // for such commands and then removes every temporary name the copy used.
    void lostAnswersEndVerifiedOrClearlyFailed()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("lossy"));
        sim.createMachine(QStringLiteral("attached"), volume, QStringLiteral("/data"));
        QElapsedTimer sinceLastRequest;
        sinceLastRequest.start();
        connect(&sim.api().server(), &sim::SimServer::requestHandled, this,
            [&sinceLastRequest] { sinceLastRequest.restart(); });
        QMap<QString, QByteArray> files;
        for (int i = 0; i < 12; ++i) {
            const QString name = QStringLiteral("l/file-%1.bin").arg(i);
            files.insert(name, randomBytes(i % 3 == 0 ? 300 * 1024 + i : 2000 + i, 300 + i));
            writeLocal(local(name), files.value(name));
        }
        core::TransferOptions options = TransferHarness::smallOptions();
        options.execTimeoutSecs = 1; // what the cleanup waits for, plus its margin
        core::CopyJob job(sim.client(), sim.request(volume, {local(QStringLiteral("l"))}), options);
        bool armed = false;
        connect(&job, &core::Job::changed, &job, [&] {
            // Faults only while files move: they are what this is about.
            if (armed || !job.currentStep().startsWith(QLatin1String("Copying")))
                return;
            armed = true;
            sim::FaultSettings faults;
            faults.lostAnswerRate = 0.5;
            faults.handlingJitterMs = 800;
            sim.api().server().setFaults(faults);
        });
        QVERIFY(sim.run(job, {}, 120000));
        sim.api().server().setFaults({});
        checkVerifiedOrClearlyFailed(sim, volume, job, files);
        // Longer than the cleanup waits, after the last request it made or held.
        QTRY_VERIFY_WITH_TIMEOUT(sinceLastRequest.elapsed() > 5000, 30000);
        QVERIFY2(sim.leftovers(volume).isEmpty(),
            qPrintable(sim.leftovers(volume).join(QLatin1Char(' '))));
    }

    // A command still running on the machine (from a lost answer) may change a temporary file
    // after its check: the rename reports what landed, and a file that changed is written again.
    // Here the temporary file is changed as soon as the exec that wrote and checked it is done.
    void fileChangedBeforeItsRenameIsWrittenAgain()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("changed"));
        sim.createMachine(QStringLiteral("attached"), volume, QStringLiteral("/data"));
        const QByteArray original = randomBytes(50 * 1024, 31); // one chunk, not a batch
        const QString path = writeLocal(local(QStringLiteral("one.bin")), original);
        bool changed = false;
        connect(&sim.api().server(), &sim::SimServer::requestHandled, this,
            [&](const QByteArray &, const QString &route, int) {
                const QStringList temporaries = sim.leftovers(volume);
                if (changed || !route.endsWith(QLatin1String("/exec")) || temporaries.isEmpty())
                    return;
                changed = true;
                sim.volumeFs(volume).writeFile(temporaries.first(), "changed on the machine");
            });
        core::CopyJob job(
            sim.client(), sim.request(volume, {path}), TransferHarness::smallOptions());
        QVERIFY(sim.run(job));
        QVERIFY(changed);
        QCOMPARE(job.state(), core::Job::State::Succeeded);
        QCOMPARE(sim.volumeFile(volume, QStringLiteral("/one.bin")), original);
        QCOMPARE(job.items().front().attempts, 1);
        QTRY_VERIFY(sim.leftovers(volume).isEmpty());
    }

    void fullVolumeStopsWithNothingPartial()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("tiny"));
        sim.volumeFs(volume).setCapacity(300 * 1024);
        sim.volumeFs(volume).writeFile(QStringLiteral("/b.bin"), "old b");
        writeLocal(local(QStringLiteral("d/a.txt")), "fits");
        writeLocal(local(QStringLiteral("d/b.bin")), randomBytes(400 * 1024, 5));
        writeLocal(local(QStringLiteral("d/c.txt")), "never reached");
        core::CopyJob job(sim.client(), sim.request(volume, {local(QStringLiteral("d"))}),
            TransferHarness::smallOptions());
        QVERIFY(sim.run(job));
        QCOMPARE(job.state(), core::Job::State::Failed);
        QVERIFY2(
            job.errorMessage().contains(QLatin1String("full")), qPrintable(job.errorMessage()));
        QCOMPARE(sim.volumeFile(volume, QStringLiteral("/b.bin")), QByteArray("old b"));
        QVERIFY(sim.leftovers(volume).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(sim.liveHelpers().isEmpty(), 30000);
        QVERIFY(job.hasFailedFiles());
    }

    void fullVolumeDuringABatchOfSmallFiles()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("tinier"));
        sim.volumeFs(volume).setCapacity(100 * 1024); // the first batch of 7 fits, not the second
        for (int i = 0; i < 12; ++i)
            writeLocal(local(QStringLiteral("s/%1.txt").arg(i, 2, 10, QLatin1Char('0'))),
                randomBytes(10 * 1024, 200 + quint32(i)));
        core::CopyJob job(sim.client(), sim.request(volume, {local(QStringLiteral("s"))}),
            TransferHarness::smallOptions());
        QVERIFY(sim.run(job));
        QCOMPARE(job.state(), core::Job::State::Failed);
        QVERIFY2(
            job.errorMessage().contains(QLatin1String("full")), qPrintable(job.errorMessage()));
        QVERIFY(sim.leftovers(volume).isEmpty());
        for (const core::CopyItem &item : job.items()) {
            const QByteArray onVolume = sim.volumeFile(volume, item.remotePath.mid(5));
            if (item.status == core::CopyItem::Status::Done)
                QCOMPARE(onVolume.size(), 10 * 1024);
            else
                QVERIFY(onVolume.isEmpty());
        }
        QVERIFY(job.count(core::CopyItem::Status::Done) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(sim.liveHelpers().isEmpty(), 30000);
    }

    void seedNginxConfArrivesThroughHelper()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("nginx-config"));
        const QByteArray conf = "events {}\nhttp { server { listen 8080; } }\n";
        const QString file = writeLocal(local(QStringLiteral("nginx.conf")), conf);
        core::CopyJob job(sim.client(),
            sim.request(
                volume, {file}, QStringLiteral("/etc/nginx"), QStringLiteral("/etc/nginx")));
        QStringList helpersSeen;
        connect(
            &job, &core::CopyJob::machinesChanged, &job, [&] { helpersSeen += sim.liveHelpers(); });
        QVERIFY(sim.run(job));
        QCOMPARE(job.state(), core::Job::State::Succeeded);
        QVERIFY(!helpersSeen.isEmpty());
        QVERIFY(sim.liveHelpers().isEmpty());
        QCOMPARE(sim.volumeFile(volume, QStringLiteral("/nginx.conf")), conf);
        const QString nginx = sim.createMachine(
            QStringLiteral("my-nginx-server"), volume, QStringLiteral("/etc/nginx"));
        QCOMPARE(sim.execSha256(nginx, QStringLiteral("/etc/nginx/nginx.conf")), sha256Hex(conf));
    }

    void stoppedMachineIsAskedStartedAndStoppedAgain()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("attached"));
        const QString machine =
            sim.createMachine(QStringLiteral("app-1"), volume, QStringLiteral("/data"), true);
        const QString file = writeLocal(local(QStringLiteral("x.txt")), "x");

        core::CopyJob refused(sim.client(), sim.request(volume, {file}));
        QVERIFY(sim.run(refused, {{Kind::StartMachine, Answer::No}}));
        QCOMPARE(refused.state(), core::Job::State::Failed);
        QCOMPARE(sim.machineState(machine), QStringLiteral("stopped"));

        core::CopyJob job(sim.client(), sim.request(volume, {file}));
        QList<Kind> asked;
        connect(&job, &core::CopyJob::questionAsked, &job,
            [&asked](const core::CopyQuestion &question) { asked.append(question.kind); });
        QVERIFY(sim.run(job));
        QCOMPARE(job.state(), core::Job::State::Succeeded);
        QCOMPARE(asked, QList<Kind> {Kind::StartMachine});
        QCOMPARE(job.machineName(), QStringLiteral("app-1"));
        QCOMPARE(sim.machineState(machine), QStringLiteral("stopped"));
        QCOMPARE(sim.volumeFile(volume, QStringLiteral("/x.txt")), QByteArray("x"));
        QVERIFY(sim.liveHelpers().isEmpty());
    }

    void runningMachineIsUsedAsItIs()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("busy"));
        const QString machine =
            sim.createMachine(QStringLiteral("web"), volume, QStringLiteral("/var/www"));
        const QString file = writeLocal(local(QStringLiteral("page.html")), "<p>hi</p>");
        // The drop names paths as the user sees the volume (/data); the machine sees /var/www.
        core::CopyJob job(sim.client(), sim.request(volume, {file}, QStringLiteral("/data/pub")));
        QVERIFY(sim.run(job));
        QCOMPARE(job.state(), core::Job::State::Succeeded);
        QCOMPARE(sim.machineState(machine), QStringLiteral("started"));
        QCOMPARE(sim.execSha256(machine, QStringLiteral("/var/www/pub/page.html")),
            sha256Hex("<p>hi</p>"));
    }

    void conflictsOverwriteSkipOrKeepBoth()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("conflicts"));
        for (const char *name : {"/a.txt", "/b.txt", "/report.pdf", "/report (2).pdf"})
            sim.volumeFs(volume).writeFile(QString::fromLatin1(name), "old");
        const QStringList paths {writeLocal(local(QStringLiteral("a.txt")), "new"),
            writeLocal(local(QStringLiteral("b.txt")), "new"),
            writeLocal(local(QStringLiteral("report.pdf")), "new")};

        core::CopyJob skip(sim.client(), sim.request(volume, paths));
        QVERIFY(sim.run(skip, {{Kind::Conflict, Answer::Skip}}));
        QCOMPARE(skip.count(core::CopyItem::Status::Skipped), 3);
        QCOMPARE(sim.volumeFile(volume, QStringLiteral("/a.txt")), QByteArray("old"));

        core::CopyJob keepBoth(sim.client(), sim.request(volume, paths.mid(2)));
        QVERIFY(sim.run(keepBoth, {{Kind::Conflict, Answer::KeepBoth}}));
        QCOMPARE(sim.volumeFile(volume, QStringLiteral("/report.pdf")), QByteArray("old"));
        QCOMPARE(sim.volumeFile(volume, QStringLiteral("/report (3).pdf")), QByteArray("new"));

        core::CopyJob overwrite(sim.client(), sim.request(volume, paths.mid(0, 2)));
        int questions = 0;
        connect(&overwrite, &core::CopyJob::questionAsked, &overwrite,
            [&overwrite, &questions](const core::CopyQuestion &question) {
                ++questions;
                QCOMPARE(question.count, 2);
                overwrite.answer(question.id, Answer::Overwrite, true); // apply to all
            });
        overwrite.start();
        QTRY_VERIFY(overwrite.isFinished());
        QCOMPARE(questions, 1);
        QCOMPARE(sim.volumeFile(volume, QStringLiteral("/a.txt")), QByteArray("new"));
        QCOMPARE(sim.volumeFile(volume, QStringLiteral("/b.txt")), QByteArray("new"));
    }

    void largeFilesAskFirstAndLinksAreNotFollowed()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("guards"));
        writeLocal(local(QStringLiteral("d/huge.bin")), randomBytes(5000, 6));
        writeLocal(local(QStringLiteral("d/ok.txt")), "ok");
        const QString outside = writeLocal(local(QStringLiteral("secret.txt")), "secret");
        QVERIFY(QFile::link(outside, local(QStringLiteral("d/link.txt"))));
        core::TransferOptions options = TransferHarness::smallOptions();
        options.askAboveBytes = 4096;
        core::CopyJob job(sim.client(), sim.request(volume, {local(QStringLiteral("d"))}), options);
        QVERIFY(sim.run(job, {{Kind::LargeFile, Answer::No}, {Kind::Links, Answer::No}}));
        QCOMPARE(job.state(), core::Job::State::Succeeded);
        QCOMPARE(sim.volumePaths(volume),
            (QStringList {QStringLiteral("/d"), QStringLiteral("/d/ok.txt")}));

        core::CopyJob follow(
            sim.client(), sim.request(volume, {local(QStringLiteral("d"))}), options);
        QVERIFY(sim.run(follow, {{Kind::LargeFile, Answer::No}, {Kind::Links, Answer::Yes}}));
        QCOMPARE(sim.volumeFile(volume, QStringLiteral("/d/link.txt")), QByteArray("secret"));
    }

    void vanishedFileFailsAlone()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("vanish"));
        writeLocal(local(QStringLiteral("d/big.bin")), randomBytes(5000, 7));
        const QString doomed = writeLocal(local(QStringLiteral("d/doomed.txt")), "bye");
        writeLocal(local(QStringLiteral("d/stays.txt")), "stays");
        core::TransferOptions options = TransferHarness::smallOptions();
        options.askAboveBytes = 4096; // the question is a pause between scan and copy
        core::CopyJob job(sim.client(), sim.request(volume, {local(QStringLiteral("d"))}), options);
        connect(&job, &core::CopyJob::questionAsked, &job,
            [doomed](const core::CopyQuestion &) { QFile::remove(doomed); });
        QVERIFY(sim.run(job));
        QCOMPARE(job.state(), core::Job::State::Failed);
        QCOMPARE(job.count(core::CopyItem::Status::Done), 2);
        QCOMPARE(job.count(core::CopyItem::Status::Failed), 1);
        QVERIFY(job.errorDetails().contains(QLatin1String("doomed.txt")));
        QCOMPARE(sim.volumeFile(volume, QStringLiteral("/d/stays.txt")), QByteArray("stays"));
        // Retry offers the failed file again (it is gone, so there is nothing to retry).
        QVERIFY(job.retryRequest().exactFiles.isEmpty());
    }

    void largeFileVanishingBetweenChunksFailsAlone()
    {
        // Chunks are read one ahead of the one in flight: a file removed once its first chunk
        // has landed still fails cleanly, with no temporary file left behind.
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("vanish-large"));
        const QString doomed =
            writeLocal(local(QStringLiteral("d/doomed.bin")), randomBytes(1024 * 1024, 9));
        writeLocal(local(QStringLiteral("d/stays.txt")), "stays");
        core::CopyJob job(sim.client(), sim.request(volume, {local(QStringLiteral("d"))}),
            TransferHarness::smallOptions());
        connect(&job, &core::CopyJob::transferProgress, &job, [&job, doomed] {
            for (const core::CopyItem &item : job.items()) {
                if (item.localPath == doomed && item.bytesDone > 0 && QFile::exists(doomed))
                    QFile::remove(doomed);
            }
        });
        QVERIFY(sim.run(job));
        QCOMPARE(job.state(), core::Job::State::Failed);
        QCOMPARE(job.count(core::CopyItem::Status::Done), 1);
        QCOMPARE(job.count(core::CopyItem::Status::Failed), 1);
        QVERIFY(job.errorDetails().contains(QLatin1String("doomed.bin could not be read")));
        QCOMPARE(sim.volumePaths(volume),
            (QStringList {QStringLiteral("/d"), QStringLiteral("/d/stays.txt")}));
    }

    void largeFileReplacedMidCopyFailsInsteadOfArrivingSpliced()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("replaced"));
        const QString changing =
            writeLocal(local(QStringLiteral("edited.bin")), randomBytes(1024 * 1024, 10));
        core::CopyJob job(
            sim.client(), sim.request(volume, {changing}), TransferHarness::smallOptions());
        bool replaced = false;
        connect(&job, &core::CopyJob::transferProgress, &job, [&] {
            if (replaced || job.items().empty() || job.items().front().bytesDone == 0)
                return;
            replaced = true; // an editor's save: a new file, of another size, in its place
            writeLocal(changing, randomBytes(900 * 1024, 11));
        });
        QVERIFY(sim.run(job));
        QVERIFY(replaced);
        QCOMPARE(job.state(), core::Job::State::Failed);
        QVERIFY2(job.errorDetails().contains(QLatin1String("changed while it was being copied")),
            qPrintable(job.errorDetails()));
        QCOMPARE(sim.volumePaths(volume), QStringList());
    }

    void chunksAnsweredInAnyOrderArriveByteExact()
    {
        // Answers held back 0-40 ms each: chunks in flight together land in any order, and
        // the file still arrives whole, checked by SHA-256 on both sides.
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("jitter"));
        const QByteArray data = randomBytes(1200 * 1024 + 17, 12);
        const QString file = writeLocal(local(QStringLiteral("shuffled.bin")), data);
        sim::FaultSettings faults;
        faults.latencyJitterMs = 40;
        sim.api().server().setFaults(faults);
        core::TransferOptions options = TransferHarness::smallOptions();
        options.chunksInFlight = 4;
        core::CopyJob job(sim.client(), sim.request(volume, {file}), options);
        QVERIFY(sim.run(job));
        QCOMPARE(job.state(), core::Job::State::Succeeded);
        QCOMPARE(sim.volumeFile(volume, QStringLiteral("/shuffled.bin")), data);
        QCOMPARE(job.items().front().sha256, sha256Hex(data));
        sim.api().server().setFaults({});
        QTRY_VERIFY_WITH_TIMEOUT(sim.liveHelpers().isEmpty(), 30000);
        QVERIFY(sim.leftovers(volume).isEmpty());
    }

    void firstChunkTravelsWithTheOthers()
    {
        // The later chunks set off once the first one is on its way, not when it answers:
        // with every answer held back, the machine has written more than one chunk by the
        // time the first answer comes back.
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("together"));
        sim.createMachine(QStringLiteral("web"), volume, QStringLiteral("/data"));
        const core::TransferOptions options = chunksInFlight(4);
        const QByteArray data = randomBytes(4 * options.chunkBytes, 14);
        const QString file = writeLocal(local(QStringLiteral("four.bin")), data);
        sim::FaultSettings faults;
        faults.latencyMs = 300;
        sim.api().server().setFaults(faults);
        core::CopyJob job(sim.client(), sim.request(volume, {file}), options);
        qint64 writtenAtFirstAnswer = -1;
        connect(&job, &core::CopyJob::transferProgress, &job, [&] {
            if (writtenAtFirstAnswer >= 0 || job.items().front().bytesDone == 0)
                return;
            writtenAtFirstAnswer = 0;
            for (const QString &tmp : sim.leftovers(volume))
                writtenAtFirstAnswer += sim.volumeFile(volume, tmp).size();
        });
        QVERIFY(sim.run(job));
        QCOMPARE(job.state(), core::Job::State::Succeeded);
        QCOMPARE(sim.volumeFile(volume, QStringLiteral("/four.bin")), data);
        QVERIFY2(writtenAtFirstAnswer > options.chunkBytes,
            qPrintable(QString::number(writtenAtFirstAnswer)));
        QVERIFY(sim.leftovers(volume).isEmpty());
    }

    void chunksThatOvertakeTheFirstAreSentAgain()
    {
        // Requests handled in any order: a chunk carried out before the first one (which makes
        // the temporary file) finds no file, and is sent again once the first has landed.
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("overtaken"));
        sim.createMachine(QStringLiteral("web"), volume, QStringLiteral("/data"));
        const core::TransferOptions options = chunksInFlight(8); // all at once
        const int chunks = 8;
        const QByteArray data = randomBytes(chunks * options.chunkBytes, 16);
        const QString file = writeLocal(local(QStringLiteral("eight.bin")), data);
        int execs = 0;
        connect(&sim.api().server(), &sim::SimServer::requestHandled, this,
            [&execs](const QByteArray &, const QString &route, int) {
                execs += route.endsWith(QLatin1String("/exec")) ? 1 : 0;
            });
        const auto copyTo = [&](int copy) {
            execs = 0;
            const QString destination = QStringLiteral("/data/copy%1").arg(copy);
            core::CopyJob job(sim.client(), sim.request(volume, {file}, destination), options);
            const bool ran = sim.run(job);
            const bool exact = job.state() == core::Job::State::Succeeded
                && sim.volumeFile(volume, QStringLiteral("/copy%1/eight.bin").arg(copy)) == data
                && job.items().front().sha256 == sha256Hex(data) && sim.leftovers(volume).isEmpty();
            return ran && exact;
        };
        QVERIFY(copyTo(0)); // in order: what the copy takes without any chunk sent again
        const int inOrder = execs;
        sim::FaultSettings faults;
        faults.handlingJitterMs = 400;
        sim.api().server().setFaults(faults);
        // Each copy draws new delays; within a few, some chunk overtakes the first.
        bool overtaken = false;
        for (int copy = 1; copy < 13 && !overtaken; ++copy) {
            QVERIFY(copyTo(copy));
            overtaken = execs > inOrder;
        }
        QVERIFY(overtaken);
    }

    void largeFileWhoseFolderCannotBeMadeFailsWithTheReason()
    {
        // The exec that creates the temporary file also makes the folder: a file in the way
        // fails the large file with the machine's reason, and nothing is left behind.
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("blocked"));
        sim.volumeFs(volume).writeFile(QStringLiteral("/block"), "a file, not a folder");
        const core::TransferOptions options = TransferHarness::smallOptions();
        const QString file =
            writeLocal(local(QStringLiteral("big.bin")), randomBytes(3 * options.chunkBytes, 15));
        core::CopyJob job(
            sim.client(), sim.request(volume, {file}, QStringLiteral("/data/block/sub")), options);
        QVERIFY(sim.run(job));
        QCOMPARE(job.state(), core::Job::State::Failed);
        QVERIFY2(job.errorDetails().contains(QLatin1String("Not a directory")),
            qPrintable(job.errorDetails()));
        QCOMPARE(
            sim.volumeFile(volume, QStringLiteral("/block")), QByteArray("a file, not a folder"));
        QTRY_VERIFY_WITH_TIMEOUT(sim.liveHelpers().isEmpty(), 30000);
        QVERIFY(sim.leftovers(volume).isEmpty());
    }

    void temporaryFileRemovedMidCopyFailsThatFileAlone()
    {
        // Someone removes the temporary file while chunks are still coming: they must not make
        // it again, and the file fails with the reason while the others go on.
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("removed"));
        const QString big =
            writeLocal(local(QStringLiteral("d/big.bin")), randomBytes(700 * 1024, 13));
        writeLocal(local(QStringLiteral("d/other.txt")), "other");
        core::CopyJob job(sim.client(), sim.request(volume, {local(QStringLiteral("d"))}),
            TransferHarness::smallOptions());
        bool removed = false;
        connect(&job, &core::CopyJob::transferProgress, &job, [&] {
            for (const core::CopyItem &item : job.items()) {
                if (item.localPath != big || item.bytesDone == 0 || removed)
                    continue;
                for (const QString &tmp : sim.leftovers(volume))
                    removed = sim.volumeFs(volume).removeFile(tmp) == sim::FsError::Ok || removed;
            }
        });
        QVERIFY(sim.run(job));
        QVERIFY(removed);
        QCOMPARE(job.state(), core::Job::State::Failed);
        QCOMPARE(job.count(core::CopyItem::Status::Done), 1);
        QVERIFY2(job.errorDetails().contains(QLatin1String("temporary file on the machine was "
                                                           "removed")),
            qPrintable(job.errorDetails()));
        QTRY_VERIFY_WITH_TIMEOUT(sim.liveHelpers().isEmpty(), 30000);
        QCOMPARE(sim.volumePaths(volume),
            (QStringList {QStringLiteral("/d"), QStringLiteral("/d/other.txt")}));
    }

    void shrinksChunksOn413()
    {
        qint64 chunkBytes = 0;
        copyUnderBodyLimit(200 * 1024, 700 * 1024, 8, &chunkBytes);
        QVERIFY(chunkBytes > 0 && chunkBytes * 4 / 3 < 200 * 1024);
    }

    // The small first chunk lands and the full ones after it are refused: the file goes on
    // from the end of the first chunk in smaller pieces, and its hash (taken as the chunks
    // first left) still matches.
    void shrinksChunksOn413AfterTheFirstChunkLanded()
    {
        QCOMPARE(core::firstChunkBytes(2560 * 1024, 1024 * 1024), 512 * 1024);
        qint64 chunkBytes = 0;
        copyUnderBodyLimit(800 * 1024, 2560 * 1024, 18, &chunkBytes);
        QCOMPARE(chunkBytes, 512 * 1024);
    }

    void orphanedHelpersAreRemovedAtStart()
    {
        TransferHarness sim;
        const QString orphanVolume = sim.createVolume(QStringLiteral("orphan"));
        const QString liveVolume = sim.createVolume(QStringLiteral("live"));
        auto createHelper = [&sim](const QString &volume, const QString &instance) {
            api::CreateMachineRequest request = core::helpers::helperRequest(
                volume, QStringLiteral("v"), QStringLiteral("lhr"), QStringLiteral("/data"), {});
            request.config.setMetadataValue(QLatin1String(core::helpers::kInstanceKey), instance);
            api::CreateAndWait create(sim.client(), sim.app(), request);
            QVERIFY(runToEnd(create) && create.succeeded());
        };
        createHelper(orphanVolume, QStringLiteral("crashed-run"));
        createHelper(liveVolume, core::helpers::instanceId()); // in use by this run
        sim.createMachine(QStringLiteral("ordinary"), {}, {});
        QCOMPARE(sim.liveHelpers().size(), 2);

        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        core::AccountEndpoint endpoint;
        endpoint.id = QStringLiteral("sandbox");
        endpoint.baseUrl = sim.api().server().baseUrl();
        endpoint.token = sim.api().server().token();
        core::AccountSession session(&network, endpoint);
        QSignalSpy loaded(&session.store(), &core::FleetStore::loaded);
        session.start();
        QVERIFY(loaded.wait(30000));
        core::JobManager jobs;
        QCOMPARE(core::helpers::cleanUpOrphans(session, jobs), 1);
        QCOMPARE(jobs.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(sim.liveHelpers().size(), 1, 30000);
        QTRY_VERIFY(jobs.jobs().first()->isFinished());
        QCOMPARE(jobs.jobs().first()->state(), core::Job::State::Succeeded);
    }

    void destinationOutsideTheVolumeIsRefused()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("escape"));
        const QString file = writeLocal(local(QStringLiteral("x")), "x");
        core::CopyJob job(
            sim.client(), sim.request(volume, {file}, QStringLiteral("/data/../etc")));
        QVERIFY(sim.run(job));
        QCOMPARE(job.state(), core::Job::State::Failed);
        QVERIFY(sim.liveHelpers().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCopyJob)
#include "tst_copyjob.moc"
