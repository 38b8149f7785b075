// hangar-sim: the Fly Machines API simulator as a standalone program.
#include "sim/server/simoptions.h"
#include "sim/server/simserver.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// Ctrl+C and SIGTERM end the event loop normally, so the state file gets its final save.
void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] { app.quit(); });
    std::signal(SIGINT, onTerminationSignal);
    std::signal(SIGTERM, onTerminationSignal);
}
#else
void quitOnTerminationSignals(QCoreApplication &) { }
#endif

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hangar-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HANGAR_VERSION));

    const hangar::sim::SimOptionsParse parsed = hangar::sim::parseSimOptions(app.arguments());
    if (!parsed.output.isEmpty()) {
        std::fputs(qPrintable(parsed.output), stdout);
        return 0;
    }
    if (!parsed.options) {
        std::fprintf(stderr, "hangar-sim: %s\nRun hangar-sim --help for the options.\n",
            qPrintable(parsed.error));
        return 2;
    }

    hangar::sim::SimOptions options = *parsed.options;
    options.contractDirectory = qEnvironmentVariable("HANGAR_CONTRACT_DIR");
    hangar::sim::SimServer server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "hangar-sim: %s\n", qPrintable(error));
        return 1;
    }
    quitOnTerminationSignals(app);
    std::printf("hangar-sim %s serving the Fly Machines API at %s\n", HANGAR_VERSION,
        qPrintable(server.baseUrl().toString()));
    if (server.tokenWasGenerated())
        std::printf("token: %s\n", qPrintable(server.token()));
    else
        std::printf("token: the one given with --token\n");
    if (!options.stateFile.isEmpty())
        std::printf("state: %s\n", qPrintable(options.stateFile));
    std::printf("Press Ctrl+C to stop.\n");
    std::fflush(stdout);

    const int status = app.exec();
    server.stop();
    return status;
}
