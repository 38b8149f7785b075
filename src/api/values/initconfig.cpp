#include "api/values/initconfig.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QStringList InitConfig::exec() const
{
    return stringListValue("exec"_L1);
}

void InitConfig::setExec(const QStringList &argv)
{
    setStringList("exec"_L1, argv);
}

QStringList InitConfig::entrypoint() const
{
    return stringListValue("entrypoint"_L1);
}

void InitConfig::setEntrypoint(const QStringList &argv)
{
    setStringList("entrypoint"_L1, argv);
}

QStringList InitConfig::cmd() const
{
    return stringListValue("cmd"_L1);
}

void InitConfig::setCmd(const QStringList &argv)
{
    setStringList("cmd"_L1, argv);
}

bool InitConfig::tty() const
{
    return boolValue("tty"_L1);
}

void InitConfig::setTty(bool tty)
{
    setField("tty"_L1, tty);
}

int InitConfig::swapSizeMb() const
{
    return intValue("swap_size_mb"_L1);
}

void InitConfig::setSwapSizeMb(int sizeMb)
{
    setField("swap_size_mb"_L1, sizeMb);
}

QStringList InitConfig::kernelArgs() const
{
    return stringListValue("kernel_args"_L1);
}

void InitConfig::setKernelArgs(const QStringList &args)
{
    setStringList("kernel_args"_L1, args);
}

} // namespace hangar::api
