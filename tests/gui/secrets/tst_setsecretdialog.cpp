// The set-secret dialog: the name rules while typing, a value that is echoed as a password
// unless asked, and a value that leaves with the dialog.
#include "gui/secrets/setsecretdialog.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hangar;
using hangar::tests::child;

namespace {

// With HANGAR_SCREENSHOT_DIR set, saves what the dialog looks like, to be looked at.
void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("HANGAR_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    widget.resize(widget.size().expandedTo(widget.sizeHint()));
    QCoreApplication::processEvents();
    widget.grab().save(QDir(directory).filePath(name));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestSetSecretDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("upper case") << QStringLiteral("DATABASE_URL") << true << QString();
        QTest::newRow("mixed case and digits") << QStringLiteral("Api_Key2") << true << QString();
        QTest::newRow("leading underscore") << QStringLiteral("_PRIVATE") << true << QString();
        QTest::newRow("empty") << QString() << false << QStringLiteral("DATABASE_URL");
        QTest::newRow("leading digit")
            << QStringLiteral("2FA_KEY") << false << QStringLiteral("digit");
        QTest::newRow("dash") << QStringLiteral("API-KEY") << false << QStringLiteral("API_KEY");
        QTest::newRow("space") << QStringLiteral("API KEY") << false << QStringLiteral("spaces");
        QTest::newRow("punctuation") << QStringLiteral("KEY=1") << false << QStringLiteral("“=”");
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QFETCH(QString, mentions);
        const QString problem = gui::SetSecretDialog::problemWithName(name);
        QCOMPARE(problem.isEmpty(), valid);
        if (!valid)
            QVERIFY2(problem.contains(mentions), qPrintable(problem));
    }

