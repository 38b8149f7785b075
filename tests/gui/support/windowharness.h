#pragma once

#include "api/apiclient.h"
#include "api/apitransport.h"
#include "core/config/draftstore.h"
#include "core/jobs/jobmanager.h"
#include "core/settings/settings.h"
#include "gui/mainwindow.h"
#include "sim/server/simserver.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

class QTreeView;

namespace hangar::testing {

// A main window connected to an embedded simulator over loopback HTTP, with its own settings,
// drafts and jobs in a temporary directory: what GUI tests drive.
class WindowHarness final {
public:
    WindowHarness() = default;
    ~WindowHarness();
    WindowHarness(const WindowHarness &) = delete;
    WindowHarness &operator=(const WindowHarness &) = delete;

    // Starts the simulator with `seed`, opens the window at 1280×800 and waits for the first
    // load; false (with the reason) when something did not come up.
    bool start(const QString &seed, QString *error);
    // Closes and reopens the window on the same simulator and files (an app restart).
    bool restartWindow(QString *error);

    sim::SimServer &sim() const { return *m_sim; }
    gui::MainWindow &window() const { return *m_window; }
    core::JobManager &jobs() const { return *m_jobs; }
    core::DraftStore &drafts() const { return *m_drafts; }
    QNetworkAccessManager &network() const { return *m_network; }
    QTreeView *tree() const;
    QString directory() const { return m_dir.path(); }
    // A second client of the same simulator, as another person or a script would be.
    api::ApiClient &otherClient();

private:
    bool openWindow(QString *error);
    void closeWindow();

    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimServer> m_sim;
    std::unique_ptr<core::Settings> m_settings;
    std::unique_ptr<core::JobManager> m_jobs;
    std::unique_ptr<core::DraftStore> m_drafts;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<gui::MainWindow> m_window;
    QNetworkAccessManager m_otherNetwork;
    std::unique_ptr<api::ApiTransport> m_otherTransport;
    std::unique_ptr<api::ApiClient> m_otherClient;
};

} // namespace hangar::testing
