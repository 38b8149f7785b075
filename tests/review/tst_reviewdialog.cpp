// ReviewDialog offscreen: apply, restore and conflict modes, opened with open() as the app does.
#include "configfixtures.h"
#include "core/configdiff/configsummary.h"
#include "englishplurals.h"
#include "gui/review/configdiffview.h"
#include "gui/review/reviewdialog.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hangar;
using namespace configfixtures;
using namespace Qt::StringLiterals;
using Mode = gui::ReviewDialog::Mode;

namespace {

api::MachineConfig proposedConfig()
{
    return edited([](QJsonObject &json) {
        addPort(json, 0, QJsonObject {{u"port"_s, 8443}, {u"handlers"_s, QJsonArray {u"tls"_s}}});
        QJsonObject guest = json.value(u"guest"_s).toObject();
        guest[u"memory_mb"_s] = 512;
        json[u"guest"_s] = guest;
    });
}

} // namespace

class TestReviewDialog : public QObject {
    Q_OBJECT

private:
    reviewtests::EnglishPlurals m_english;
    std::unique_ptr<gui::ReviewDialog> m_dialog;

    QPushButton *button(const QString &name) const
    {
        return m_dialog->findChild<QPushButton *>(name);
    }
    QString labelText(const QString &name) const
    {
        return m_dialog->findChild<QLabel *>(name)->text();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::installTranslator(&m_english);
    }

    void init() { m_dialog = std::make_unique<gui::ReviewDialog>(); }
    void cleanup() { m_dialog.reset(); }

    void applyShowsTheChangesAndApplies()
    {
        m_dialog->reviewChanges(
            u"my-nginx-server"_s, nginxConfig(), proposedConfig(), u"started"_s);
        m_dialog->open();
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_dialog->mode(), Mode::Apply);
        QVERIFY(m_dialog->hasChanges());
        QCOMPARE(labelText(u"reviewTitle"_s), u"Apply these changes to my-nginx-server?"_s);
        QCOMPARE(labelText(u"reviewSummary"_s),
            u"Memory 256 → 512 MB, port 8443 added to tcp/8080; the machine will restart."_s);
        QCOMPARE(m_dialog->diffView()->changeCount(), 2);
        QVERIFY(button(u"applyButton"_s)->isVisible());
        QVERIFY(button(u"applyButton"_s)->isEnabled());
        QVERIFY(!button(u"reapplyButton"_s)->isVisible());
        QVERIFY(!button(u"discardButton"_s)->isVisible());

