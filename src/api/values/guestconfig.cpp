#include "api/values/guestconfig.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString GuestConfig::cpuKind() const
{
    return stringValue("cpu_kind"_L1);
}

void GuestConfig::setCpuKind(const QString &kind)
{
    setField("cpu_kind"_L1, kind);
}

int GuestConfig::cpus() const
{
    return intValue("cpus"_L1);
}

void GuestConfig::setCpus(int cpus)
{
    setField("cpus"_L1, cpus);
}

int GuestConfig::memoryMb() const
{
    return intValue("memory_mb"_L1);
}

void GuestConfig::setMemoryMb(int memoryMb)
{
    setField("memory_mb"_L1, memoryMb);
}

QString GuestConfig::gpuKind() const
{
    return stringValue("gpu_kind"_L1);
}

void GuestConfig::setGpuKind(const QString &kind)
{
    setField("gpu_kind"_L1, kind);
}

int GuestConfig::gpus() const
{
    return intValue("gpus"_L1);
}

void GuestConfig::setGpus(int gpus)
{
    setField("gpus"_L1, gpus);
}

int GuestConfig::maxMemoryMb() const
{
    return intValue("max_memory_mb"_L1);
}

void GuestConfig::setMaxMemoryMb(int memoryMb)
{
    setField("max_memory_mb"_L1, memoryMb);
}

QString GuestConfig::hostDedicationId() const
{
    return stringValue("host_dedication_id"_L1);
}

void GuestConfig::setHostDedicationId(const QString &id)
{
    setField("host_dedication_id"_L1, id);
}

QStringList GuestConfig::kernelArgs() const
{
    return stringListValue("kernel_args"_L1);
}

void GuestConfig::setKernelArgs(const QStringList &args)
{
    setStringList("kernel_args"_L1, args);
}

QStringList GuestConfig::requiredHostFeatures() const
{
    return stringListValue("required_host_features"_L1);
}

void GuestConfig::setRequiredHostFeatures(const QStringList &features)
{
    setStringList("required_host_features"_L1, features);
}

QString GuestConfig::persistRootfs() const
{
    return stringValue("persist_rootfs"_L1);
}

} // namespace hangar::api
