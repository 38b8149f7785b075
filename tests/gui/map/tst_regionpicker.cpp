// RegionPicker and its dialog: map and list in step, typing narrows the list, the keyboard
// alone can choose, deprecated regions cannot be chosen, capacity shows where known.
#include "gui/map/maplegend.h"
#include "gui/map/mapwidget.h"
#include "gui/map/regionpicker.h"
#include "gui/map/regiontablemodel.h"
#include "mapfixtures.h"
#include "models/modelroles.h"
#include "models/regionsummarymodel.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace hangar;
using namespace hangar::gui::map;

class TestRegionPicker : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<models::RegionSummaryModel> m_model;
    std::unique_ptr<RegionPicker> m_picker;

    QStringList listedCodes() const
    {
        QStringList codes;
        const QAbstractItemModel *list = m_picker->list()->model();
        for (int row = 0; row < list->rowCount(); ++row)
            codes.append(list->index(row, 0).data(models::IdRole).toString());
        return codes;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_model = std::make_unique<models::RegionSummaryModel>();
        m_model->setRegions(mapfixtures::regions());
        m_model->addAccount(QStringLiteral("a"), mapfixtures::fleet());
        m_picker = std::make_unique<RegionPicker>();
        m_picker->setModel(m_model.get());
        m_picker->resize(800, 600);
        m_picker->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_picker.get()));
    }

    void cleanup()
    {
        m_picker.reset();
        m_model.reset();
    }

    void mapAndListPickTogether()
    {
        QSignalSpy changed(m_picker.get(), &RegionPicker::currentRegionChanged);
        const QPoint tokyo = m_picker->map()->markerCenter(QStringLiteral("nrt"))->toPoint();
        QTest::mouseClick(m_picker->map(), Qt::LeftButton, {}, tokyo);
        QCOMPARE(m_picker->currentRegion(), QStringLiteral("nrt"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_picker->list()->currentIndex().data(models::IdRole).toString(),
            QStringLiteral("nrt"));
        m_picker->list()->setCurrentIndex(m_picker->list()->model()->index(0, 0));
        const QString first = listedCodes().first();
        QCOMPARE(m_picker->currentRegion(), first);
        QCOMPARE(m_picker->map()->selectedRegion(), first);
    }

    void typingNarrowsAndTheKeyboardChooses()
    {
        QSignalSpy chosen(m_picker.get(), &RegionPicker::regionChosen);
        QLineEdit *filter = m_picker->filterEdit();
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("frank"));
        QCOMPARE(listedCodes(), QStringList {QStringLiteral("fra")});
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), QStringLiteral("fra"));
        QCOMPARE(m_picker->currentRegion(), QStringLiteral("fra"));

        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("us)"));
        QVERIFY(listedCodes().size() > 5);
        QTest::keyClick(filter, Qt::Key_Down);
        QVERIFY(m_picker->list()->hasFocus());
        QTest::keyClick(m_picker->list(), Qt::Key_Down);
        const QString picked = m_picker->currentRegion();
        QVERIFY(m_picker->map()->marker(picked)->name.contains(QLatin1String("(US)")));
        QTest::keyClick(m_picker->list(), Qt::Key_Return);
        QCOMPARE(chosen.last().first().toString(), picked);
    }

    void deprecatedRegionsCannotBeChosen()
    {
        m_picker->setCurrentRegion(QStringLiteral("atl"));
        QCOMPARE(m_picker->currentRegion(), QString());
        const QPoint atlanta = m_picker->map()->markerCenter(QStringLiteral("atl"))->toPoint();
        QTest::mouseClick(m_picker->map(), Qt::LeftButton, {}, atlanta);
        QCOMPARE(m_picker->currentRegion(), QString());
        QTest::keyClicks(m_picker->filterEdit(), QStringLiteral("atlanta"));
        QCOMPARE(listedCodes(), QStringList {QStringLiteral("atl")}); // shown, marked, disabled
        QVERIFY(!(m_picker->list()->model()->index(0, 0).flags() & Qt::ItemIsEnabled));
        QVERIFY(m_picker->list()
                    ->model()
                    ->index(0, RegionTableModel::NotesColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("Deprecated")));
        QSignalSpy chosen(m_picker.get(), &RegionPicker::regionChosen);
        QTest::keyClick(m_picker->filterEdit(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 0);

        auto *legend = m_picker->findChild<MapLegend *>(QStringLiteral("mapLegend"));
        QVERIFY(legend->entries().contains(QStringLiteral("Deprecated")));

        m_picker->setDeprecatedSelectable(true);
        m_picker->setCurrentRegion(QStringLiteral("atl"));
        QCOMPARE(m_picker->currentRegion(), QStringLiteral("atl"));
        QVERIFY(!legend->entries().contains(QStringLiteral("Deprecated")));
    }

    void aRegionListBringsCapacity()
    {
        RegionPicker picker;
        picker.setRegionList(mapfixtures::regions());
        QCOMPARE(picker.list()->model()->rowCount(), 26);
        QVERIFY(!picker.list()->isColumnHidden(RegionTableModel::CapacityColumn));
        picker.setCurrentRegion(QStringLiteral("lhr"));
        const QModelIndex row = picker.list()->currentIndex();
        QCOMPARE(row.siblingAtColumn(RegionTableModel::CapacityColumn).data().toString(),
            QStringLiteral("120"));
        QVERIFY(picker.map()->marker(QStringLiteral("lhr"))->capacity == 120);
        // The summary model had counts; a bare list has none.
        QCOMPARE(picker.map()->marker(QStringLiteral("lhr"))->counts.machines(), 0);
        QVERIFY(m_picker->list()->isColumnHidden(RegionTableModel::CapacityColumn));
    }

    void theDialogAnswersOnce()
    {
        RegionPickerDialog dialog;
        dialog.picker()->setModel(m_model.get());
        QSignalSpy selected(&dialog, &RegionPickerDialog::regionSelected);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("regionPickerButtons"));
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.picker()->setCurrentRegion(QStringLiteral("sin"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toString(), QStringLiteral("sin"));
        dialog.accept();
        QCOMPARE(selected.count(), 1);
    }

    void doubleClickingAMarkerChoosesIt()
    {
        RegionPickerDialog dialog;
        dialog.picker()->setModel(m_model.get());
        QSignalSpy selected(&dialog, &RegionPickerDialog::regionSelected);
        dialog.resize(800, 600);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        MapWidget *map = dialog.picker()->map();
        QTest::mouseDClick(
            map, Qt::LeftButton, {}, map->markerCenter(QStringLiteral("syd"))->toPoint());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toString(), QStringLiteral("syd"));
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestRegionPicker)
#include "tst_regionpicker.moc"
