#include "api/values/lease.h"
#include "api/values/timestamps.h"
#include "valuetestsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using namespace Qt::StringLiterals;

class TestLease : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsTheLiveEnvelope()
    {
        const Lease lease = Lease::fromEnvelope(valuetest::parseObject(R"({
            "status": "success",
            "data": {"nonce": "0f1e2d3c4b5a", "expires_at": 1714567200, "owner": "ops@example.com",
                     "description": "", "version": "01HWQ4ZJ8N5X2R7T9V3K6M1P0D"}
        })"));
        QCOMPARE(lease.nonce(), u"0f1e2d3c4b5a"_s);
        QCOMPARE(lease.expiresAt(), fromEpochSeconds(1714567200));
        QCOMPARE(lease.expiresAt().toString(Qt::ISODate), u"2024-05-01T12:40:00Z"_s);
        QCOMPARE(lease.owner(), u"ops@example.com"_s);
        QCOMPARE(lease.description(), QString());
        QCOMPARE(lease.version(), u"01HWQ4ZJ8N5X2R7T9V3K6M1P0D"_s);
    }

    void readsABareLease()
    {
        const QJsonObject bare = valuetest::parseObject(R"({
            "nonce": "0f1e2d3c4b5a", "expires_at": 1714567200, "owner": "ops@example.com",
            "description": "deploy", "version": "01HWQ4ZJ8N5X2R7T9V3K6M1P0D"
        })");
        const Lease lease = Lease::fromEnvelope(bare);
        QCOMPARE(lease.json(), bare);
        QCOMPARE(lease.description(), u"deploy"_s);
        QCOMPARE(Lease(bare).nonce(), u"0f1e2d3c4b5a"_s);
    }

    void envelopeWithoutALeaseReadsNull()
    {
        // The error envelope of a 409 and the answer of a lease delete hold no lease.
        const Lease conflict = Lease::fromEnvelope(valuetest::parseObject(
            R"({"status": "error", "message": "lease currently held", "code": "invalid"})"));
        QVERIFY(conflict.nonce().isEmpty());
        QVERIFY(!conflict.expiresAt().isValid());
        const Lease released = Lease::fromEnvelope(
            valuetest::parseObject(R"({"status": "success", "data": {"ok": true}})"));
        QVERIFY(released.nonce().isEmpty());
        QVERIFY(Lease::fromEnvelope(QJsonObject()).isNull());
    }

    void knowsWhenItExpired()
    {
        const Lease lease(QJsonObject {{u"expires_at"_s, 1714567200}});
        QVERIFY(!lease.isExpired(fromEpochSeconds(1714567199)));
        QVERIFY(lease.isExpired(fromEpochSeconds(1714567200)));
        QVERIFY(!Lease().isExpired(fromEpochSeconds(1714567200))); // no expiry known
    }
};

QTEST_GUILESS_MAIN(TestLease)
#include "tst_lease.moc"
