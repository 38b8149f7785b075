// ConfigHistoryWidget offscreen: the versions list, the diff of one or two selected versions,
// and "Restore this version…" emitting the selected config.
#include "configfixtures.h"
#include "englishplurals.h"
#include "gui/review/configdiffview.h"
#include "gui/review/confighistorywidget.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace hangar;
using namespace configfixtures;
using namespace Qt::StringLiterals;

namespace {

// A ULID made at `milliseconds`, as Fly names versions.
QString ulidAt(qint64 milliseconds)
{
    static const char digits[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString time(10, u'0');
    for (int i = 9; i >= 0; --i, milliseconds /= 32)
        time[i] = QLatin1Char(digits[milliseconds % 32]);
    return QString(time + QString(16, u'0'));
}

api::MachineVersion version(const QString &id, const api::MachineConfig &config)
{
    return api::MachineVersion(QJsonObject {{u"version"_s, id}, {u"user_config"_s, config.json()}});
}

void setImage(QJsonObject &json, const QString &image)
{
    json[u"image"_s] = image;
}

bool rightPaneShows(const gui::ConfigDiffView *view, const QString &text)
{
    for (const core::DiffLine &line : view->lines()) {
        if (line.right.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestConfigHistoryWidget : public QObject {
    Q_OBJECT

private:
    reviewtests::EnglishPlurals m_english;
    std::unique_ptr<gui::ConfigHistoryWidget> m_widget;
    QList<api::MachineVersion> m_versions;

    QTreeWidget *list() const { return m_widget->findChild<QTreeWidget *>(u"versionList"_s); }
    QPushButton *restoreButton() const
    {
        return m_widget->findChild<QPushButton *>(u"restoreButton"_s);
    }
    QString compareText() const
    {
        return m_widget->findChild<QLabel *>(u"historyCompareLabel"_s)->text();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::installTranslator(&m_english);
        const qint64 may2026 = 1'777'600'000'000;
        const api::MachineConfig v1 = nginxConfig();
        const api::MachineConfig v2 =
            edited([](QJsonObject &json) { setImage(json, u"nginx:1.26"_s); });
        const api::MachineConfig v3 = edited([](QJsonObject &json) {
            setImage(json, u"nginx:1.27"_s);
            QJsonObject guest = json.value(u"guest"_s).toObject();
            guest[u"memory_mb"_s] = 512;
            json[u"guest"_s] = guest;
        });
        m_versions = {version(ulidAt(may2026 + 7'200'000), v3),
            version(ulidAt(may2026 + 3'600'000), v2), version(ulidAt(may2026), v1)};
    }

    void init()
    {
        m_widget = std::make_unique<gui::ConfigHistoryWidget>();
        m_widget->resize(1000, 700);
        m_widget->setVersions(m_versions);
    }

    void cleanup() { m_widget.reset(); }

    void listsVersionsNewestFirst()
    {
        QCOMPARE(list()->topLevelItemCount(), 3);
        const QTreeWidgetItem *newest = list()->topLevelItem(0);
        QCOMPARE(newest->text(0), QString(m_versions.at(0).version() + u" (current)"_s));
        QVERIFY(newest->text(1) != u"unknown"_s); // the time comes from the ULID
        QCOMPARE(newest->text(2), u"image nginx:1.26 → nginx:1.27, memory 256 → 512 MB"_s);
        QCOMPARE(list()->topLevelItem(1)->text(2), u"image nginx:1.25 → nginx:1.26"_s);
        QCOMPARE(list()->topLevelItem(2)->text(2), u"First version"_s);
    }

    void oneSelectedVersionShowsWhatItChanged()
    {
        QCOMPARE(m_widget->selectedRows(), QList<int> {0}); // the newest, by default
        QVERIFY(!restoreButton()->isEnabled()); // it is what the machine runs
        QCOMPARE(m_widget->diffView()->changeCount(), 2);
        QVERIFY(rightPaneShows(m_widget->diffView(), u"nginx:1.27"_s));
        QVERIFY(compareText().contains(m_versions.at(0).version()));
    }

    void twoSelectedVersionsAreCompared()
    {
        // Selected as a user does: click, then Ctrl+click.
        QTreeWidget *tree = list();
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
        const QRect first = tree->visualItemRect(tree->topLevelItem(0));
        const QRect last = tree->visualItemRect(tree->topLevelItem(2));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, first.center());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::ControlModifier, last.center());
        QCOMPARE(m_widget->selectedRows(), (QList<int> {0, 2}));
        QCOMPARE(compareText(),
            u"Comparing version %1 with the newer %2."_s.arg(
                m_versions.at(2).version(), m_versions.at(0).version()));
        const QList<core::DiffLine> &lines = m_widget->diffView()->lines();
        const auto image = std::find_if(lines.begin(), lines.end(),
            [](const core::DiffLine &line) { return line.path == u"image"_s; });
        QVERIFY(image != lines.end());
        QCOMPARE(image->kind, core::DiffKind::Changed);
        QVERIFY(image->left.contains(u"nginx:1.25"_s));
        QVERIFY(image->right.contains(u"nginx:1.27"_s));
        QVERIFY(!restoreButton()->isEnabled());
    }

    void restoreEmitsTheSelectedConfig()
    {
        QSignalSpy restore(m_widget.get(), &gui::ConfigHistoryWidget::restoreRequested);
        m_widget->selectRows({2});
        QVERIFY(restoreButton()->isEnabled());
        QCOMPARE(m_widget->restorableVersion(), m_versions.at(2).version());
        QVERIFY(compareText().contains(u"first version"_s));
        QTest::mouseClick(restoreButton(), Qt::LeftButton);
        QCOMPARE(restore.size(), 1);
        const auto config = restore.first().at(0).value<api::MachineConfig>();
        QCOMPARE(config.json(), nginxConfig().json());
    }

    void threeSelectedAskForFewer()
    {
        m_widget->selectRows({0, 1, 2});
        QVERIFY(compareText().startsWith(u"Select one version"_s));
        QCOMPARE(m_widget->diffView()->changeCount(), 0);
        QVERIFY(!restoreButton()->isEnabled());
    }

    void noVersions()
    {
        m_widget->setVersions({});
        QCOMPARE(compareText(), u"No versions"_s);
        QVERIFY(!restoreButton()->isEnabled());
    }
};

QTEST_MAIN(TestConfigHistoryWidget)
#include "tst_confighistorywidget.moc"
