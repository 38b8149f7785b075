// Every button a screen reader meets has a name, and every view can be reached and left by
// keyboard: walked through the main window's views and its dialogs against the simulator.
#include "gui/dialogs/createmachinewizard.h"
#include "gui/machinecreation.h"
#include "gui/volumes/createvolumedialog.h"
#include "gui/volumes/volumeactions.h"
#include "support/windowharness.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>

using namespace hangar;
using namespace Qt::StringLiterals;

namespace {

// Buttons a screen reader would announce as just "button".
QStringList unnamedButtons(const QWidget *root)
{
    QStringList found;
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (!button->isVisibleTo(root->window()))
            continue;
        const QString text = QString(button->text()).remove(u'&').trimmed();
        if (text.isEmpty() && button->accessibleName().isEmpty() && button->toolTip().isEmpty())
            found.append(button->objectName().isEmpty()
                    ? QString::fromLatin1(button->metaObject()->className())
                    : button->objectName());
    }
    return found;
}

// Labels that name an input without a buddy, so its mnemonic would lead nowhere.
QStringList mnemonicsWithoutBuddy(const QWidget *root)
{
    QStringList found;
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        const QString text = label->text();
        if (label->textFormat() == Qt::RichText || text.contains(u'<'))
            continue;
        if (text.contains(QRegularExpression(u"&[^&\\s]"_s)) && !label->buddy())
            found.append(text);
    }
    return found;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testing::WindowHarness> m_harness;
    gui::MainWindow &window() const { return m_harness->window(); }

    void checkShown(const QString &what)
    {
        const QStringList unnamed = unnamedButtons(&window());
        QVERIFY2(unnamed.isEmpty(), qPrintable(what + u": "_s + unnamed.join(u", "_s)));
        const QStringList dangling = mnemonicsWithoutBuddy(&window());
        QVERIFY2(dangling.isEmpty(), qPrintable(what + u": "_s + dangling.join(u", "_s)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_harness = std::make_unique<testing::WindowHarness>();
        QString error;
        QVERIFY2(m_harness->start(u"demo"_s, &error), qPrintable(error));
    }
    void cleanupTestCase() { m_harness.reset(); }

    void everyViewNamesItsButtons_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("view");
        for (const char *view : {"overview", "checks", "metadata", "events", "config", "history"})
            QTest::newRow(view) << u"api-backend/api-1"_s << QString::fromLatin1(view);
        for (const char *view : {"overview", "snapshots", "files"})
            QTest::newRow(view) << u"postgres-main/pg_data"_s << QString::fromLatin1(view);
        QTest::newRow("machines") << u"api-backend"_s << u"machines"_s;
        QTest::newRow("secrets") << u"api-backend"_s << u"secrets"_s;
        QTest::newRow("regions") << QString() << u"regions"_s;
    }
    void everyViewNamesItsButtons()
    {
        QFETCH(QString, path);
        QFETCH(QString, view);
        if (!path.isEmpty())
            QVERIFY(window().selectPath(path));
        QVERIFY(window().showView(view));
        QTest::qWait(0);
        checkShown(path + u" "_s + view);
    }

    void dialogsNameTheirButtonsAndStartWithFocus()
    {
        QVERIFY(window().selectPath(u"api-backend"_s));
        gui::CreateMachineWizard *wizard = window().creation()->openNewMachine();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QStringList unnamed = unnamedButtons(wizard);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        QTRY_VERIFY(wizard->focusWidget() != nullptr);
        wizard->close();

        gui::CreateVolumeDialog *volume = window().volumeActions()->createVolume(u"api-backend"_s);
        QVERIFY(volume);
        QTRY_VERIFY(volume->isVisible());
        unnamed = unnamedButtons(volume);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        QTRY_VERIFY(volume->focusWidget() != nullptr);
        volume->close();
    }

    void theTreeIsReachableByKeyboard()
    {
        QWidget *tree = window().findChild<QWidget *>(u"fleetTree"_s);
        QWidget *filter = window().findChild<QWidget *>(u"filterEdit"_s);
        QVERIFY(tree && filter);
        tree->setFocus();
        // Ctrl+F goes to the filter, and Tab moves on from it to the tree.
        QTest::keyClick(&window(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), filter);
        QTest::keyClick(filter, Qt::Key_Tab);
        QTRY_VERIFY(QApplication::focusWidget() != filter);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
