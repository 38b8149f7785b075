// Side-by-side lines: both texts complete, unchanged lines facing each other, fillers opposite
// added and removed lines, file content as text, and the "changes only" folding.
#include "configfixtures.h"
#include "core/configdiff/jsonlines.h"
#include "core/configdiff/sidebyside.h"
#include "core/configdiff/textdiff.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace hangar;
using namespace hangar::core;
using namespace configfixtures;
using namespace Qt::StringLiterals;

namespace {

QStringList leftText(const QList<DiffLine> &lines)
{
    QStringList text;
    for (const DiffLine &line : lines) {
        if (line.hasLeft())
            text.append(line.left);
    }
    return text;
}

QStringList rightText(const QList<DiffLine> &lines)
{
    QStringList text;
    for (const DiffLine &line : lines) {
        if (line.hasRight())
            text.append(line.right);
    }
    return text;
}

const DiffLine *lineWith(const QList<DiffLine> &lines, const QString &text)
{
    for (const DiffLine &line : lines) {
        if (line.left.trimmed() == text || line.right.trimmed() == text)
            return &line;
    }
    return nullptr;
}

api::MachineConfig portAndMemoryChange()
{
    return edited([](QJsonObject &json) {
        addPort(json, 0, QJsonObject {{u"port"_s, 8443}, {u"handlers"_s, QJsonArray {u"tls"_s}}});
        QJsonObject guest = json.value(u"guest"_s).toObject();
        guest[u"memory_mb"_s] = 512;
        json[u"guest"_s] = guest;
    });
}

} // namespace

