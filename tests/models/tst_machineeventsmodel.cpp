// MachineEventsModel: polling hands in the whole (newest first, capped) list each time; only
// what is new is inserted, only what fell off is removed.
#include "fleetfixtures.h"
#include "models/machineeventsmodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace hangar;
using namespace hangar::models;
using namespace fleetfixtures;
using namespace Qt::StringLiterals;

namespace {

api::MachineEvent makeEvent(
    int n, const QString &type = u"start"_s, const QString &status = u"started"_s)
{
    return api::MachineEvent(QJsonObject {
        {u"id"_s, u"ev%1"_s.arg(n)},
        {u"type"_s, type},
        {u"status"_s, status},
        {u"source"_s, u"user"_s},
        {u"timestamp"_s, 1714564800000.0 + n * 1000.0},
    });
}

// Events n down to m, newest first.
QList<api::MachineEvent> events(int newest, int oldest)
{
    QList<api::MachineEvent> list;
    for (int n = newest; n >= oldest; --n)
        list.append(makeEvent(n));
    return list;
}

} // namespace

class TestMachineEventsModel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MachineEventsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QStringList ids() const
    {
        QStringList list;
        for (int row = 0; row < m_model->rowCount(); ++row)
            list.append(m_model->index(row, 0).data(IdRole).toString());
        return list;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_model = std::make_unique<MachineEventsModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void firstListIsOneInsert()
    {
        ModelSpies spies(m_model.get());
        m_model->setEvents(events(3, 1));
        QCOMPARE(spies.structuralCount(), 1);
        QCOMPARE(spies.rowsInserted.first().at(2).toInt(), 2);
        QCOMPARE(ids(), (QStringList {u"ev3"_s, u"ev2"_s, u"ev1"_s}));
        const QModelIndex newest = m_model->index(0, MachineEventsModel::TypeColumn);
        QCOMPARE(newest.data().toString(), u"start"_s);
        QCOMPARE(newest.data(EventTypeRole).toString(), u"start"_s);
        QCOMPARE(newest.data(StateRole).toString(), u"started"_s);
        QCOMPARE(newest.data(EventSourceRole).toString(), u"user"_s);
        QCOMPARE(newest.data(TimestampRole).toDateTime().toMSecsSinceEpoch(), 1714564803000);
        QCOMPARE(m_model->headerData(MachineEventsModel::TypeColumn, Qt::Horizontal).toString(),
            u"Event"_s);
    }

    void newEventsAreInsertedAtTheTopOnly()
    {
        m_model->setEvents(events(3, 1));
        ModelSpies spies(m_model.get());
        m_model->setEvents(events(5, 1));
        QCOMPARE(spies.structuralCount(), 1);
        QCOMPARE(spies.rowsInserted.first().at(1).toInt(), 0);
        QCOMPARE(spies.rowsInserted.first().at(2).toInt(), 1);
        QCOMPARE(ids().first(), u"ev5"_s);

        spies.clear();
        m_model->setEvents(events(5, 1));
        QCOMPARE(spies.totalCount(), 0);
    }

    void eventsFallingOffTheCapAreRemovedFromTheBottom()
    {
        m_model->setEvents(events(5, 1));
        ModelSpies spies(m_model.get());
        m_model->setEvents(events(7, 3)); // two new, two dropped
        QCOMPARE(spies.rowsRemoved.count(), 1);
        QCOMPARE(spies.rowsRemoved.first().at(1).toInt(), 3);
        QCOMPARE(spies.rowsRemoved.first().at(2).toInt(), 4);
        QCOMPARE(spies.rowsInserted.count(), 1);
        QCOMPARE(spies.rowsInserted.first().at(1).toInt(), 0);
        QCOMPARE(spies.rowsInserted.first().at(2).toInt(), 1);
        QCOMPARE(spies.modelReset.count(), 0);
        QCOMPARE(ids(), (QStringList {u"ev7"_s, u"ev6"_s, u"ev5"_s, u"ev4"_s, u"ev3"_s}));
    }

    void olderEventsGoAtTheBottom()
    {
        m_model->setEvents(events(5, 4));
        ModelSpies spies(m_model.get());
        m_model->setEvents(events(5, 1));
        QCOMPARE(spies.structuralCount(), 1);
        QCOMPARE(spies.rowsInserted.first().at(1).toInt(), 2);
        QCOMPARE(spies.rowsInserted.first().at(2).toInt(), 4);
    }

    void anUnrelatedListResets()
    {
        m_model->setEvents(events(5, 1));
        ModelSpies spies(m_model.get());
        m_model->setEvents(events(30, 20));
        QCOMPARE(spies.modelReset.count(), 1);
        QCOMPARE(m_model->rowCount(), 11);

        spies.clear();
        m_model->clear();
        QCOMPARE(spies.modelReset.count(), 1);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void exitEventsCarryTheirCode()
    {
        const api::MachineEvent exit(QJsonObject {
            {u"type"_s, u"exit"_s},
            {u"status"_s, u"stopped"_s},
            {u"source"_s, u"flyd"_s},
            {u"timestamp"_s, 1714564900000.0},
            {u"request"_s,
                QJsonObject {{u"exit_event"_s,
                    QJsonObject {{u"exit_code"_s, 137}, {u"oom_killed"_s, true}}}}},
        });
        m_model->setEvents({exit, makeEvent(1)});
        const QModelIndex row = m_model->index(0, 0);
        QCOMPARE(row.data(ExitCodeRole).toInt(), 137);
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u"137"_s));
        QVERIFY(!m_model->index(1, 0).data(ExitCodeRole).isValid());
        QVERIFY(!row.data(IdRole).toString().isEmpty()); // a key even without an ID
    }
};

QTEST_GUILESS_MAIN(TestMachineEventsModel)
#include "tst_machineeventsmodel.moc"
