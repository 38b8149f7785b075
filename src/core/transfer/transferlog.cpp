#include "core/transfer/transferlog.h"

namespace hangar::core {
Q_LOGGING_CATEGORY(lcTransfer, "hangar.transfer", QtInfoMsg)
}
