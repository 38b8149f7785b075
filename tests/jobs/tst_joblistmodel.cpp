#include "core/jobs/jobmanager.h"
#include "models/jobs/joblistmodel.h"
#include "scriptedjob.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using hangar::api::ApiError;
using hangar::core::Job;
using hangar::core::JobManager;
using hangar::models::JobListModel;
using hangar::tests::ScriptedJob;

namespace {

QList<int> sorted(QList<int> roles)
{
    std::sort(roles.begin(), roles.end());
    return roles;
}

// The roles of the only dataChanged() the spy saw, after checking it covered just `row`.
QList<int> rolesOfOnlyChange(const QSignalSpy &spy, int row)
{
    if (spy.count() != 1) {
        qWarning("expected one dataChanged, got %d", int(spy.count()));
        return {};
    }
    const auto topLeft = spy.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = spy.at(0).at(1).value<QModelIndex>();
    if (topLeft.row() != row || bottomRight.row() != row)
        return {};
    return sorted(spy.at(0).at(2).value<QList<int>>());
}

} // namespace

class TestJobListModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startsWithTheManagersJobsNewestFirst()
    {
        JobManager manager;
        auto *older = new ScriptedJob(QStringLiteral("older"));
        auto *newer = new ScriptedJob(QStringLiteral("newer"));
        manager.add(older);
        manager.add(newer);
        JobListModel model(&manager);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.jobAt(0), newer);
        QCOMPARE(model.jobAt(1), older);
        QCOMPARE(model.rowOf(older), 1);
        QCOMPARE(model.manager(), &manager);
    }

    void addedJobsAreInsertedAtTheTop()
    {
        JobManager manager;
        JobListModel model(&manager);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        auto *first = new ScriptedJob(QStringLiteral("first"));
        manager.add(first);
        auto *second = new ScriptedJob(QStringLiteral("second"));
        manager.add(second);

        QCOMPARE(inserted.count(), 2);
        QCOMPARE(aboutToInsert.count(), 2);
        for (const QList<QVariant> &args : std::as_const(inserted)) {
            QCOMPARE(args.at(1).toInt(), 0);
            QCOMPARE(args.at(2).toInt(), 0);
        }
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(0).data(JobListModel::TitleRole).toString(), QStringLiteral("second"));
        QCOMPARE(model.index(1).data(Qt::DisplayRole).toString(), QStringLiteral("first"));
    }

    void rolesCarryRawValues()
    {
        JobManager manager;
        JobListModel model(&manager);
        auto *job = new ScriptedJob(QStringLiteral("Stop web"));
        manager.add(job);
        job->setProgress(1, 4);
        job->setStep(QStringLiteral("Stopping the machine"));
        const QModelIndex index = model.index(0);
        QCOMPARE(index.data(JobListModel::StateRole).toInt(), int(Job::State::Running));
        QCOMPARE(index.data(JobListModel::ProgressRole).toDouble(), 0.25);
        QCOMPARE(
            index.data(JobListModel::StepRole).toString(), QStringLiteral("Stopping the machine"));
        QCOMPARE(index.data(JobListModel::CanCancelRole).toBool(), true);
        QCOMPARE(index.data(JobListModel::StartedAtRole).toDateTime(), job->startedAt());
        QCOMPARE(index.data(JobListModel::JobRole).value<Job *>(), job);
        QVERIFY(index.data(JobListModel::ErrorMessageRole).toString().isEmpty());

        job->setIndeterminate();
        QCOMPARE(index.data(JobListModel::ProgressRole).toDouble(), -1.0);

        job->fail(ApiError::fromHttp(409, R"({"error":"lease currently held"})", "01REQ"));
        QCOMPARE(index.data(JobListModel::StateRole).toInt(), int(Job::State::Failed));
        QCOMPARE(index.data(JobListModel::ErrorMessageRole).toString(), job->errorMessage());
        QVERIFY(
            index.data(JobListModel::ErrorDetailsRole).toString().contains(QLatin1String("01REQ")));
        QCOMPARE(index.data(JobListModel::CanCancelRole).toBool(), false);
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), job->errorMessage());

        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.value(JobListModel::ProgressRole), QByteArray("progress"));
        QCOMPARE(names.value(JobListModel::JobRole), QByteArray("job"));
    }

    void eachChangeNotifiesOnlyItsRoles()
    {
        JobManager manager;
        JobListModel model(&manager);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *job = new ScriptedJob;
        auto *other = new ScriptedJob;
        job->setOnRun([](ScriptedJob &) {});

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        manager.add(job);
        // Added (no signal for the row being inserted), then started.
        QCOMPARE(rolesOfOnlyChange(changed, 0),
            sorted({Qt::ToolTipRole, JobListModel::StateRole, JobListModel::CanCancelRole,
                JobListModel::StartedAtRole}));
        manager.add(other);
        changed.clear();

        job->setProgress(1, 2);
        QCOMPARE(rolesOfOnlyChange(changed, 1), QList<int> {JobListModel::ProgressRole});
        changed.clear();

        job->setStep(QStringLiteral("Waiting"));
        QCOMPARE(rolesOfOnlyChange(changed, 1), sorted({Qt::ToolTipRole, JobListModel::StepRole}));
        changed.clear();

        job->appendLog(QStringLiteral("only in the log"));
        QCOMPARE(changed.count(), 0);

        job->setTitle(QStringLiteral("Renamed"));
        QCOMPARE(rolesOfOnlyChange(changed, 1), sorted({Qt::DisplayRole, JobListModel::TitleRole}));
        changed.clear();

        job->setCancellable(false);
        QCOMPARE(rolesOfOnlyChange(changed, 1), QList<int> {JobListModel::CanCancelRole});
        changed.clear();

        job->fail(QStringLiteral("It broke."), QStringLiteral("details"));
        QCOMPARE(rolesOfOnlyChange(changed, 1),
            sorted({Qt::ToolTipRole, JobListModel::StateRole, JobListModel::CanCancelRole,
                JobListModel::StartedAtRole, JobListModel::ErrorMessageRole,
                JobListModel::ErrorDetailsRole}));
        changed.clear();

        other->succeed(QStringLiteral("All good"));
        QCOMPARE(rolesOfOnlyChange(changed, 0),
            sorted({Qt::ToolTipRole, JobListModel::StateRole, JobListModel::CanCancelRole,
                JobListModel::StartedAtRole, JobListModel::SummaryRole}));
    }

    void clearFinishedRemovesTheirRows()
    {
        JobManager manager;
        JobListModel model(&manager);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *oldest = new ScriptedJob(QStringLiteral("oldest"));
        auto *running = new ScriptedJob(QStringLiteral("running"));
        auto *newest = new ScriptedJob(QStringLiteral("newest"));
        manager.add(oldest);
        manager.add(running);
        manager.add(newest);
        oldest->succeed();
        newest->cancel();

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        manager.clearFinished();
        QCOMPARE(removed.count(), 2);
        // Rows were [newest, running, oldest]: oldest (row 2) goes first, then newest (row 0).
        QCOMPARE(removed.at(0).at(1).toInt(), 2);
        QCOMPARE(removed.at(1).at(1).toInt(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.jobAt(0), running);

        // A removed job no longer reaches the model.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        running->setStep(QStringLiteral("still here"));
        QCOMPARE(changed.count(), 1);
    }

    void theManagerGoingAwayEmptiesTheModel()
    {
        auto manager = std::make_unique<JobManager>();
        JobListModel model(manager.get());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        manager->add(new ScriptedJob);
        manager->add(new ScriptedJob);
        manager.reset();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.manager(), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestJobListModel)
#include "tst_joblistmodel.moc"