        QSignalSpy applied(m_dialog.get(), &gui::ReviewDialog::applyRequested);
        QSignalSpy rejected(m_dialog.get(), &QDialog::rejected);
        QTest::mouseClick(button(u"applyButton"_s), Qt::LeftButton);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(rejected.size(), 0);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    }

    void applyIsDisabledWithoutChanges()
    {
        // Only reordered services and an env that went from {} to null: nothing to send.
        const api::MachineConfig same = edited([](QJsonObject &json) {
            const QJsonArray services = json.value(u"services"_s).toArray();
            json[u"services"_s] = QJsonArray {services.at(1), services.at(0), services.at(2)};
        });
        m_dialog->reviewChanges(u"my-nginx-server"_s, nginxConfig(), same, u"started"_s);
        m_dialog->open();
        QVERIFY(!m_dialog->hasChanges());
        QVERIFY(!button(u"applyButton"_s)->isEnabled());
        QCOMPARE(labelText(u"reviewSummary"_s), u"No changes."_s);
        QCOMPARE(labelText(u"reviewTitle"_s), u"Nothing to apply to my-nginx-server"_s);
    }

    void cancelRejects()
    {
        m_dialog->reviewChanges(u"web"_s, nginxConfig(), proposedConfig(), u"stopped"_s);
        m_dialog->open();
        QVERIFY(labelText(u"reviewSummary"_s).endsWith(u"the machine stays stopped."_s));
        QSignalSpy applied(m_dialog.get(), &gui::ReviewDialog::applyRequested);
        QSignalSpy rejected(m_dialog.get(), &QDialog::rejected);
        QTest::mouseClick(button(u"cancelButton"_s), Qt::LeftButton);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(applied.size(), 0);
        QVERIFY(!m_dialog->isVisible());
    }

    void restoreUsesTheSameDialog()
    {
        m_dialog->reviewRestore(u"web"_s, u"01HX0000000000000000000000"_s, proposedConfig(),
            nginxConfig(), u"started"_s);
        m_dialog->open();
        QCOMPARE(m_dialog->mode(), Mode::Restore);
        QCOMPARE(button(u"applyButton"_s)->text(), u"Restore"_s);
        QCOMPARE(
            labelText(u"reviewTitle"_s), u"Restore web to version 01HX0000000000000000000000?"_s);
        QCOMPARE(labelText(u"reviewSummary"_s),
            u"Memory 512 → 256 MB, port 8443 removed from tcp/8080; the machine will restart."_s);
        QCOMPARE(labelText(u"rightCaption"_s), u"Version 01HX0000000000000000000000"_s);
        QSignalSpy applied(m_dialog.get(), &gui::ReviewDialog::applyRequested);
        QTest::mouseClick(button(u"applyButton"_s), Qt::LeftButton);
        QCOMPARE(applied.size(), 1);
    }

    void conflictOffersThreeChoices_data()
    {
        QTest::addColumn<QString>("buttonName");
        QTest::addColumn<int>("reapplied");
        QTest::addColumn<int>("discarded");
        QTest::addColumn<int>("cancelled");
        QTest::newRow("re-apply") << u"reapplyButton"_s << 1 << 0 << 0;
        QTest::newRow("discard") << u"discardButton"_s << 0 << 1 << 0;
        QTest::newRow("cancel") << u"cancelButton"_s << 0 << 0 << 1;
    }

    void conflictOffersThreeChoices()
    {
        QFETCH(QString, buttonName);
        QFETCH(int, reapplied);
        QFETCH(int, discarded);
        QFETCH(int, cancelled);
        const api::MachineConfig theirs =
            edited([](QJsonObject &json) { json[u"image"_s] = u"nginx:1.26"_s; });
        m_dialog->showConflict(u"web"_s, nginxConfig(), theirs, proposedConfig());
        m_dialog->open();
        QCOMPARE(m_dialog->mode(), Mode::Conflict);
        QCOMPARE(labelText(u"reviewTitle"_s), u"Someone else changed web while you were editing"_s);
        QCOMPARE(labelText(u"reviewSummary"_s),
            u"They changed: image nginx:1.25 → nginx:1.26. Your edits: memory 256 → 512 MB, port "
            "8443 added to tcp/8080."_s);
        QVERIFY(!button(u"applyButton"_s)->isVisible());
        for (const QString &name : {u"reapplyButton"_s, u"discardButton"_s, u"cancelButton"_s})
            QVERIFY2(button(name)->isVisible() && button(name)->isEnabled(), qPrintable(name));
        QCOMPARE(button(u"reapplyButton"_s)->text(), u"Reload and re-apply my edits"_s);
        QCOMPARE(button(u"discardButton"_s)->text(), u"Discard mine"_s);

        QSignalSpy reapply(m_dialog.get(), &gui::ReviewDialog::reapplyRequested);
        QSignalSpy discard(m_dialog.get(), &gui::ReviewDialog::discardRequested);
        QSignalSpy rejected(m_dialog.get(), &QDialog::rejected);
        QSignalSpy applied(m_dialog.get(), &gui::ReviewDialog::applyRequested);
        QTest::mouseClick(button(buttonName), Qt::LeftButton);
        QCOMPARE(reapply.size(), reapplied);
        QCOMPARE(discard.size(), discarded);
        QCOMPARE(rejected.size(), cancelled);
        QCOMPARE(applied.size(), 0);
        QVERIFY(!m_dialog->isVisible());
    }

    void aConflictDialogCanReviewAgain()
    {
        m_dialog->showConflict(u"web"_s, nginxConfig(), nginxConfig(), proposedConfig());
        m_dialog->reviewChanges(u"web"_s, nginxConfig(), proposedConfig(), u"started"_s);
        QVERIFY(!button(u"reapplyButton"_s)->isVisibleTo(m_dialog.get()));
        QVERIFY(button(u"applyButton"_s)->isVisibleTo(m_dialog.get()));
        QCOMPARE(button(u"applyButton"_s)->text(), u"Apply"_s);
    }
};

QTEST_MAIN(TestReviewDialog)
#include "tst_reviewdialog.moc"
