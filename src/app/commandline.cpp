#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace hangar::app {

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Manage your Fly.io Machines by pointing and clicking."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
        QCoreApplication::translate(
            "main", "Start in the built-in sandbox (a simulated Fly.io account)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Once the fleet has loaded, save the window as a PNG file and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption select(QStringLiteral("select"),
        QCoreApplication::translate("main", "Select an app, or a machine or volume of it, first."),
        QStringLiteral("APP[/NAME]"));
    const QCommandLineOption show(QStringLiteral("show"),
        QCoreApplication::translate("main",
            "Open a view: regions, activity, welcome, or a panel tab (overview, checks, metadata, "
            "events, snapshots)."),
        QStringLiteral("VIEW"));
    const QCommandLineOption size(QStringLiteral("size"),
        QCoreApplication::translate("main", "Window size, e.g. 1280x800."), QStringLiteral("WxH"));
    parser.addOptions({sandbox, screenshot, select, show, size});
    parser.process(arguments); // --help and --version print and exit here

    CommandLine line;
    line.sandbox = parser.isSet(sandbox);
    line.screenshot = parser.value(screenshot);
    line.select = parser.value(select);
    line.show = parser.value(show);
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
        const QRegularExpressionMatch match = pattern.match(parser.value(size));
        if (match.hasMatch())
            line.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        else
            line.error =
                QCoreApplication::translate("main", "--size wants WIDTHxHEIGHT, e.g. 1280x800");
    }
    return line;
}

} // namespace hangar::app
