// ConfigDiffView offscreen: aligned panes, tints in light and dark palettes, scrolling together,
// "show only changes", and moving between changes by button and keyboard.
#include "configfixtures.h"
#include "core/configdiff/configdiff.h"
#include "englishplurals.h"
#include "gui/review/configdiffview.h"
#include "gui/review/diffcolors.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

using namespace hangar;
using namespace configfixtures;
using namespace Qt::StringLiterals;

namespace {

core::ConfigDiff portAndMemoryDiff()
{
    return core::ConfigDiff::compare(nginxConfig(), edited([](QJsonObject &json) {
        addPort(json, 0, QJsonObject {{u"port"_s, 8443}, {u"handlers"_s, QJsonArray {u"tls"_s}}});
        QJsonObject guest = json.value(u"guest"_s).toObject();
        guest[u"memory_mb"_s] = 512;
        json[u"guest"_s] = guest;
    }));
}

int firstLineOfKind(const QList<core::DiffLine> &lines, core::DiffKind kind)
{
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).kind == kind && lines.at(i).folded == 0)
            return i;
    }
    return -1;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    return palette;
}

} // namespace

class TestConfigDiffView : public QObject {
    Q_OBJECT

private:
    reviewtests::EnglishPlurals m_english;
    std::unique_ptr<gui::ConfigDiffView> m_view;

    QPlainTextEdit *pane(const char *name) const
    {
        return m_view->findChild<QPlainTextEdit *>(QString::fromLatin1(name));
    }
    QTextBlockFormat blockFormat(const char *paneName, int line) const
    {
        return pane(paneName)->document()->findBlockByNumber(line).blockFormat();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::installTranslator(&m_english);
    }

    void init()
    {
        m_view = std::make_unique<gui::ConfigDiffView>();
        m_view->resize(900, 300);
        m_view->setDiff(portAndMemoryDiff());
    }

    void cleanup() { m_view.reset(); }

