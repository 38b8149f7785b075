// The account manager with an in-memory credential store: profiles in the settings without
// their tokens, tokens under the profile id, opening, editing, removing, and what happens when
// the keychain is missing, locked or silent.
#include "core/accounts/accountmanager.h"
#include "core/accounts/memorycredentialstore.h"
#include "core/settings/settings.h"
#include "support/logcapture.h"

#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hangar::core;
using hangar::tests::LogCapture;

namespace {

const QString kToken = QStringLiteral("FlyV1 fm2_lJPECAAAAAAAAMZ3xBDaccountsTestSecret9Kq2");
const QString kOtherToken = QStringLiteral("fm2_secondSecretForTheSameAccount77xQ");
// A profile put into the settings file by hand, with an address the dialogs refuse.
const char kHandEditedProfile[] =
    R"([{"id":"hand","name":"Hand","apiUrl":"http://remote.example.com/v1"}])";

// Records what a manager announces.
struct Announcements {
    QList<AccountEndpoint> ready;
    QList<QPair<QString, QString>> failed;
    QStringList warnings;
    QStringList removed;

    void listen(AccountManager &manager, QObject *context)
    {
        QObject::connect(&manager, &AccountManager::endpointReady, context,
            [this](const AccountEndpoint &endpoint) { ready.append(endpoint); });
        QObject::connect(&manager, &AccountManager::endpointFailed, context,
            [this](const QString &id, const QString &message) {
                failed.append({id, message});
            });
        QObject::connect(&manager, &AccountManager::credentialWarning, context,
            [this](const QString &message) { warnings.append(message); });
        QObject::connect(&manager, &AccountManager::profileRemoved, context,
            [this](const QString &id) { removed.append(id); });
    }
};

AccountProfile sampleProfile()
{
    AccountProfile profile;
    profile.name = QStringLiteral("Acme production");
    profile.orgSlugs = {QStringLiteral("acme")};
    profile.colour = QStringLiteral("#d0342c");
    profile.production = true;
    return profile;
}

} // namespace

