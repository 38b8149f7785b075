#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace hangar::app {

// What the hangar command line asks for.
struct CommandLine {
    bool sandbox = false;
    QString screenshot; // save the window as PNG once the fleet has loaded, then quit
    QString select; // APP or APP/MACHINE-OR-VOLUME-NAME
    QString show; // regions, activity, welcome, or a panel tab
    QSize size; // window size, e.g. 1280x800
    QString error; // set when the arguments are wrong
};

CommandLine parseCommandLine(const QStringList &arguments);

} // namespace hangar::app
