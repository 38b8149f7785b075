#pragma once

// What the volume and secret widget tests share: the client wired to an in-process simulator
// (see tests/api/support), a job manager, and a shown window to parent dialogs.

#include "apiharness.h"
#include "core/fleet/fleetrecords.h"
#include "core/jobs/job.h"
#include "core/jobs/jobmanager.h"
#include "sim/server/simserver.h"
#include "sim/world/simworld.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWidget>

#include <memory>

namespace hangar::tests {

inline const QString kTestApp = QStringLiteral("app");

class GuiHarness final {
public:
    explicit GuiHarness(const QString &app = kTestApp)
        : m_api(std::make_unique<ApiHarness>())
    {
        m_api->createApp(app);
        m_window.resize(900, 640);
        m_window.show();
        if (!QTest::qWaitForWindowExposed(&m_window))
            qFatal("the test window was not shown");
    }

    api::ApiClient &client() { return m_api->client(); }
    api::ApiTransport &transport() { return m_api->transport(); }
    sim::SimServer &server() { return m_api->server(); }
    sim::SimWorld &world() { return m_api->server().world(); }
    core::JobManager &jobs() { return m_jobs; }
    QWidget &window() { return m_window; }

    // The newest dialog of type T parented to the window, or nullptr.
    template<typename T>
    T *dialog() const
    {
        const QList<T *> found = m_window.findChildren<T *>(QString(), Qt::FindDirectChildrenOnly);
        for (auto it = found.rbegin(); it != found.rend(); ++it) {
            if ((*it)->isVisible())
                return *it;
        }
        return nullptr;
    }

    // Waits until the newest job has ended; false on timeout.
    bool waitForJobs(int timeoutMs = 20000)
    {
        return QTest::qWaitFor(
            [this] {
                for (core::Job *job : m_jobs.jobs()) {
                    if (!job->isFinished())
                        return false;
                }
                return true;
            },
            timeoutMs);
    }

    // Puts a widget under test into the window, filling it.
    template<typename T>
    T *embed(T *widget)
    {
        auto *layout = new QVBoxLayout(&m_window);
        layout->addWidget(widget);
        widget->show();
        return widget;
    }

    core::Job *lastJob() const { return m_jobs.jobs().isEmpty() ? nullptr : m_jobs.jobs().last(); }

    // A volume made through the API, as the fleet would hold it.
    core::VolumeRecord makeVolume(const QString &name, const QString &region, int sizeGb,
        bool uniqueZone = false, const QString &app = kTestApp)
    {
        api::CreateVolumeRequest request;
        request.name = name;
        request.region = region;
        request.sizeGb = sizeGb;
        request.requireUniqueZone = uniqueZone;
        const auto created = await(client().createVolume(app, request));
        if (!created.ok())
            qFatal("creating volume %s failed: %s", qPrintable(name),
                qPrintable(created.error().message()));
        return {app, created.value()};
    }

    // The volume as the API shows it now.
    core::VolumeRecord reload(const core::VolumeRecord &volume)
    {
        const auto fresh = await(client().getVolume(volume.appName, volume.volume.id()));
        if (!fresh.ok())
            qFatal("reading volume failed: %s", qPrintable(fresh.error().message()));
        return {volume.appName, fresh.value()};
    }

    // A started machine named `name` that mounts the volume at /data; returns its id.
    QString startMachineWith(const core::VolumeRecord &volume, const QString &name)
    {
        api::MachineConfig config;
        config.setImage(QStringLiteral("nginx:latest"));
        api::MountConfig mount;
        mount.setVolume(volume.volume.id());
        mount.setPath(QStringLiteral("/data"));
        config.setMounts({mount});
        api::CreateMachineRequest request;
        request.config = config;
        request.name = name;
        request.region = volume.volume.region();
        const auto machine = await(client().createMachine(volume.appName, request));
        if (!machine.ok())
            qFatal("creating machine failed: %s", qPrintable(machine.error().message()));
        api::WaitOptions wait;
        wait.states = {QStringLiteral("started")};
        wait.version = machine->version();
        const auto started = await(client().waitForState(volume.appName, machine->id(), wait));
        if (!started.ok())
            qFatal("the machine did not start: %s", qPrintable(started.error().message()));
        return machine->id();
    }

private:
    std::unique_ptr<ApiHarness> m_api;
    core::JobManager m_jobs;
    QWidget m_window;
};

// Every piece of text any widget of the application shows or holds: labels, buttons, line
// edits (also password ones), combo items, tree items, tool tips and window titles.
inline QStringList allWidgetText()
{
    QStringList texts;
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (const QWidget *widget : widgets) {
        texts << widget->windowTitle() << widget->toolTip() << widget->accessibleDescription()
              << widget->accessibleName() << widget->statusTip() << widget->whatsThis();
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts << button->text();
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            texts << edit->text() << edit->placeholderText() << edit->displayText();
        if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i) << combo->itemData(i).toString();
        }
        if (const auto *tree = qobject_cast<const QTreeWidget *>(widget)) {
            for (int row = 0; row < tree->topLevelItemCount(); ++row) {
                const QTreeWidgetItem *item = tree->topLevelItem(row);
                for (int column = 0; column < tree->columnCount(); ++column)
                    texts << item->text(column) << item->toolTip(column)
                          << item->data(column, Qt::UserRole).toString();
            }
        }
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace hangar::tests
