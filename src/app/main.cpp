#include "core/appinfo.h"
#include "gui/mainwindow.h"
#include "sim/server/simserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    hangar::core::applyApplicationInfo(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A desktop client for Fly.io Machines."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Start in the built-in sandbox."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save the main window as a PNG file, then quit."),
        QStringLiteral("FILE"));
    parser.addOptions({sandbox, screenshot});
    parser.process(app);

    hangar::gui::MainWindow window;
    std::unique_ptr<hangar::sim::SimServer> simulator;
    if (parser.isSet(sandbox)) {
        hangar::sim::SimOptions options;
        options.stateFile = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/sandbox.json");
        simulator = std::make_unique<hangar::sim::SimServer>(options);
        QString error;
        if (!simulator->start(&error)) {
            std::fprintf(stderr, "hangar: %s\n", qPrintable(error));
            return 1;
        }
        window.showSandboxEndpoint(simulator->baseUrl().toString());
    }
    window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(300, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