class TestSideBySide : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void eachSideIsTheWholeConfig()
    {
        const api::MachineConfig after = portAndMemoryChange();
        const QList<DiffLine> lines = sideBySide(ConfigDiff::compare(nginxConfig(), after));
        QCOMPARE(leftText(lines), jsonlines::renderRoot(nginxConfig().json()));
        QCOMPARE(rightText(lines), jsonlines::renderRoot(after.json()));
        QCOMPARE(lines.first().left, u"{"_s);
        QCOMPARE(lines.last().right, u"}"_s);
    }

    void linesAreAligned()
    {
        const QList<DiffLine> lines =
            sideBySide(ConfigDiff::compare(nginxConfig(), portAndMemoryChange()));
        int left = 0;
        int right = 0;
        for (const DiffLine &line : lines) {
            // Numbers count each side's own lines; a filler has none.
            if (line.hasLeft())
                QCOMPARE(line.leftNumber, ++left);
            if (line.hasRight())
                QCOMPARE(line.rightNumber, ++right);
            switch (line.kind) {
            case DiffKind::Unchanged:
                QVERIFY(line.hasLeft() && line.hasRight());
                QCOMPARE(line.left, line.right);
                break;
            case DiffKind::Added:
                QVERIFY(!line.hasLeft() && line.left.isEmpty() && line.hasRight());
                QCOMPARE(line.marker(), u'+');
                break;
            case DiffKind::Removed:
                QVERIFY(line.hasLeft() && !line.hasRight());
                break;
            case DiffKind::Changed:
                QVERIFY(line.hasLeft() && line.hasRight());
                QCOMPARE(line.marker(), u'~');
                break;
            }
        }

        const DiffLine *memory = lineWith(lines, u"\"memory_mb\": 512"_s);
        QVERIFY(memory);
        QCOMPARE(memory->kind, DiffKind::Changed);
        QCOMPARE(memory->left, u"    \"memory_mb\": 256"_s);
        QCOMPARE(memory->right, u"    \"memory_mb\": 512"_s);
        QCOMPARE(memory->path, u"guest.memory_mb"_s);

        // The added port: four lines opposite fillers, after port 443, identity first.
        QList<DiffLine> added;
        for (const DiffLine &line : lines) {
            if (line.kind == DiffKind::Added)
                added.append(line);
        }
        QCOMPARE(added.size(), 4);
        QCOMPARE(added.at(0).right, u"        {"_s);
        QCOMPARE(added.at(1).right, u"          \"port\": 8443"_s);
        QCOMPARE(added.at(2).right, u"          \"handlers\": [\"tls\"]"_s);
        QCOMPARE(added.at(3).right, u"        }"_s);
        QCOMPARE(added.at(1).path, u"services[tcp/8080].ports[8443]"_s);
        QCOMPARE(changeStarts(lines).size(), 2);
    }

    void removedLinesFaceFillers()
    {
        const QList<DiffLine> lines = sideBySide(ConfigDiff::compare(
            nginxConfig(), edited([](QJsonObject &json) { json.remove(u"mounts"_s); })));
        QStringList removed;
        for (const DiffLine &line : lines) {
            if (line.kind == DiffKind::Removed) {
                QVERIFY(line.right.isEmpty());
                QCOMPARE(line.marker(), u'-');
                removed.append(line.left.trimmed());
            }
        }
        QCOMPARE(removed.first(), u"\"mounts\": ["_s);
        QVERIFY(removed.contains(u"\"volume\": \"vol_nginxdata\""_s));
    }

    void fileContentIsShownAsText()
    {
        const QList<DiffLine> lines =
            sideBySide(ConfigDiff::compare(nginxConfig(), edited([](QJsonObject &json) {
                QJsonArray files = json.value(u"files"_s).toArray();
                QJsonObject file = files.at(0).toObject();
                file[u"raw_value"_s] =
                    base64("worker_processes 4;\nevents {}\nhttp {\n  gzip on;\n}\n");
                files[0] = file;
                json[u"files"_s] = files;
            })));
        const DiffLine *workers = lineWith(lines, u"│ worker_processes 4;"_s);
        QVERIFY(workers);
        QCOMPARE(workers->kind, DiffKind::Changed);
        QCOMPARE(workers->left.trimmed(), u"│ worker_processes 1;"_s);
        const DiffLine *gzip = lineWith(lines, u"│   gzip on;"_s);
        QVERIFY(gzip);
        QCOMPARE(gzip->kind, DiffKind::Added);
        QCOMPARE(lineWith(lines, u"│ events {}"_s)->kind, DiffKind::Unchanged);
    }

    void longStringsAreShortened()
    {
        const QString longValue(5000, u'x');
        const QList<DiffLine> lines =
            sideBySide(ConfigDiff::compare(QJsonObject {{u"blob"_s, longValue}},
                QJsonObject {{u"blob"_s, QString(longValue + u'y')}}));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1).kind, DiffKind::Changed);
        QVERIFY(lines.at(1).right.size() < 200);
        QVERIFY(lines.at(1).right.endsWith(u"(5001 characters)"_s));
    }

    void changedOnlyKeepsChangesAndTheirContext()
    {
        const QList<DiffLine> all =
            sideBySide(ConfigDiff::compare(nginxConfig(), portAndMemoryChange()));
        const QList<DiffLine> compact = changedOnly(all);
        QVERIFY(compact.size() < all.size());
        int represented = 0;
        const auto plain = [&](qsizetype i) {
            return i >= 0 && i < compact.size() && compact.at(i).folded == 0
                && compact.at(i).kind == DiffKind::Unchanged && !compact.at(i).context;
        };
        for (qsizetype i = 0; i < compact.size(); ++i) {
            const DiffLine &line = compact.at(i);
            represented += line.folded > 0 ? line.folded : 1;
            if (line.folded > 0) {
                QCOMPARE(line.marker(), u'⋯');
                QVERIFY(line.folded >= 2); // one line is shown rather than folded
                QVERIFY(!line.hasLeft() && !line.hasRight());
            }
            // Other unchanged lines are kept only alone, where a fold would be no shorter.
            QVERIFY(!(plain(i) && (plain(i - 1) || plain(i + 1))));
        }
        QCOMPARE(represented, all.size());
        // The changed service says which it is; its unchanged siblings are folded away.
        QVERIFY(lineWith(compact, u"\"protocol\": \"tcp\""_s));
        QVERIFY(lineWith(compact, u"\"internal_port\": 8080"_s));
        QVERIFY(!lineWith(compact, u"\"internal_port\": 5353"_s));
        QVERIFY(lineWith(compact, u"\"guest\": {"_s));
        QVERIFY(!lineWith(compact, u"\"cpus\": 1"_s));
        QCOMPARE(changeStarts(compact).size(), 2);
    }

    void noChangesFoldToOneLine()
    {
        const QList<DiffLine> compact =
            changedOnly(sideBySide(ConfigDiff::compare(nginxConfig(), nginxConfig())));
        QCOMPARE(compact.size(), 1);
        QVERIFY(compact.first().folded > 10);
    }

    void textDiffAlignsInsertions()
    {
        using textdiff::Op;
        const QList<textdiff::Step> steps =
            textdiff::diffLines({u"a"_s, u"b"_s, u"c"_s, u"d"_s}, {u"a"_s, u"x"_s, u"b"_s, u"d"_s});
        QList<Op> ops;
        for (const textdiff::Step &step : steps)
            ops.append(step.op);
        QCOMPARE(ops, (QList<Op> {Op::Same, Op::Added, Op::Same, Op::Removed, Op::Same}));
        QCOMPARE(textdiff::commonAffixes(u"\"memory_mb\": 256"_s, u"\"memory_mb\": 512"_s),
            std::make_pair(13, 0));
    }
};

QTEST_GUILESS_MAIN(TestSideBySide)
#include "tst_sidebyside.moc"
