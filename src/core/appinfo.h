#pragma once

#include <QString>

class QCoreApplication;

namespace hangar::core {

// The product's version, e.g. "0.1.0".
QString versionString();

// Sets the organisation and application names that QSettings and QStandardPaths use.
void applyApplicationInfo(QCoreApplication &app);

} // namespace hangar::core