class TestAccountManager : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<MemoryCredentialStore>();
        m_settings = std::make_unique<Settings>(iniPath());
    }

    void cleanup()
    {
        m_settings.reset();
        m_store.reset();
        m_dir.reset();
    }

    void addSavesTheProfileAndTheTokenApart()
    {
        AccountManager manager(*m_settings, *m_store);
        Announcements seen;
        seen.listen(manager, this);
        AccountProfile profile = sampleProfile();
        QString problem;
        QVERIFY2(manager.addProfile(profile, QStringLiteral("  ") + kToken, &problem),
            qPrintable(problem));
        QVERIFY(!profile.id.isEmpty());
        QTRY_COMPARE(seen.ready.size(), 1);
        const AccountEndpoint endpoint = seen.ready.first();
        QCOMPARE(endpoint.id, profile.id);
        QCOMPARE(endpoint.token, kToken);
        QCOMPARE(endpoint.label, QStringLiteral("Acme production"));
        QCOMPARE(endpoint.orgSlugs, QStringList {QStringLiteral("acme")});
        QVERIFY(endpoint.production);
        QTRY_COMPARE(m_store->secret(profile.id), kToken);
        QCOMPARE(m_store->keys(), QStringList {profile.id});
        QTRY_COMPARE(int(manager.tokenState(profile.id)), int(TokenState::SessionOnly));
        QVERIFY(seen.warnings.isEmpty());

        // A new start: the profile comes back from the settings, the token from the store.
        AccountManager later(*m_settings, *m_store);
        QCOMPARE(later.profiles().size(), 1);
        QCOMPARE(later.profiles().first(), profile);
        Announcements reopened;
        reopened.listen(later, this);
        later.openAll();
        QTRY_COMPARE(reopened.ready.size(), 1);
        QCOMPARE(reopened.ready.first().token, kToken);
        QVERIFY(reopened.failed.isEmpty());
    }

    void theTokenNeverReachesTheSettingsFile()
    {
        {
            AccountManager manager(*m_settings, *m_store);
            AccountProfile profile = sampleProfile();
            QVERIFY(manager.addProfile(profile, kToken));
            AccountProfile second = sampleProfile();
            second.name = QStringLiteral("Unsaved token");
            m_store->setUnavailable(QStringLiteral("locked"));
            QVERIFY(manager.addProfile(second, kOtherToken));
            QTRY_COMPARE(int(manager.tokenState(second.id)), int(TokenState::SessionOnly));
            AccountProfile edited = *manager.profile(profile.id);
            edited.name = QStringLiteral("Renamed");
            m_store->setUnavailable(QString());
            QVERIFY(manager.updateProfile(edited, kOtherToken));
            QTest::qWait(50);
        }
        m_settings.reset(); // written to disk
        const QByteArray file = settingsFile();
        QVERIFY(file.contains("Renamed"));
        QVERIFY(file.contains("Unsaved token"));
        assertNoSecrets(file);
    }

    void anUnavailableKeychainKeepsTheTokenInMemoryAndSaysSo()
    {
        m_store->setUnavailable(QStringLiteral("The system keychain is not available: no D-Bus."));
        AccountManager manager(*m_settings, *m_store);
        Announcements seen;
        seen.listen(manager, this);
        AccountProfile profile = sampleProfile();
        QVERIFY(manager.addProfile(profile, kToken));
        QTRY_COMPARE(seen.warnings.size(), 1);
        QVERIFY(seen.warnings.first().contains(QLatin1String("in memory")));
        QVERIFY(seen.warnings.first().contains(QLatin1String("no D-Bus")));
        QVERIFY(!seen.warnings.first().contains(kToken));
        QCOMPARE(int(manager.tokenState(profile.id)), int(TokenState::SessionOnly));
        QVERIFY(manager.tokenProblem(profile.id).contains(QLatin1String("no D-Bus")));
        // The account works this session...
        QTRY_COMPARE(seen.ready.size(), 1);
        QCOMPARE(seen.ready.first().token, kToken);
        QVERIFY(m_store->keys().isEmpty());

        // ...and at the next start it asks for its token again.
        AccountManager later(*m_settings, *m_store);
        Announcements reopened;
        reopened.listen(later, this);
        later.openAll();
        QTRY_COMPARE(reopened.failed.size(), 1);
        QCOMPARE(reopened.failed.first().first, profile.id);
        QVERIFY(reopened.failed.first().second.contains(QLatin1String("could not be read")));
        QCOMPARE(int(later.tokenState(profile.id)), int(TokenState::Unavailable));
        QVERIFY(reopened.ready.isEmpty());
    }

    void aSilentKeychainTimesOut()
    {
        m_store->setHanging(true);
        m_store->setTimeoutMs(200);
        AccountManager manager(*m_settings, *m_store);
        Announcements seen;
        seen.listen(manager, this);
        AccountProfile profile = sampleProfile();
        QVERIFY(manager.addProfile(profile, kToken));
        QTRY_COMPARE_WITH_TIMEOUT(seen.warnings.size(), 1, 3000);
        QVERIFY(seen.warnings.first().contains(QLatin1String("did not answer in time")));
        QCOMPARE(int(manager.tokenState(profile.id)), int(TokenState::SessionOnly));

        AccountManager later(*m_settings, *m_store);
        Announcements reopened;
        reopened.listen(later, this);
        later.openAll();
        QTRY_COMPARE_WITH_TIMEOUT(reopened.failed.size(), 1, 3000);
    }

    void aMissingTokenIsReported()
    {
        {
            AccountManager manager(*m_settings, *m_store);
            AccountProfile profile = sampleProfile();
            QVERIFY(manager.addProfile(profile, kToken));
            QTRY_VERIFY(m_store->contains(profile.id));
        }
        const QString id = m_store->keys().first();
        m_store->remove(id);
        QTRY_VERIFY(!m_store->contains(id));
        AccountManager later(*m_settings, *m_store);
        Announcements seen;
        seen.listen(later, this);
        later.openAll();
        QTRY_COMPARE(seen.failed.size(), 1);
        QVERIFY(seen.failed.first().second.startsWith(QLatin1String("No token is saved")));
        QCOMPARE(int(later.tokenState(id)), int(TokenState::Missing));
    }

    void removingAProfileRemovesItsSecret()
    {
        AccountManager manager(*m_settings, *m_store);
        Announcements seen;
        seen.listen(manager, this);
        AccountProfile keep = sampleProfile();
        AccountProfile drop = sampleProfile();
        QVERIFY(manager.addProfile(keep, kToken));
        QVERIFY(manager.addProfile(drop, kOtherToken));
        QTRY_COMPARE(m_store->keys().size(), 2);
        manager.removeProfile(drop.id);
        QCOMPARE(seen.removed, QStringList {drop.id});
        QTRY_VERIFY(!m_store->contains(drop.id));
        QVERIFY(m_store->contains(keep.id));
        QCOMPARE(manager.profiles().size(), 1);
        QVERIFY(!manager.profile(drop.id));
        m_settings.reset();
        QVERIFY(!settingsFile().contains(drop.id.toUtf8()));
    }

    void removingWhileTheTokenIsBeingWrittenLeavesNothing()
    {
        AccountManager manager(*m_settings, *m_store);
        AccountProfile profile = sampleProfile();
        QVERIFY(manager.addProfile(profile, kToken));
        manager.removeProfile(profile.id); // before the write has answered
        QTest::qWait(50);
        QVERIFY(!m_store->contains(profile.id));
    }

    void aSecretTheKeychainCouldNotDeleteIsDeletedAtTheNextStart()
    {
        QString id;
        {
            AccountManager manager(*m_settings, *m_store);
            Announcements seen;
            seen.listen(manager, this);
            AccountProfile profile = sampleProfile();
            QVERIFY(manager.addProfile(profile, kToken));
            QTRY_VERIFY(m_store->contains(profile.id));
            id = profile.id;
            m_store->setUnavailable(QStringLiteral("locked"));
            manager.removeProfile(id);
            QTRY_COMPARE(seen.warnings.size(), 1);
            QVERIFY(seen.warnings.first().contains(QLatin1String("try again")));
            QVERIFY(m_store->contains(id));
            QCOMPARE(m_settings->value(Setting::AccountSecretsToDelete).toStringList(),
                QStringList {id});
        }
        m_store->setUnavailable(QString());
        AccountManager later(*m_settings, *m_store);
        QVERIFY(later.profiles().isEmpty());
        later.openAll();
        QTRY_VERIFY(!m_store->contains(id));
        QTRY_VERIFY(m_settings->value(Setting::AccountSecretsToDelete).toStringList().isEmpty());
    }

    void editingReplacesTheTokenOnlyWhenGiven()
    {
        AccountManager manager(*m_settings, *m_store);
        Announcements seen;
        seen.listen(manager, this);
        AccountProfile profile = sampleProfile();
        QVERIFY(manager.addProfile(profile, kToken));
        QTRY_COMPARE(seen.ready.size(), 1);

        // A new colour only: nothing to reopen.
        AccountProfile recoloured = profile;
        recoloured.colour = QStringLiteral("#2f6fde");
        QVERIFY(manager.updateProfile(recoloured, QString()));
        QTest::qWait(30);
        QCOMPARE(seen.ready.size(), 1);
        QCOMPARE(manager.profile(profile.id)->colour, QStringLiteral("#2f6fde"));

        // Not production any more: reopened with the same token.
        AccountProfile relaxed = recoloured;
        relaxed.production = false;
        QVERIFY(manager.updateProfile(relaxed, QString()));
        QTRY_COMPARE(seen.ready.size(), 2);
        QCOMPARE(seen.ready.last().token, kToken);
        QVERIFY(!seen.ready.last().production);
        QCOMPARE(m_store->secret(profile.id), kToken);

        // A new token replaces the stored one.
        QVERIFY(manager.updateProfile(relaxed, kOtherToken));
        QTRY_COMPARE(seen.ready.size(), 3);
        QCOMPARE(seen.ready.last().token, kOtherToken);
        QTRY_COMPARE(m_store->secret(profile.id), kOtherToken);
    }

    void refusesPlainHttpToARemoteHost()
    {
        AccountManager manager(*m_settings, *m_store);
        AccountProfile profile = sampleProfile();
        profile.apiUrl = QUrl(QStringLiteral("http://remote.example.com/v1"));
        QString problem;
        QVERIFY(!manager.addProfile(profile, kToken, &problem));
        QCOMPARE(problem,
            QStringLiteral("Hangar only talks to the API over https (plain http is allowed for "
                           "this computer's own simulator only), so it will not use "
                           "http://remote.example.com/v1."));
        QVERIFY(manager.profiles().isEmpty());
        QCOMPARE(m_store->callCount(), 0);

        // The same for an edit, and for a profile someone put into the settings file by hand.
        AccountProfile good = sampleProfile();
        QVERIFY(manager.addProfile(good, kToken));
        AccountProfile bad = good;
        bad.apiUrl = profile.apiUrl;
        QVERIFY(!manager.updateProfile(bad, QString(), &problem));
        QVERIFY(problem.startsWith(QLatin1String("Hangar only talks to the API over https")));

        m_settings->setValue(Setting::AccountProfiles, QString::fromUtf8(kHandEditedProfile));
        AccountManager edited(*m_settings, *m_store);
        Announcements seen;
        seen.listen(edited, this);
        edited.openAll();
        QTRY_COMPARE(seen.failed.size(), 1);
        QVERIFY(seen.failed.first().second.startsWith(
            QLatin1String("Hangar only talks to the API over https")));
        QVERIFY(seen.ready.isEmpty());
    }

    void refusesAnEmptyToken()
    {
        AccountManager manager(*m_settings, *m_store);
        AccountProfile profile = sampleProfile();
        QString problem;
        QVERIFY(!manager.addProfile(profile, QStringLiteral("   "), &problem));
        QCOMPARE(problem, QStringLiteral("Paste a token first."));
    }

    void aNamelessProfileIsNamedAfterItsOrganization()
    {
        AccountManager manager(*m_settings, *m_store);
        AccountProfile profile = sampleProfile();
        profile.name = QStringLiteral("  ");
        QVERIFY(manager.addProfile(profile, kToken));
        QCOMPARE(manager.profiles().first().name, QStringLiteral("acme"));
    }

    void readTokenAnswersFromMemoryOrTheStore()
    {
        AccountManager manager(*m_settings, *m_store);
        AccountProfile profile = sampleProfile();
        QVERIFY(manager.addProfile(profile, kToken));
        QString read;
        manager.readToken(profile.id)->then(this, [&read](const CredentialResult &result) {
            read = result.secret;
        });
        QTRY_COMPARE(read, kToken);
        QTRY_VERIFY(m_store->contains(profile.id));

        AccountManager later(*m_settings, *m_store);
        QString fromStore;
        later.readToken(profile.id)->then(this, [&fromStore](const CredentialResult &result) {
            fromStore = result.secret;
        });
        QTRY_COMPARE(fromStore, kToken);
    }

    void logsNeverCarryTheToken()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("hangar.*.debug=true"));
        LogCapture log;
        {
            AccountManager manager(*m_settings, *m_store);
            AccountProfile profile = sampleProfile();
            QVERIFY(manager.addProfile(profile, kToken));
            QTRY_VERIFY(m_store->contains(profile.id));
            m_store->setUnavailable(QStringLiteral("locked"));
            AccountProfile second = sampleProfile();
            QVERIFY(manager.addProfile(second, kOtherToken));
            QTest::qWait(30);
            manager.removeProfile(profile.id);
            QTest::qWait(30);
        }
        QLoggingCategory::setFilterRules(QString());
        const QString text = log.text();
        QVERIFY2(text.contains(QLatin1String("hangar.accounts")), qPrintable(text));
        QVERIFY(!text.contains(kToken));
        QVERIFY(!text.contains(QStringLiteral("fm2_lJPECAAAAAAAAMZ3xBDaccountsTestSecret9Kq2")));
        QVERIFY(!text.contains(kOtherToken));
    }

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("hangar.ini")); }

    QByteArray settingsFile() const
    {
        QFile file(iniPath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

    static void assertNoSecrets(const QByteArray &file)
    {
        for (const QString &token : {kToken, kOtherToken}) {
            const QString bare = token.section(QLatin1Char(' '), -1);
            for (const QByteArray &form : {bare.toUtf8(), bare.toUtf8().toBase64(),
                     QByteArray(reinterpret_cast<const char *>(bare.utf16()), bare.size() * 2)})
                QVERIFY2(!file.contains(form), "a token is in the settings file");
        }
        QVERIFY(!file.toLower().contains("token\""));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<Settings> m_settings;
};

QTEST_GUILESS_MAIN(TestAccountManager)
#include "tst_accountmanager.moc"