    void panesShowAlignedLines()
    {
        const QList<core::DiffLine> &lines = m_view->lines();
        QCOMPARE(pane("leftPane")->document()->blockCount(), lines.size());
        QCOMPARE(pane("rightPane")->document()->blockCount(), lines.size());
        QVERIFY(pane("leftPane")->isReadOnly());
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).folded > 0) {
                QCOMPARE(pane("leftPane")->document()->findBlockByNumber(i).text().trimmed(),
                    u"⋯ %1 unchanged lines"_s.arg(lines.at(i).folded));
                continue;
            }
            QCOMPARE(pane("leftPane")->document()->findBlockByNumber(i).text(), lines.at(i).left);
            QCOMPARE(pane("rightPane")->document()->findBlockByNumber(i).text(), lines.at(i).right);
        }
    }

    void linesAreTinted()
    {
        const gui::DiffColors colors = gui::DiffColors::forPalette(pane("rightPane")->palette());
        const int added = firstLineOfKind(m_view->lines(), core::DiffKind::Added);
        const int changed = firstLineOfKind(m_view->lines(), core::DiffKind::Changed);
        QCOMPARE(blockFormat("rightPane", added).background().color(), colors.added);
        // Opposite an added line the left pane has a hatched filler.
        QCOMPARE(blockFormat("leftPane", added).background().style(), Qt::BDiagPattern);
        QCOMPARE(blockFormat("leftPane", changed).background().color(), colors.changed);
        QCOMPARE(blockFormat("rightPane", changed).background().color(), colors.changed);
        QVERIFY(!blockFormat("rightPane", 0).hasProperty(QTextFormat::BackgroundBrush));
    }

    void tintsFollowTheDarkPalette()
    {
        m_view->setPalette(darkPalette());
        const int added = firstLineOfKind(m_view->lines(), core::DiffKind::Added);
        const QColor tint = blockFormat("rightPane", added).background().color();
        QCOMPARE(tint, gui::DiffColors::forPalette(darkPalette()).added);
        QVERIFY(tint.lightness() < 100); // a dark green, not the light theme's pale one
        QVERIFY(tint.green() > tint.red());
    }

    void panesScrollTogether()
    {
        m_view->setChangedOnly(false);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QScrollBar *left = pane("leftPane")->verticalScrollBar();
        QScrollBar *right = pane("rightPane")->verticalScrollBar();
        QVERIFY(left->maximum() > 10);
        left->setValue(12);
        QCOMPARE(right->value(), 12);
        right->setValue(3);
        QCOMPARE(left->value(), 3);
    }

    void navigatesBetweenChanges()
    {
        QSignalSpy moved(m_view.get(), &gui::ConfigDiffView::currentChangeChanged);
        QCOMPARE(m_view->changeCount(), 2);
        QCOMPARE(m_view->currentChange(), 0); // opens at the first change
        auto *next = m_view->findChild<QToolButton *>(u"nextChangeButton"_s);
        auto *previous = m_view->findChild<QToolButton *>(u"previousChangeButton"_s);
        auto *position = m_view->findChild<QLabel *>(u"changePositionLabel"_s);
        QVERIFY(!previous->isEnabled());
        QCOMPARE(position->text(), u"Change 1 of 2"_s);
        next->click();
        QCOMPARE(m_view->currentChange(), 1);
        QCOMPARE(m_view->lines().at(m_view->currentLine()).kind, core::DiffKind::Added);
        QVERIFY(!next->isEnabled());
        m_view->nextChange(); // stays on the last
        QCOMPARE(m_view->currentChange(), 1);
        previous->click();
        QCOMPARE(m_view->currentChange(), 0);
        QCOMPARE(moved.size(), 2);
        QCOMPARE(moved.last().at(0).toInt(), 0);
        QCOMPARE(moved.last().at(1).toInt(), 2);
    }

    void keyboardMovesBetweenChanges()
    {
        m_view->show();
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        pane("rightPane")->setFocus();
        QTest::keyClick(pane("rightPane"), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(m_view->currentChange(), 1);
        QTest::keyClick(pane("rightPane"), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(m_view->currentChange(), 0);
        QTest::keyClick(pane("leftPane"), Qt::Key_F8);
        QCOMPARE(m_view->currentChange(), 1);
        QTest::keyClick(pane("leftPane"), Qt::Key_P);
        QCOMPARE(m_view->currentChange(), 0);
    }

    void showsOnlyChangesByDefault()
    {
        auto *check = m_view->findChild<QCheckBox *>(u"changedOnlyCheck"_s);
        QVERIFY(m_view->changedOnly());
        QVERIFY(check->isChecked());
        QCOMPARE(m_view->lines(), core::changedOnly(core::sideBySide(portAndMemoryDiff())));
    }

    void togglesShowingOnlyChanges()
    {
        auto *check = m_view->findChild<QCheckBox *>(u"changedOnlyCheck"_s);
        check->click();
        QVERIFY(!m_view->changedOnly());
        const qsizetype all = m_view->lines().size();
        QCOMPARE(all, core::sideBySide(portAndMemoryDiff()).size());
        m_view->nextChange();
        check->click();
        QVERIFY(m_view->changedOnly());
        QVERIFY(m_view->lines().size() < all);
        QCOMPARE(m_view->changeCount(), 2);
        QCOMPARE(m_view->currentChange(), 1); // still on the change being looked at
        const int fold = firstLineOfKind(m_view->lines(), core::DiffKind::Unchanged);
        QVERIFY(fold >= 0);
        QString foldText;
        for (int i = 0; i < m_view->lines().size(); ++i) {
            if (m_view->lines().at(i).folded > 0) {
                foldText = pane("leftPane")->document()->findBlockByNumber(i).text();
                break;
            }
        }
        QVERIFY2(foldText.contains(u"unchanged line"_s), qPrintable(foldText));
        check->click();
        QCOMPARE(m_view->lines().size(), all);
    }

    void noChangesShowTheWholeConfig()
    {
        m_view->setDiff(core::ConfigDiff::compare(nginxConfig(), nginxConfig()));
        QCOMPARE(m_view->lines(),
            core::sideBySide(core::ConfigDiff::compare(nginxConfig(), nginxConfig())));
        QVERIFY(!m_view->findChild<QCheckBox *>(u"changedOnlyCheck"_s)->isEnabled());
    }

    void emptyDiff()
    {
        m_view->setDiff(core::ConfigDiff());
        QCOMPARE(m_view->changeCount(), 0);
        QCOMPARE(m_view->currentChange(), -1);
        QCOMPARE(m_view->findChild<QLabel *>(u"changePositionLabel"_s)->text(), u"No changes"_s);
    }
};

QTEST_MAIN(TestConfigDiffView)
#include "tst_configdiffview.moc"
