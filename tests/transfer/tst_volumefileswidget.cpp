// The Files tab offscreen against the simulator: listing, folders, deletion, and drops — the
// seed's nginx.conf onto an unattached volume included. With HANGAR_SCREENSHOT_DIR set it also
// saves what it looks like.
#include "core/jobs/jobmanager.h"
#include "core/session/accountsession.h"
#include "core/transfer/copyjob.h"
#include "gui/files/remotefilesmodel.h"
#include "gui/files/volumefileswidget.h"
#include "sim/server/simserver.h"
#include "sim/shell/virtualfs.h"
#include "transferharness.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeView>

using namespace hangar;
using namespace hangar::tests;

class TestVolumeFilesWidget : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TransferHarness> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<core::AccountSession> m_session;
    std::unique_ptr<core::JobManager> m_jobs;
    std::unique_ptr<gui::VolumeFilesWidget> m_widget;
    std::unique_ptr<QTemporaryDir> m_local;

    core::VolumeRecord record(const QString &volumeId)
    {
        return {m_sim->app(), await(m_sim->client().getVolume(m_sim->app(), volumeId)).value()};
    }
    QTreeView *view() const
    {
        return m_widget->findChild<QTreeView *>(QStringLiteral("filesView"));
    }
    int rows() const { return view()->model()->rowCount(); }
    void drop(QWidget *target, const QPoint &pos, const QStringList &paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls.append(QUrl::fromLocalFile(path));
        mime.setUrls(urls);
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
    }
    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("HANGAR_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_widget->grab().save(dir + QLatin1Char('/') + name);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_sim = std::make_unique<TransferHarness>();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setProxy(QNetworkProxy::NoProxy);
        core::AccountEndpoint endpoint;
        endpoint.id = QStringLiteral("sandbox");
        endpoint.baseUrl = m_sim->api().server().baseUrl();
        endpoint.token = m_sim->api().server().token();
        endpoint.sandbox = true;
        m_session = std::make_unique<core::AccountSession>(m_network.get(), endpoint);
        m_jobs = std::make_unique<core::JobManager>();
        m_widget = std::make_unique<gui::VolumeFilesWidget>(*m_jobs);
        m_widget->setOptions(TransferHarness::smallOptions());
        m_widget->resize(1280, 800);
        m_widget->show();
        m_local = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        m_widget.reset();
        m_jobs.reset();
        m_session.reset();
        m_network.reset();
        m_sim.reset();
    }

    void filesModelIsAWellBehavedModel()
    {
        gui::RemoteFilesModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        core::scripts::RemoteEntry folder;
        folder.name = QStringLiteral("b");
        folder.type = core::scripts::StatLine::Type::Directory;
        core::scripts::RemoteEntry file;
        file.name = QStringLiteral("a\nb.txt");
        file.type = core::scripts::StatLine::Type::File;
        file.size = 2048;
        file.mode = 0644;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEntries({folder, file});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, gui::RemoteFilesModel::NameColumn).data().toString(),
            QString(QStringLiteral("a") + QChar(0x23CE) + QStringLiteral("b.txt")));
        QCOMPARE(model.index(1, 0).data(gui::RemoteFilesModel::NameRole).toString(), file.name);
        QVERIFY(model.index(0, 0).data(gui::RemoteFilesModel::IsDirectoryRole).toBool());
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsDropEnabled));
        QVERIFY(!model.flags(model.index(1, 0)).testFlag(Qt::ItemIsDropEnabled));
        // Folders sort before files whatever the column.
        QVERIFY(model.index(0, 1).data(gui::RemoteFilesModel::SortRole).toString()
            < model.index(1, 1).data(gui::RemoteFilesModel::SortRole).toString());
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void seedNginxConfDroppedOntoUnattachedVolume()
    {
        const QString volume = m_sim->createVolume(QStringLiteral("nginx-config"));
        m_widget->setVolume(m_session.get(), record(volume));
        auto *open = m_widget->findChild<QPushButton *>(QStringLiteral("openWithMachineButton"));
        QTRY_VERIFY(open->isVisible()); // nothing mounts it: no listing without a helper
        auto *mount = m_widget->findChild<QLineEdit *>(QStringLiteral("mountPathEdit"));
        QVERIFY(mount->isVisible());
        mount->setText(QStringLiteral("/etc/nginx"));
        emit mount->editingFinished();
        QCOMPARE(m_widget->currentDirectory(), QStringLiteral("/etc/nginx"));
        screenshot(QStringLiteral("files-unattached.png"));

        const QByteArray conf = "events {}\nhttp {}\n";
        const QString file = writeLocal(m_local->filePath(QStringLiteral("nginx.conf")), conf);
        QSignalSpy started(m_widget.get(), &gui::VolumeFilesWidget::copyStarted);
        drop(m_widget.get(), QPoint(400, 300), {file});
        QCOMPARE(started.size(), 1);
        auto *job = started.first().first().value<core::CopyJob *>();
        QCOMPARE(job->request().destinationDir, QStringLiteral("/etc/nginx"));
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 60000);
        QCOMPARE(job->state(), core::Job::State::Succeeded);
        QVERIFY(job->machineName().startsWith(QLatin1String("hangar-helper-")));
        QVERIFY(m_sim->liveHelpers().isEmpty());
        QCOMPARE(m_sim->volumeFile(volume, QStringLiteral("/nginx.conf")), conf);
        QCOMPARE(m_jobs->count(), 1); // in the activity dock too
    }

    void listFoldersDeleteAndDropIntoAFolder()
    {
        const QString volume = m_sim->createVolume(QStringLiteral("site"));
        sim::VirtualFs &fs = m_sim->volumeFs(volume);
        fs.makeDirectory(QStringLiteral("/assets"));
        fs.writeFile(QStringLiteral("/index.html"), "<h1>Hi</h1>");
        fs.writeFile(QStringLiteral("/old.log"), QByteArray(5000, 'l'));
        fs.writeFile(QStringLiteral("/assets/app.js"), "console.log(1)");
        m_sim->createMachine(QStringLiteral("web"), volume, QStringLiteral("/data"));
        m_widget->setVolume(m_session.get(), record(volume));
        QTRY_COMPARE_WITH_TIMEOUT(rows(), 3, 20000);
        QCOMPARE(view()->model()->index(0, 0).data().toString(), QStringLiteral("assets"));
        screenshot(QStringLiteral("files-listing.png"));

        // Drop onto the "assets" row: the file goes into that folder.
        const QString file = writeLocal(m_local->filePath(QStringLiteral("logo.svg")), "<svg/>");
        const QRect assets = view()->visualRect(view()->model()->index(0, 0));
        QSignalSpy started(m_widget.get(), &gui::VolumeFilesWidget::copyStarted);
        drop(view()->viewport(), assets.center(), {file});
        QCOMPARE(started.size(), 1);
        auto *job = started.first().first().value<core::CopyJob *>();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QCOMPARE(
            m_sim->volumeFile(volume, QStringLiteral("/assets/logo.svg")), QByteArray("<svg/>"));

        // Into the folder, then a new folder there.
        view()->setCurrentIndex(view()->model()->index(0, 0));
        emit view()->activated(view()->model()->index(0, 0));
        QCOMPARE(m_widget->currentDirectory(), QStringLiteral("/data/assets"));
        QTRY_COMPARE(rows(), 2);
        QMetaObject::invokeMethod(
            m_widget->findChild<QWidget *>(QStringLiteral("newFolderButton")), "click");
        auto *ask = m_widget->findChild<QInputDialog *>(QStringLiteral("newFolderDialog"));
        QVERIFY(ask);
        ask->setTextValue(QStringLiteral("img"));
        ask->accept();
        QTRY_COMPARE(rows(), 3);
        QVERIFY(fs.exists(QStringLiteral("/assets/img")));

        // Back up, delete old.log after confirming.
        m_widget->openDirectory(QStringLiteral("/data"));
        QTRY_COMPARE(rows(), 3);
        const QModelIndex log = view()->model()->index(2, 0);
        QCOMPARE(log.data().toString(), QStringLiteral("old.log"));
        view()->selectionModel()->select(
            log, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QMetaObject::invokeMethod(
            m_widget->findChild<QWidget *>(QStringLiteral("deleteButton")), "click");
        auto *confirm = m_widget->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
        QVERIFY(confirm);
        QVERIFY(fs.exists(QStringLiteral("/old.log"))); // nothing before the answer
        confirm->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"))->click();
        QTRY_COMPARE(rows(), 2);
        QVERIFY(!fs.exists(QStringLiteral("/old.log")));
    }

    void downloadToAFolderThatIsRememberedNextTime()
    {
        const QString volume = m_sim->createVolume(QStringLiteral("exports"));
        m_sim->volumeFs(volume).writeFile(QStringLiteral("/report.csv"), "a,b\n1,2\n");
        m_sim->createMachine(QStringLiteral("exporter"), volume, QStringLiteral("/data"));
        m_widget->setVolume(m_session.get(), record(volume));
        QTRY_COMPARE_WITH_TIMEOUT(rows(), 1, 20000);
        view()->selectionModel()->select(view()->model()->index(0, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *download = m_widget->findChild<QWidget *>(QStringLiteral("downloadButton"));
        QTRY_VERIFY(download->isEnabled());

        QMetaObject::invokeMethod(download, "click");
        auto *chooser = m_widget->findChild<QFileDialog *>(QStringLiteral("downloadDialog"));
        QVERIFY(chooser);
        // The desktop, else the downloads folder or home: an existing folder in any case.
        QVERIFY(chooser->directory().exists());
        const QString target = m_local->filePath(QStringLiteral("saved"));
        QVERIFY(QDir().mkpath(target));
        emit chooser->fileSelected(target);
        chooser->close();
        QTRY_COMPARE(m_jobs->jobs().size(), 1);
        core::Job *job = m_jobs->jobs().first();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QCOMPARE(job->state(), core::Job::State::Succeeded);
        QFile saved(QDir(target).filePath(QStringLiteral("report.csv")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray("a,b\n1,2\n"));
        // The tab says where it went, with a link that opens the folder.
        auto *note = m_widget->findChild<QLabel *>(QStringLiteral("downloadSavedNote"));
        QVERIFY(note);
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QDir::toNativeSeparators(target).toHtmlEscaped()),
            qPrintable(note->text()));
        QVERIFY2(note->text().contains(QUrl::fromLocalFile(target).toString(QUrl::FullyEncoded)),
            qPrintable(note->text()));
        screenshot(QStringLiteral("files-downloaded.png"));

        // The next download starts where the last one went.
        QTRY_VERIFY(!m_widget->findChild<QFileDialog *>(QStringLiteral("downloadDialog")));
        QMetaObject::invokeMethod(download, "click");
        chooser = m_widget->findChild<QFileDialog *>(QStringLiteral("downloadDialog"));
        QVERIFY(chooser);
        QCOMPARE(QDir(chooser->directory()).absolutePath(), QDir(target).absolutePath());
        chooser->reject();
    }

    void aFailedDownloadSaysWhyInTheTab()
    {
        const QString volume = m_sim->createVolume(QStringLiteral("gone"));
        m_sim->volumeFs(volume).writeFile(QStringLiteral("/old.csv"), "x");
        m_sim->createMachine(QStringLiteral("host"), volume, QStringLiteral("/data"));
        m_widget->setVolume(m_session.get(), record(volume));
        QTRY_COMPARE_WITH_TIMEOUT(rows(), 1, 20000);
        view()->selectionModel()->select(view()->model()->index(0, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        // Removed by someone else after it was listed.
        QVERIFY(m_sim->volumeFs(volume).removeFile(QStringLiteral("/old.csv")) == sim::FsError::Ok);
        QMetaObject::invokeMethod(
            m_widget->findChild<QWidget *>(QStringLiteral("downloadButton")), "click");
        auto *chooser = m_widget->findChild<QFileDialog *>(QStringLiteral("downloadDialog"));
        QVERIFY(chooser);
        emit chooser->fileSelected(m_local->path());
        chooser->close();
        QTRY_COMPARE(m_jobs->jobs().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_jobs->jobs().first()->isFinished(), 30000);
        auto *message = m_widget->findChild<QLabel *>(QStringLiteral("filesMessage"));
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(), m_jobs->jobs().first()->errorMessage());
        QVERIFY(!message->text().isEmpty());
        QVERIFY(m_widget->findChild<QLabel *>(QStringLiteral("downloadSavedNote"))->isHidden());
    }

    void progressWhileCopying()
    {
        const QString volume = m_sim->createVolume(QStringLiteral("media"));
        fsSeed(volume);
        m_sim->createMachine(QStringLiteral("media-1"), volume, QStringLiteral("/data"));
        m_widget->setVolume(m_session.get(), record(volume));
        QTRY_COMPARE_WITH_TIMEOUT(rows(), 4, 20000);
        const QString big = writeLocal(
            m_local->filePath(QStringLiteral("video.mp4")), randomBytes(2 * 1024 * 1024, 9));
        sim::FaultSettings slow;
        slow.latencyMs = 40;
        m_sim->api().server().setFaults(slow);
        core::CopyJob *job = m_widget->copyIntoVolume({QUrl::fromLocalFile(big)});
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(job->bytesDone() > 512 * 1024 || job->isFinished(), 30000);
        auto *bar = m_widget->findChild<QWidget *>(QStringLiteral("copyTotalBar"));
        QVERIFY(bar && bar->isVisible());
        screenshot(QStringLiteral("files-copying.png"));
        m_sim->api().server().setFaults({});
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QCOMPARE(job->state(), core::Job::State::Succeeded);
        QTRY_COMPARE(rows(), 5);
    }

private:
    void fsSeed(const QString &volume)
    {
        sim::VirtualFs &fs = m_sim->volumeFs(volume);
        fs.makeDirectory(QStringLiteral("/photos"));
        fs.makeDirectory(QStringLiteral("/backups"));
        fs.writeFile(QStringLiteral("/README.md"), "# Media\n");
        fs.writeFile(QStringLiteral("/catalog.db"), QByteArray(3 * 1024 * 1024 + 17, 'd'));
    }
};

QTEST_MAIN(TestVolumeFilesWidget)
#include "tst_volumefileswidget.moc"