    void setIsEnabledOnlyWhenNameAndValueAreFine()
    {
        gui::SetSecretDialog dialog(QStringLiteral("app"));
        dialog.open();
        auto *name = child<QLineEdit>(&dialog, "secretNameEdit");
        auto *value = child<QLineEdit>(&dialog, "secretValueEdit");
        auto *nameProblem = child<QLabel>(&dialog, "nameProblemLabel");
        auto *valueProblem = child<QLabel>(&dialog, "valueProblemLabel");
        QVERIFY(!dialog.submitButton()->isEnabled());
        QVERIFY(nameProblem->isHidden()); // nothing typed yet is not an error
        QVERIFY(valueProblem->isHidden());
        QTest::keyClicks(name, QStringLiteral("API-KEY"));
        QVERIFY(nameProblem->isVisible());
        QVERIFY(nameProblem->text().contains(QLatin1String("API_KEY")));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("API_KEY"));
        QVERIFY(nameProblem->isHidden());
        QVERIFY(!dialog.submitButton()->isEnabled()); // no value yet
        QTest::keyClicks(value, QStringLiteral("x"));
        QVERIFY(dialog.submitButton()->isEnabled());
        QTest::keyClick(value, Qt::Key_Backspace);
        QVERIFY(valueProblem->isVisible());
        QVERIFY(!dialog.submitButton()->isEnabled());
    }

    void theValueIsAPasswordFieldUnlessShown()
    {
        gui::SetSecretDialog dialog(QStringLiteral("app"));
        auto *value = child<QLineEdit>(&dialog, "secretValueEdit");
        auto *show = child<QCheckBox>(&dialog, "showValueCheck");
        QCOMPARE(value->echoMode(), QLineEdit::Password);
        QVERIFY(!show->isChecked());
        QTest::keyClicks(value, QStringLiteral("hunter2"));
        QVERIFY(!value->displayText().contains(QLatin1String("hunter2")));
        show->setChecked(true);
        QCOMPARE(value->echoMode(), QLineEdit::Normal);
        QCOMPARE(value->displayText(), QStringLiteral("hunter2"));
        show->setChecked(false);
        QCOMPARE(value->echoMode(), QLineEdit::Password);
        QCOMPARE(value->contextMenuPolicy(), Qt::NoContextMenu); // no copying it out
    }

    void replacingAnExistingSecretIsSaid()
    {
        gui::SetSecretDialog dialog(QStringLiteral("app"));
        dialog.setExistingNames({QStringLiteral("DATABASE_URL")});
        auto *note = child<QLabel>(&dialog, "replaceNoteLabel");
        QVERIFY(note->isHidden());
        dialog.setName(QStringLiteral("DATABASE_URL"));
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(QLatin1String("replaced")));
        QCOMPARE(dialog.name(), QStringLiteral("DATABASE_URL"));
        child<QLineEdit>(&dialog, "secretNameEdit")->setText(QStringLiteral("OTHER"));
        QVERIFY(note->isHidden());
    }

    void theValueLeavesWithTheDialog()
    {
        gui::SetSecretDialog dialog(QStringLiteral("app"));
        dialog.open();
        QTest::keyClicks(child<QLineEdit>(&dialog, "secretNameEdit"), QStringLiteral("TOKEN"));
        auto *value = child<QLineEdit>(&dialog, "secretValueEdit");
        QTest::keyClicks(value, QStringLiteral("s3cr3t-value"));
        child<QCheckBox>(&dialog, "showValueCheck")->setChecked(true);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(value->text().isEmpty());
        QCOMPARE(value->echoMode(), QLineEdit::Password);
        QVERIFY(dialog.value().isEmpty());
    }

    void aValueOfSeveralLinesIsKeptAndCounted()
    {
        gui::SetSecretDialog dialog(QStringLiteral("app"));
        dialog.open();
        QTest::keyClicks(child<QLineEdit>(&dialog, "secretNameEdit"), QStringLiteral("KEY"));
        const QString pem = QStringLiteral("-----BEGIN KEY-----\nabc\n-----END KEY-----\n");
        child<QLineEdit>(&dialog, "secretValueEdit")->setText(pem); // as a paste does
        QCOMPARE(dialog.value(), pem);
        auto *note = child<QLabel>(&dialog, "valueNoteLabel");
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(QLatin1String("3 line")), qPrintable(note->text()));
        QVERIFY(dialog.submitButton()->isEnabled());
    }

    void theValueCanComeFromATextFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("key.pem"));
        const QByteArray pem = "-----BEGIN KEY-----\nMIIB\u00e9\n-----END KEY-----\n";
        writeFile(path, pem);
        gui::SetSecretDialog dialog(QStringLiteral("app"));
        dialog.open();
        QTest::keyClicks(child<QLineEdit>(&dialog, "secretNameEdit"), QStringLiteral("KEY"));
        QVERIFY(child<QPushButton>(&dialog, "valueFromFileButton")->text().contains(u'&'));
        QCOMPARE(dialog.loadValueFromFile(path), QString());
        QCOMPARE(dialog.value(), QString::fromUtf8(pem));
        auto *note = child<QLabel>(&dialog, "valueNoteLabel");
        QVERIFY2(note->text().contains(QLatin1String("key.pem")), qPrintable(note->text()));
        QVERIFY(dialog.submitButton()->isEnabled());
        saveScreenshot(dialog, QStringLiteral("secret-from-file.png"));
        // Typing over it makes it the typed value: the note no longer names the file.
        QTest::keyClicks(child<QLineEdit>(&dialog, "secretValueEdit"), QStringLiteral("x"));
        QVERIFY(!note->text().contains(QLatin1String("key.pem")));
    }

    void longValuesArriveWholeOrAreRefused()
    {
        // Longer than QLineEdit's default limit of 32767 characters, within the secret limit.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.pem"));
        QByteArray bundle;
        while (bundle.size() < 40 * 1024)
            bundle += "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
                + QByteArray::number(bundle.size()) + '\n';
        writeFile(path, bundle);
        gui::SetSecretDialog dialog(QStringLiteral("app"));
        dialog.open();
        QTest::keyClicks(child<QLineEdit>(&dialog, "secretNameEdit"), QStringLiteral("CA"));
        QCOMPARE(dialog.loadValueFromFile(path), QString());
        QCOMPARE(dialog.value().toUtf8(), bundle);
        QVERIFY(dialog.submitButton()->isEnabled());

        // A paste longer than a secret may be is reported, not cut silently.
        child<QLineEdit>(&dialog, "secretValueEdit")
            ->setText(QString(int(gui::SetSecretDialog::MaxValueBytes) + 10, QLatin1Char('x')));
        QVERIFY(!dialog.submitButton()->isEnabled());
        QVERIFY2(dialog.valueProblem().contains(QLatin1String("too long")),
            qPrintable(dialog.valueProblem()));
    }

    void aGoodFileAfterABadOneClearsTheProblem()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("key.pem"));
        writeFile(good, "-----BEGIN KEY-----\nabc\n-----END KEY-----\n");
        gui::SetSecretDialog dialog(QStringLiteral("app"));
        dialog.open();
        QTest::keyClicks(child<QLineEdit>(&dialog, "secretNameEdit"), QStringLiteral("KEY"));
        QCOMPARE(dialog.loadValueFromFile(good), QString());
        QVERIFY(!dialog.loadValueFromFile(dir.filePath(QStringLiteral("gone.pem"))).isEmpty());
        QVERIFY(!dialog.submitButton()->isEnabled());
        // The same file again: the text does not change, the problem must still go.
        QCOMPARE(dialog.loadValueFromFile(good), QString());
        QVERIFY(dialog.submitButton()->isEnabled());
        QVERIFY(dialog.valueProblem().isEmpty());
    }

    void filesThatCannotBeAValueAreRefusedClearly()
    {
        QTemporaryDir dir;
        const QString binary = dir.filePath(QStringLiteral("photo.jpg"));
        writeFile(binary, QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10));
        const QString large = dir.filePath(QStringLiteral("huge.txt"));
        writeFile(large, QByteArray(gui::SetSecretDialog::MaxValueBytes + 1, 'a'));
        const QString missing = dir.filePath(QStringLiteral("gone.txt"));

        gui::SetSecretDialog dialog(QStringLiteral("app"));
        dialog.open();
        QTest::keyClicks(child<QLineEdit>(&dialog, "secretNameEdit"), QStringLiteral("KEY"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "secretValueEdit"), QStringLiteral("old"));
        auto *problem = child<QLabel>(&dialog, "valueProblemLabel");
        const struct {
            QString path;
            const char *mentions;
        } cases[] = {{binary, "not a text file"}, {large, "too large"}, {missing, "gone.txt"}};
        for (const auto &check : cases) {
            const QString reason = dialog.loadValueFromFile(check.path);
            QVERIFY2(reason.contains(QLatin1String(check.mentions)), qPrintable(reason));
            QCOMPARE(problem->text(), reason);
            QVERIFY(!dialog.submitButton()->isEnabled());
            QCOMPARE(dialog.value(), QStringLiteral("old")); // nothing lost
        }
        saveScreenshot(dialog, QStringLiteral("secret-file-refused.png"));
        // Editing the value again clears the file's problem.
        QTest::keyClicks(child<QLineEdit>(&dialog, "secretValueEdit"), QStringLiteral("!"));
        QVERIFY(dialog.submitButton()->isEnabled());
    }

    void keyboard()
    {
        gui::SetSecretDialog dialog(QStringLiteral("app"));
        QVERIFY(dialog.submitButton()->isDefault());
        QVERIFY(dialog.submitButton()->text().contains(QLatin1Char('&')));
        int labelled = 0;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->buddy() == child<QLineEdit>(&dialog, "secretNameEdit")
                || label->buddy() == child<QLineEdit>(&dialog, "secretValueEdit")) {
                QVERIFY(label->text().contains(QLatin1Char('&')));
                ++labelled;
            }
        }
        QCOMPARE(labelled, 2);
        QVERIFY(child<QCheckBox>(&dialog, "showValueCheck")->text().contains(QLatin1Char('&')));
        // Enter submits once the input is valid.
        dialog.open();
        QSignalSpy submitted(&dialog, &gui::JobDialog::submitted);
        QTest::keyClicks(child<QLineEdit>(&dialog, "secretNameEdit"), QStringLiteral("A"));
        auto *value = child<QLineEdit>(&dialog, "secretValueEdit");
        QTest::keyClick(value, Qt::Key_Return);
        QCOMPARE(submitted.count(), 0); // no value yet
        QTest::keyClicks(value, QStringLiteral("b"));
        QTest::keyClick(value, Qt::Key_Return);
        QCOMPARE(submitted.count(), 1);
    }
};

QTEST_MAIN(TestSetSecretDialog)
#include "tst_setsecretdialog.moc"
