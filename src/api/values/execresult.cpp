#include "api/values/execresult.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

int ExecResult::exitCode() const
{
    return intValue("exit_code"_L1);
}

int ExecResult::exitSignal() const
{
    return intValue("exit_signal"_L1);
}

QString ExecResult::standardOutput() const
{
    return stringValue("stdout"_L1);
}

QString ExecResult::standardError() const
{
    return stringValue("stderr"_L1);
}

bool ExecResult::succeeded() const
{
    return exitCode() == 0 && exitSignal() == 0;
}

} // namespace hangar::api
