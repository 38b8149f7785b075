// removeTemporaries() against the simulator over loopback: many names go in several execs of a
// thousand each (fewer when they are long), all are removed, and it tells once, also when the
// machine is gone.
#include "core/transfer/execchannel.h"
#include "core/transfer/transfercleanup.h"
#include "sim/server/simserver.h"
#include "sim/shell/virtualfs.h"
#include "transferharness.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar;
using namespace hangar::tests;

class TestTransferCleanup : public QObject {
    Q_OBJECT

private:
    // Removes `paths` on `machine` and counts the execs it took; -1 if it never said it was done.
    int execsToRemove(TransferHarness &sim, const QString &machine, const QStringList &paths)
    {
        int execs = 0;
        QObject counting;
        connect(&sim.api().server(), &sim::SimServer::requestHandled, &counting,
            [&execs](const QByteArray &, const QString &path, int) {
                if (path.endsWith(QLatin1String("/exec")))
                    ++execs;
            });
        core::ExecChannel channel(sim.client());
        channel.setMachine(sim.app(), machine);
        int told = 0;
        core::removeTemporaries(channel, paths, [&told] { ++told; });
        if (!QTest::qWaitFor([&told] { return told > 0; }, 30000))
            return -1;
        return told == 1 ? execs : -1;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void removesManyNamesInGroups()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("tidy"));
        const QString machine =
            sim.createMachine(QStringLiteral("runner"), volume, QStringLiteral("/data"));
        QStringList paths;
        for (int i = 0; i < 2500; ++i) {
            const QString name = QStringLiteral("/.hangar-t-%1.tmp").arg(i);
            if (i % 2 == 0) // the others are not there: rm -f does not mind
                sim.volumeFs(volume).writeFile(name, "x");
            paths.append(QStringLiteral("/data") + name);
        }
        sim.volumeFs(volume).writeFile(QStringLiteral("/keep.txt"), "kept");
        QCOMPARE(execsToRemove(sim, machine, paths), 3);
        QCOMPARE(sim.volumePaths(volume), QStringList {QStringLiteral("/keep.txt")});
    }

    void longNamesGoInSmallerGroups()
    {
        TransferHarness sim;
        const QString volume = sim.createVolume(QStringLiteral("long"));
        const QString machine =
            sim.createMachine(QStringLiteral("runner"), volume, QStringLiteral("/data"));
        const QString deep = QStringLiteral("/data")
            + QStringLiteral("/%1").arg(QString(200, QLatin1Char('d'))).repeated(4);
        QStringList paths;
        for (int i = 0; i < 400; ++i) // over 800 bytes each: over 320 KB in all
            paths.append(deep + QStringLiteral("/.hangar-t-%1.tmp").arg(i));
        QCOMPARE(execsToRemove(sim, machine, paths), 2);
    }

    void tellsOnceWhenTheMachineIsGone()
    {
        TransferHarness sim;
        core::ExecChannel channel(sim.client());
        channel.setMachine(sim.app(), QStringLiteral("no-such-machine"));
        int told = 0;
        core::removeTemporaries(
            channel, {QStringLiteral("/data/.hangar-t-0.tmp")}, [&told] { ++told; });
        QTRY_COMPARE_WITH_TIMEOUT(told, 1, 30000);
        QTest::qWait(50);
        QCOMPARE(told, 1);
    }

    void nothingToRemoveTellsAtOnce()
    {
        TransferHarness sim;
        core::ExecChannel channel(sim.client());
        int told = 0;
        core::removeTemporaries(channel, {}, [&told] { ++told; });
        QCOMPARE(told, 1);
    }
};

QTEST_GUILESS_MAIN(TestTransferCleanup)
#include "tst_transfercleanup.moc"
