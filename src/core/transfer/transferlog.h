#pragma once

#include <QLoggingCategory>

namespace hangar::core {
Q_DECLARE_LOGGING_CATEGORY(lcTransfer)
}
