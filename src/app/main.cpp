#include "commandline.h"
#include "core/accounts/accountmanager.h"
#include "core/accounts/environmentaccount.h"
#include "core/accounts/keychaincredentialstore.h"
#include "core/appinfo.h"
#include "core/config/draftstore.h"
#include "core/fleet/fleetstore.h"
#include "core/i18n/languages.h"
#include "core/jobs/jobmanager.h"
#include "core/session/accountsession.h"
#include "core/settings/settings.h"
#include "core/transfer/localsave.h"
#include "gui/accounts/accountdialog.h"
#include "gui/accounts/accountnotices.h"
#include "gui/mainwindow.h"
#include "sandboxhost.h"

#include <QApplication>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QScreen>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace hangar;

namespace {

// Saves the window once everything asked for is on screen, then quits.
void takeScreenshotWhenLoaded(gui::MainWindow &window, const app::CommandLine &line)
{
    auto shoot = [&window, line] {
        if (!line.select.isEmpty() && !window.selectPath(line.select))
            std::fprintf(stderr, "hangar: nothing called %s to select\n", qPrintable(line.select));
        if (!line.show.isEmpty() && !window.showView(line.show))
            std::fprintf(stderr, "hangar: no view called %s\n", qPrintable(line.show));
        // Let layouts and the tree settle before the picture.
        QTimer::singleShot(400, &window, [&window, line] {
            // A dialog the view opened is part of the picture: then take the whole screen.
            QWidget *dialog = QApplication::activeModalWidget();
            const QPixmap picture =
                dialog && window.screen() ? window.screen()->grabWindow(0) : window.grab();
            const bool saved = picture.save(line.screenshot, "PNG");
            if (!saved)
                std::fprintf(stderr, "hangar: could not write %s\n", qPrintable(line.screenshot));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    if (window.hasLoaded() || !line.sandbox)
        QTimer::singleShot(0, &window, shoot);
    else
        QObject::connect(
            &window, &gui::MainWindow::fleetLoaded, &window, shoot, Qt::SingleShotConnection);
    // Never hang a script: after a minute, take whatever is there.
    QTimer::singleShot(60000, &window, shoot);
}

} // namespace

int main(int argc, char *argv[])
{
    // Read once now: where the umask can only be read by setting it, no other thread may be
    // creating files at that moment.
    core::localsave::newFilePermissions();
    QApplication application(argc, argv);
    core::applyApplicationInfo(application);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/hangar/icons/hangar.ico")));
    QGuiApplication::setDesktopFileName(QStringLiteral(HANGAR_APP_ID)); // cmake/Packaging.cmake
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    core::Settings settings;
    // The system's language unless the user chose one (View > Language).
    const core::LanguageLoader language(
        QStringLiteral(":/i18n"), settings.string(core::Setting::LanguageOverride));
    const app::CommandLine line = app::parseCommandLine(application.arguments());
    if (!line.error.isEmpty()) {
        std::fprintf(stderr, "hangar: %s\n", qPrintable(line.error));
        return 2;
    }

    core::JobManager jobs;
    core::DraftStore drafts;
    QNetworkAccessManager network;
    core::KeychainCredentialStore credentials; // tokens live only in the system keychain
    core::AccountManager accounts(settings, credentials);
    gui::MainWindow window(settings, jobs, drafts, &network);
    window.setAccountManager(&accounts);
    new gui::AccountNotices(accounts, &window); // keychain warnings, accounts that could not open
    QObject::connect(&accounts, &core::AccountManager::endpointReady, &window,
        [&window, &network](const core::AccountEndpoint &endpoint) {
            window.removeAccount(endpoint.id); // an edited account replaces its session
            window.addAccount(std::make_unique<core::AccountSession>(&network, endpoint));
        });
    QObject::connect(&accounts, &core::AccountManager::profileRemoved, &window,
        [&window](const QString &id) { window.removeAccount(id); });
    if (line.size.isValid())
        window.resize(line.size);

    std::unique_ptr<app::SandboxHost> sandbox;
    auto openSandbox = [&] {
        if (sandbox)
            return;
        const QString stateFile = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/sandbox.json");
        sandbox = std::make_unique<app::SandboxHost>(
            stateFile, settings.number(core::Setting::SandboxSpeed));
        window.showWelcomeStatus(QCoreApplication::translate("main", "Starting the sandbox…"));
        QObject::connect(sandbox.get(), &app::SandboxHost::ready, &window,
            [&](const QUrl &url, const QString &token) {
                core::AccountEndpoint endpoint;
                endpoint.id = QStringLiteral("sandbox");
                endpoint.label = QCoreApplication::translate("main", "Sandbox");
                endpoint.baseUrl = url;
                endpoint.token = token;
                endpoint.sandbox = true;
                window.addAccount(std::make_unique<core::AccountSession>(&network, endpoint));
            });
        QObject::connect(
            sandbox.get(), &app::SandboxHost::failed, &window, [&](const QString &message) {
                window.showWelcomeStatus(
                    QCoreApplication::translate("main", "The sandbox could not start: %1")
                        .arg(message));
                sandbox.reset();
            });
        QObject::connect(sandbox.get(), &app::SandboxHost::resetDone, &window, [&] {
            if (core::AccountSession *session = window.session(QStringLiteral("sandbox")))
                session->store().refreshAll();
        });
        window.setSandboxReset([&] { sandbox->reset(); });
        sandbox->start();
    };
    QObject::connect(&window, &gui::MainWindow::sandboxRequested, &window, openSandbox);
    QObject::connect(&window, &gui::MainWindow::connectRequested, &window, [&] {
        auto *dialog = new gui::AccountDialog(accounts, &network, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    // Like flyctl: a token in the environment is a temporary account that is never saved.
    QString environmentProblem;
    if (const auto endpoint =
            core::environmentAccount(QProcessEnvironment::systemEnvironment(), &environmentProblem))
        window.addAccount(std::make_unique<core::AccountSession>(&network, *endpoint));
    else if (!environmentProblem.isEmpty())
        std::fprintf(
            stderr, "hangar: FLY_API_TOKEN is not used: %s\n", qPrintable(environmentProblem));
    accounts.openAll();
    if (line.sandbox)
        openSandbox();

    window.show();
    if (!line.screenshot.isEmpty())
        takeScreenshotWhenLoaded(window, line);
    const int status = application.exec();
    jobs.cancelAll();
    return status;
}
