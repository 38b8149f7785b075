// The account dialogs by object name, against hangar-sim: a token is checked before it is
// saved, what it reaches is shown, it never appears in any widget's text, the accounts manager
// edits and removes (with the token), and the banner wears the account's colour.
#include "apiharness.h"
#include "core/accounts/accountmanager.h"
#include "core/accounts/memorycredentialstore.h"
#include "core/settings/settings.h"
#include "fakes/fakenetwork.h"
#include "gui/accounts/accountbanner.h"
#include "gui/accounts/accountdialog.h"
#include "gui/accounts/accountnotices.h"
#include "gui/accounts/accountsdialog.h"
#include "sim/server/simserver.h"
#include "support/widgettexts.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkProxy>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace hangar;
using namespace hangar::gui;
using hangar::tests::ApiHarness;
using hangar::tests::textContaining;

namespace {

const QString kToken = QStringLiteral("fm2_dialogSimulatorSecret6Tb1Rz8Kd4");
const QString kOtherToken = QStringLiteral("fm2_anotherSecretForEditing2Nc7");

template<typename T>
T *child(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

QString statusOf(const QWidget &dialog)
{
    return child<QLabel>(dialog, "accountStatus")->text();
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestAccountDialogs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        sim::SimOptions options = ApiHarness::simOptions();
        options.token = kToken;
        m_harness = std::make_unique<ApiHarness>(options);
        m_harness->createApp(QStringLiteral("dialog-demo"));
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    void cleanupTestCase() { m_harness.reset(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<core::MemoryCredentialStore>();
        m_settings = std::make_unique<core::Settings>(m_dir->filePath(QStringLiteral("h.ini")));
        m_accounts = std::make_unique<core::AccountManager>(*m_settings, *m_store);
    }

    void cleanup()
    {
        m_accounts.reset();
        m_settings.reset();
        m_store.reset();
        m_dir.reset();
    }

    void addingChecksTheTokenShowsItsReachAndSaves()
    {
        AccountDialog dialog(*m_accounts, &m_network);
        dialog.show();
        QCOMPARE(child<QLineEdit>(dialog, "apiAddressEdit")->text(),
            QStringLiteral("https://api.machines.dev"));
        auto *token = child<QLineEdit>(dialog, "tokenEdit");
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        typeInto(child<QLineEdit>(dialog, "apiAddressEdit"), simAddress());
        typeInto(child<QLineEdit>(dialog, "accountNameEdit"), QStringLiteral("Sim production"));
        QTest::keyClicks(token, kToken);
        child<QCheckBox>(dialog, "productionCheck")->setChecked(true);
        QCOMPARE(child<QComboBox>(dialog, "colourCombo")->currentData().toString(),
            QStringLiteral("#d0342c")); // production suggests red
        QTest::mouseClick(child<QPushButton>(dialog, "checkTokenButton"), Qt::LeftButton);
        QTRY_VERIFY2(statusOf(dialog).startsWith(QLatin1String("The token works")),
            qPrintable(statusOf(dialog)));
        auto *orgs = child<QTreeWidget>(dialog, "orgTree");
        QCOMPARE(orgs->topLevelItemCount(), 2); // the simulator's personal and acme-corp
        QVERIFY(orgs->topLevelItem(0)->text(0).startsWith(QLatin1String("personal")));
        QCOMPARE(orgs->topLevelItem(0)->checkState(0), Qt::Checked);
        QCOMPARE(orgs->topLevelItem(1)->checkState(0), Qt::Checked);
        QStringList apps;
        for (int i = 0; i < orgs->topLevelItem(0)->childCount(); ++i)
            apps.append(orgs->topLevelItem(0)->child(i)->text(0));
        QVERIFY(apps.contains(QStringLiteral("dialog-demo")));
        QVERIFY(token->displayText() != kToken);
        QVERIFY2(textContaining(dialog, kToken).isEmpty(), "the token is readable in the dialog");
        saveScreenshot(dialog, QStringLiteral("account-dialog-checked.png"));

        QTest::mouseClick(child<QPushButton>(dialog, "saveAccountButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(token->text().isEmpty());
        QCOMPARE(m_accounts->profiles().size(), 1);
        const core::AccountProfile profile = m_accounts->profiles().first();
        QCOMPARE(profile.id, dialog.profileId());
        QCOMPARE(profile.name, QStringLiteral("Sim production"));
        QCOMPARE(profile.apiUrl, m_harness->server().baseUrl());
        QVERIFY(profile.orgSlugs.isEmpty()); // every organization ticked: follow the token
        QVERIFY(profile.production);
        QTRY_COMPARE(m_store->secret(profile.id), kToken);
    }

    void saveChecksFirstWhenNotChecked()
    {
        AccountDialog dialog(*m_accounts, &m_network);
        dialog.show();
        typeInto(child<QLineEdit>(dialog, "apiAddressEdit"), simAddress());
        QTest::keyClicks(child<QLineEdit>(dialog, "tokenEdit"), kToken);
        QTest::mouseClick(child<QPushButton>(dialog, "saveAccountButton"), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_accounts->profiles().size(), 1);
        // No name typed: the organization's.
        QCOMPARE(m_accounts->profiles().first().name, QStringLiteral("Sandbox User"));
    }

    void aWrongTokenShowsThe401MessageAndIsNotSaved()
    {
        AccountDialog dialog(*m_accounts, &m_network);
        dialog.show();
        typeInto(child<QLineEdit>(dialog, "apiAddressEdit"), simAddress());
        QTest::keyClicks(child<QLineEdit>(dialog, "tokenEdit"), kOtherToken);
        QTest::mouseClick(child<QPushButton>(dialog, "saveAccountButton"), Qt::LeftButton);
        QTRY_COMPARE(statusOf(dialog),
            QStringLiteral("The token was rejected. Check that it is complete and has not "
                           "expired or been revoked."));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(m_accounts->profiles().isEmpty());
        QVERIFY(m_store->keys().isEmpty());
        QVERIFY(textContaining(dialog, kOtherToken).isEmpty());
        saveScreenshot(dialog, QStringLiteral("account-dialog-rejected.png"));
    }

    void plainHttpToAnotherComputerIsRefused()
    {
        AccountDialog dialog(*m_accounts, &m_network);
        dialog.show();
        typeInto(child<QLineEdit>(dialog, "apiAddressEdit"),
            QStringLiteral("http://remote.example.com"));
        QTest::keyClicks(child<QLineEdit>(dialog, "tokenEdit"), kToken);
        QTest::mouseClick(child<QPushButton>(dialog, "checkTokenButton"), Qt::LeftButton);
        QCOMPARE(statusOf(dialog),
            QStringLiteral("Hangar only talks to the API over https (plain http is allowed for "
                           "this computer's own simulator only), so it will not use "
                           "http://remote.example.com/v1."));
        QTest::mouseClick(child<QPushButton>(dialog, "saveAccountButton"), Qt::LeftButton);
        QVERIFY(m_accounts->profiles().isEmpty());
    }

    void aCertificateProblemIsShownWithNoWayToIgnoreIt()
    {
        tests::FakeNetworkAccessManager network([](const tests::FakeRequest &) {
            return tests::FakeResponse::networkError(QNetworkReply::SslHandshakeFailedError);
        });
        AccountDialog dialog(*m_accounts, &network);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(dialog, "tokenEdit"), kToken);
        QTest::mouseClick(child<QPushButton>(dialog, "checkTokenButton"), Qt::LeftButton);
        QTRY_VERIFY2(statusOf(dialog).startsWith(QLatin1String("The secure connection failed")),
            qPrintable(statusOf(dialog)));
        for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
            QVERIFY2(!button->text().contains(QLatin1String("ignore"), Qt::CaseInsensitive),
                qPrintable(button->text()));
        QVERIFY(m_accounts->profiles().isEmpty());
    }

    void editingNeverShowsTheSavedToken()
    {
        core::AccountProfile profile;
        profile.name = QStringLiteral("Staging");
        profile.apiUrl = m_harness->server().baseUrl();
        profile.orgSlugs = {QStringLiteral("personal")};
        profile.colour = QStringLiteral("#13897f");
        QVERIFY(m_accounts->addProfile(profile, kToken));
        QTRY_VERIFY(m_store->contains(profile.id));

        AccountDialog dialog(*m_accounts, &m_network, profile);
        dialog.show();
        QVERIFY(dialog.isEditing());
        QVERIFY(child<QLineEdit>(dialog, "tokenEdit")->text().isEmpty());
        QCOMPARE(child<QLineEdit>(dialog, "accountNameEdit")->text(), QStringLiteral("Staging"));
        QCOMPARE(child<QComboBox>(dialog, "colourCombo")->currentData().toString(),
            QStringLiteral("#13897f"));
        QVERIFY(textContaining(dialog, kToken).isEmpty());
        saveScreenshot(dialog, QStringLiteral("account-dialog-edit.png"));

        // Checking again uses the saved token without showing it.
        QTest::mouseClick(child<QPushButton>(dialog, "checkTokenButton"), Qt::LeftButton);
        QTRY_VERIFY2(statusOf(dialog).startsWith(QLatin1String("The token works")),
            qPrintable(statusOf(dialog)));
        QVERIFY(child<QLineEdit>(dialog, "tokenEdit")->text().isEmpty());
        QVERIFY(textContaining(dialog, kToken).isEmpty());

        typeInto(child<QLineEdit>(dialog, "accountNameEdit"), QStringLiteral("Staging EU"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveAccountButton"), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_accounts->profile(profile.id)->name, QStringLiteral("Staging EU"));
        QCOMPARE(m_store->secret(profile.id), kToken);
    }

    void theAccountsManagerListsEditsAndRemoves()
    {
        core::AccountProfile production;
        production.name = QStringLiteral("Acme prod");
        production.colour = QStringLiteral("#d0342c");
        production.production = true;
        production.orgSlugs = {QStringLiteral("acme")};
        core::AccountProfile staging;
        staging.name = QStringLiteral("Acme staging");
        staging.colour = QStringLiteral("#2e9d57");
        QVERIFY(m_accounts->addProfile(production, kToken));
        QVERIFY(m_accounts->addProfile(staging, kOtherToken));
        QTRY_COMPARE(m_store->keys().size(), 2);

        AccountsDialog dialog(*m_accounts, &m_network);
        dialog.show();
        auto *list = child<QListWidget>(dialog, "accountList");
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Acme prod — production")));
        QVERIFY(list->item(1)->text().startsWith(QLatin1String("Acme staging")));
        QVERIFY(textContaining(dialog, kToken).isEmpty());
        QVERIFY(textContaining(dialog, kOtherToken).isEmpty());
        saveScreenshot(dialog, QStringLiteral("accounts-dialog.png"));

        list->setCurrentRow(1);
        QTest::mouseClick(child<QPushButton>(dialog, "editAccountButton"), Qt::LeftButton);
        auto *editor = child<AccountDialog>(dialog, "accountDialog");
        QVERIFY(editor);
        QVERIFY(editor->isEditing());
        QVERIFY(textContaining(*editor, kOtherToken).isEmpty());
        editor->reject();

        QTest::mouseClick(child<QPushButton>(dialog, "removeAccountButton"), Qt::LeftButton);
        auto *box = child<QMessageBox>(dialog, "removeAccountBox");
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("Acme staging")));
        QVERIFY(box->informativeText().contains(QLatin1String("keychain")));
        QCOMPARE(m_accounts->profiles().size(), 2); // nothing before the confirmation
        saveScreenshot(*box, QStringLiteral("remove-account.png"));
        QTest::mouseClick(child<QPushButton>(*box, "confirmRemoveButton"), Qt::LeftButton);
        QCOMPARE(m_accounts->profiles().size(), 1);
        QTRY_VERIFY(!m_store->contains(staging.id));
        QVERIFY(m_store->contains(production.id));
        QTRY_COMPARE(list->count(), 1);
    }

    void theBannerWearsTheAccountsColour()
    {
        core::AccountProfile profile;
        profile.name = QStringLiteral("Acme prod");
        profile.colour = QStringLiteral("#7b4fd0");
        profile.production = true;
        QVERIFY(m_accounts->addProfile(profile, kToken));

        QWidget window;
        auto *banner = new AccountBanner(&window);
        window.show();
        QVERIFY(!banner->isVisible());
        banner->showEndpoint(profile.endpoint(kToken), m_accounts.get());
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->colour(), QColor(0x7b4fd0));
        QVERIFY(banner->isProduction());
        QVERIFY(child<QLabel>(*banner, "productionBadge")->isVisible());
        QVERIFY(child<QLabel>(*banner, "accountBannerName")
                    ->text()
                    .contains(QLatin1String("Acme prod")));
        QVERIFY(textContaining(*banner, kToken).isEmpty());
        banner->resize(640, banner->sizeHint().height());
        saveScreenshot(*banner, QStringLiteral("banner-production.png"), false);

        core::AccountEndpoint sandbox;
        sandbox.id = QStringLiteral("sandbox");
        sandbox.label = QStringLiteral("Sandbox");
        sandbox.sandbox = true;
        banner->showEndpoint(sandbox, m_accounts.get());
        QVERIFY(!banner->isProduction());
        QVERIFY(!child<QLabel>(*banner, "productionBadge")->isVisible());
        QVERIFY(banner->colour().isValid());
        saveScreenshot(*banner, QStringLiteral("banner-sandbox.png"), false);

        banner->clearAccount();
        QVERIFY(!banner->isVisible());
    }

    void noticesTellTheUserWhereTheirTokenIs()
    {
        QWidget window;
        window.show();
        AccountNotices notices(*m_accounts, &window);
        m_store->setUnavailable(QStringLiteral("The system keychain is not available: locked."));
        core::AccountProfile profile;
        profile.name = QStringLiteral("Acme prod");
        QVERIFY(m_accounts->addProfile(profile, kToken));
        QTRY_VERIFY(notices.box());
        QTRY_VERIFY(notices.box()->text().contains(QLatin1String("in memory until it quits")));
        core::AccountProfile second;
        second.name = QStringLiteral("Acme staging");
        QVERIFY(m_accounts->addProfile(second, kOtherToken));
        QTRY_VERIFY(notices.box()->text().contains(QLatin1String("Acme staging")));
        QVERIFY(notices.box()->text().contains(QLatin1String("Acme prod")));
        QVERIFY(textContaining(*notices.box(), kToken).isEmpty());
        saveScreenshot(*notices.box(), QStringLiteral("keychain-notice.png"));
    }

private:
    QString simAddress() const { return m_harness->server().baseUrl().toString(); }

    // Set HANGAR_SCREENSHOT_DIR to look at the dialogs.
    static void saveScreenshot(QWidget &widget, const QString &name, bool fitToHint = true)
    {
        const QString directory = qEnvironmentVariable("HANGAR_SCREENSHOT_DIR");
        if (directory.isEmpty())
            return;
        if (fitToHint)
            widget.resize(widget.size().expandedTo(widget.sizeHint()));
        QCoreApplication::processEvents();
        widget.grab().save(QDir(directory).filePath(name));
    }

    std::unique_ptr<ApiHarness> m_harness;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::MemoryCredentialStore> m_store;
    std::unique_ptr<core::Settings> m_settings;
    std::unique_ptr<core::AccountManager> m_accounts;
};

QTEST_MAIN(TestAccountDialogs)
#include "tst_accountdialogs.moc"
