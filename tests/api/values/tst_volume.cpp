#include "api/values/timestamps.h"
#include "api/values/volume.h"
#include "api/values/volumesnapshot.h"
#include "valuetestsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using namespace Qt::StringLiterals;

class TestVolume : public QObject {
    Q_OBJECT

private:
    QJsonArray m_volumes;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_volumes = valuetest::loadArray(u"volumes.json"_s);
        QCOMPARE(m_volumes.size(), 3);
    }

    void readsEveryField()
    {
        const Volume volume(m_volumes.at(0).toObject());
        QCOMPARE(volume.id(), u"vol_4y5k8m2p9q1r3s6t"_s);
        QCOMPARE(volume.name(), u"data"_s);
        QCOMPARE(volume.state(), u"created"_s);
        QCOMPARE(volume.sizeGb(), 10);
        QCOMPARE(volume.region(), u"ams"_s);
        QCOMPARE(volume.zone(), u"a7b3"_s);
        QCOMPARE(volume.encrypted(), true);
        QCOMPARE(volume.attachedMachineId(), u"3d8d9e1be77389"_s);
        QCOMPARE(volume.attachedAllocId(), u"a1b2c3d4-e5f6"_s);
        QVERIFY(volume.isAttached());
        QCOMPARE(volume.createdAt(), parseRfc3339(u"2024-04-30T09:15:42.517Z"_s));
        QCOMPARE(volume.createdAt().toMSecsSinceEpoch() % 1000, qint64(517));
        QCOMPARE(volume.fstype(), u"ext4"_s);
        QCOMPARE(volume.blockSize(), qint64(4096));
        QCOMPARE(volume.blocks(), qint64(2554693));
        QCOMPARE(volume.blocksFree(), qint64(2400000));
        QCOMPARE(volume.blocksAvail(), qint64(2269000));
        QCOMPARE(volume.bytesTotal(), qint64(10464022528)); // beyond 32 bits
        QCOMPARE(volume.bytesUsed(), qint64(633634816));
        QCOMPARE(volume.snapshotRetention(), 5);
        QCOMPARE(volume.autoBackupEnabled(), true);
        QCOMPARE(volume.hostStatus(), u"ok"_s);
        QCOMPARE(volume.hostFeatures(), QStringList {u"encryption"_s});
        QVERIFY(volume.requiredHostFeatures().isEmpty());
        QCOMPARE(volume.type(), u"local"_s);
        QCOMPARE(volume.hostDedicationKey(), QString());
        QVERIFY(!volume.isGone());
        QVERIFY(volume.appName().isEmpty());
        QVERIFY(!volume.updatedAt().isValid());
        QCOMPARE(volume.json(), m_volumes.at(0).toObject()); // unknown fields kept
    }

    void readsAFreeVolume()
    {
        const Volume volume(m_volumes.at(1).toObject());
        QVERIFY(volume.attachedMachineId().isEmpty()); // null on the wire
        QVERIFY(volume.attachedAllocId().isEmpty());
        QVERIFY(!volume.isAttached());
        QCOMPARE(volume.type(), u"cache"_s);
        QCOMPARE(volume.fstype(), u"raw"_s);
        QCOMPARE(volume.encrypted(), false);
        QCOMPARE(volume.hostDedicationId(), u"hd_7k2m"_s);
        QCOMPARE(volume.bytesTotal(), qint64(0));
    }

    void recognisesDeletedStates_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("gone");
        QTest::newRow("created") << u"created"_s << false;
        QTest::newRow("hydrating") << u"hydrating"_s << false;
        QTest::newRow("extending") << u"extending"_s << false;
        QTest::newRow("scheduling_destroy") << u"scheduling_destroy"_s << true;
        QTest::newRow("fork_cleanup") << u"fork_cleanup"_s << true;
        QTest::newRow("waiting_for_detach") << u"waiting_for_detach"_s << true;
        QTest::newRow("pending_destroy") << u"pending_destroy"_s << true;
        QTest::newRow("destroying") << u"destroying"_s << true;
        QTest::newRow("destroyed") << u"destroyed"_s << true;
    }

    void recognisesDeletedStates()
    {
        QFETCH(QString, state);
        QFETCH(bool, gone);
        QCOMPARE(Volume(QJsonObject {{u"state"_s, state}}).isGone(), gone);
    }

    void readsOrgVolumeExtras()
    {
        const Volume volume(valuetest::parseObject(
            R"({"id": "vol_1", "app_name": "web", "updated_at": "2024-05-01T12:00:00.000Z"})"));
        QCOMPARE(volume.appName(), u"web"_s);
        QCOMPARE(volume.updatedAt(), fromEpochMilliseconds(1714564800000));
    }

    void readsExtendResult()
    {
        QJsonObject response {{u"volume"_s, m_volumes.at(0)}, {u"needs_restart"_s, true}};
        const ExtendVolumeResult result(response);
        QCOMPARE(result.volume().id(), u"vol_4y5k8m2p9q1r3s6t"_s);
        QCOMPARE(result.needsRestart(), true);
        QCOMPARE(ExtendVolumeResult().needsRestart(), false);
    }

    void readsSnapshots()
    {
        const VolumeSnapshot snapshot(valuetest::parseObject(R"({
            "id": "vs_2k8Qm9xLr4Tb", "size": 633634816, "volume_size": 10737418240,
            "digest": "3f2a0c", "created_at": "2024-05-01T12:00:00+00:00", "status": "created",
            "retention_days": 5
        })"));
        QCOMPARE(snapshot.id(), u"vs_2k8Qm9xLr4Tb"_s);
        QCOMPARE(snapshot.size(), qint64(633634816));
        QCOMPARE(snapshot.volumeSize(), qint64(10737418240));
        QCOMPARE(snapshot.digest(), u"3f2a0c"_s);
        QCOMPARE(snapshot.createdAt(), fromEpochMilliseconds(1714564800000));
        QCOMPARE(snapshot.status(), u"created"_s);
        QCOMPARE(snapshot.retentionDays(), 5);
    }
};

QTEST_GUILESS_MAIN(TestVolume)
#include "tst_volume.moc"
