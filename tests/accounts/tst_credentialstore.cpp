// The keychain credential store against a REAL Secret Service (gnome-keyring inside
// dbus-run-session in CI). It must not skip there; without a Secret Service it fails within
// seconds, saying so, rather than hanging. By hand:
//   export XDG_DATA_HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 $XDG_RUNTIME_DIR
//   dbus-run-session -- sh -c 'echo | gnome-keyring-daemon --unlock --components=secrets
//       >/dev/null && ./tst_credentialstore'            (one line)
#include "core/accounts/accountmanager.h"
#include "core/accounts/keychaincredentialstore.h"
#include "core/settings/settings.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace hangar::core;

namespace {

constexpr int kStoreTimeoutMs = 8000; // what a test waits at most for one keychain call

// Never more than the store's timeout plus a margin: the test must not hang either.
CredentialResult await(CredentialJob *job)
{
    std::optional<CredentialResult> result;
    QObject context;
    job->then(&context, [&result](const CredentialResult &answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, kStoreTimeoutMs + 3000))
        qWarning("the credential job never finished");
    return result.value_or(CredentialResult::unavailable(
        QStringLiteral("no answer at all, not even the job's own timeout")));
}

QString describe(const CredentialResult &result)
{
    switch (result.status) {
    case CredentialResult::Status::Ok:
        return QStringLiteral("ok");
    case CredentialResult::Status::NotFound:
        return QStringLiteral("not found");
    case CredentialResult::Status::Unavailable:
        return QStringLiteral("unavailable: ") + result.message;
    }
    return {};
}

// What libsecret's own command line tool finds for QtKeychain's entry (server = service,
// user = key); nullopt when secret-tool is not installed.
std::optional<QString> secretToolLookup(const QString &service, const QString &key)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (tool.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(tool,
        {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
    if (!process.waitForFinished(5000))
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestCredentialStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_prefix = QStringLiteral("tst_credentialstore-")
            + QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('-');
        // Fail early and clearly when there is no usable Secret Service.
        KeychainCredentialStore store(QStringLiteral("Hangar"), kStoreTimeoutMs);
        const auto probe =
            await(store.write(key(QStringLiteral("probe")), QStringLiteral("probe")));
        if (!probe.ok())
            QFAIL(qPrintable(QStringLiteral(
                "No usable Secret Service (%1). This test needs a real keychain: run it inside "
                "dbus-run-session with an unlocked gnome-keyring (echo | gnome-keyring-daemon "
                "--unlock --components=secrets), as scripts/hangar test does.")
                                 .arg(describe(probe))));
        QVERIFY(await(store.remove(key(QStringLiteral("probe")))).ok());
    }

    void theServiceIsHangar()
    {
        KeychainCredentialStore store;
        QCOMPARE(store.service(), QStringLiteral("Hangar"));
        QVERIFY(store.isPersistent());
        QVERIFY(store.timeoutMs() > 0);
    }

    void writeReadOverwriteRemove()
    {
        KeychainCredentialStore store(QStringLiteral("Hangar"), kStoreTimeoutMs);
        const QString id = key(QStringLiteral("round-trip"));
        const QString token =
            QStringLiteral("FlyV1 fm2_lJPECAAAAAAAA") + QUuid::createUuid().toString();

        CredentialResult result = await(store.read(id));
        QVERIFY2(result.status == CredentialResult::Status::NotFound, qPrintable(describe(result)));
        result = await(store.write(id, token));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        result = await(store.read(id));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.secret, token);

        // It is in the Secret Service itself, not in some file of Hangar's.
        if (const auto found = secretToolLookup(QStringLiteral("Hangar"), id))
            QCOMPARE(*found, token);
        else
            qInfo("secret-tool is not installed: skipping the independent lookup");

        const QString replacement = QStringLiteral("fm2_replacement-ünïcödé-✈");
        QVERIFY(await(store.write(id, replacement)).ok());
        QCOMPARE(await(store.read(id)).secret, replacement);

        result = await(store.remove(id));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        result = await(store.read(id));
        QVERIFY2(result.status == CredentialResult::Status::NotFound, qPrintable(describe(result)));
        // Removing what is not there is not an error worth telling anyone about.
        result = await(store.remove(id));
        QVERIFY(result.status != CredentialResult::Status::Unavailable);
    }

    void keysAreSeparate()
    {
        KeychainCredentialStore store(QStringLiteral("Hangar"), kStoreTimeoutMs);
        const QString first = key(QStringLiteral("first"));
        const QString second = key(QStringLiteral("second"));
        QVERIFY(await(store.write(first, QStringLiteral("fm2_one"))).ok());
        QVERIFY(await(store.write(second, QStringLiteral("fm2_two"))).ok());
        QCOMPARE(await(store.read(first)).secret, QStringLiteral("fm2_one"));
        QCOMPARE(await(store.read(second)).secret, QStringLiteral("fm2_two"));
        QVERIFY(await(store.remove(first)).ok());
        QCOMPARE(await(store.read(second)).secret, QStringLiteral("fm2_two"));
        QVERIFY(await(store.remove(second)).ok());
    }

    void removingAProfileRemovesItsSecret()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("hangar.ini")));
        KeychainCredentialStore store(QStringLiteral("Hangar"), kStoreTimeoutMs);
        AccountManager manager(settings, store);
        QStringList warnings;
        connect(&manager, &AccountManager::credentialWarning, this,
            [&warnings](const QString &message) { warnings.append(message); });
        AccountProfile profile;
        profile.id = key(QStringLiteral("profile"));
        profile.name = QStringLiteral("Keychain test");
        const QString token = QStringLiteral("fm2_profileSecret") + QUuid::createUuid().toString();
        QVERIFY(manager.addProfile(profile, token));
        QTRY_COMPARE_WITH_TIMEOUT(
            int(manager.tokenState(profile.id)), int(TokenState::Saved), kStoreTimeoutMs);
        QCOMPARE(await(store.read(profile.id)).secret, token);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));

        manager.removeProfile(profile.id);
        QTRY_VERIFY_WITH_TIMEOUT(
            await(store.read(profile.id)).status == CredentialResult::Status::NotFound,
            kStoreTimeoutMs);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }

private:
    QString key(const QString &name) const { return m_prefix + name; }

    QString m_prefix;
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
