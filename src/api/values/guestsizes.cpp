// GuestConfig's size rules: Fly's presets and the limits flyctl validates (API-NOTES §9).
#include "api/values/guestconfig.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace hangar::api {

using namespace Qt::StringLiterals;

namespace {

struct Preset {
    const char *name;
    const char *cpuKind;
    int cpus;
    int memoryMb;
    const char *gpuKind; // empty for machines without a GPU
};

// fly-go's MachinePresets.
constexpr std::array kPresets = {
    Preset {"shared-cpu-1x", "shared", 1, 256, ""},
    Preset {"shared-cpu-2x", "shared", 2, 512, ""},
    Preset {"shared-cpu-4x", "shared", 4, 1024, ""},
    Preset {"shared-cpu-6x", "shared", 6, 1536, ""},
    Preset {"shared-cpu-8x", "shared", 8, 2048, ""},
    Preset {"performance-1x", "performance", 1, 2048, ""},
    Preset {"performance-2x", "performance", 2, 4096, ""},
    Preset {"performance-4x", "performance", 4, 8192, ""},
    Preset {"performance-6x", "performance", 6, 12288, ""},
    Preset {"performance-8x", "performance", 8, 16384, ""},
    Preset {"performance-10x", "performance", 10, 20480, ""},
    Preset {"performance-12x", "performance", 12, 24576, ""},
    Preset {"performance-14x", "performance", 14, 28672, ""},
    Preset {"performance-16x", "performance", 16, 32768, ""},
    Preset {"a10", "performance", 8, 32768, "a10"},
    Preset {"l40s", "performance", 8, 32768, "l40s"},
    Preset {"a100-40gb", "performance", 8, 32768, "a100-pcie-40gb"},
    Preset {"a100-80gb", "performance", 8, 32768, "a100-sxm4-80gb"},
};

struct KindLimits {
    QList<int> cpuCounts;
    int minMemoryPerCpuMb;
    int maxMemoryPerCpuMb;
    int memoryStepMb;
};

const KindLimits &sharedLimits()
{
    static const KindLimits limits {{1, 2, 4, 6, 8}, 256, 2048, 256};
    return limits;
}

const KindLimits &performanceLimits()
{
    // flyctl's validator steps by 1024 MB; the sizing guide says 2048 (API-NOTES §9).
    static const KindLimits limits {{1, 2, 4, 6, 8, 10, 12, 14, 16, 32, 64, 128}, 2048, 8192, 1024};
    return limits;
}

const Preset *findPreset(const QString &name)
{
    const auto it = std::find_if(kPresets.begin(), kPresets.end(),
        [&](const Preset &preset) { return name == QLatin1String(preset.name); });
    return it == kPresets.end() ? nullptr : &*it;
}

// Older machines send cpu_kind "" and Fly treats it as shared.
QString effectiveCpuKind(const QString &kind)
{
    return kind.isEmpty() ? u"shared"_s : kind;
}

} // namespace

QStringList GuestConfig::presetNames()
{
    QStringList names;
    for (const Preset &preset : kPresets)
        names.append(QLatin1String(preset.name));
    return names;
}

GuestConfig GuestConfig::fromPreset(const QString &name)
{
    GuestConfig guest;
    if (!guest.applyPreset(name))
        return {};
    return guest;
}

bool GuestConfig::applyPreset(const QString &name)
{
    const Preset *preset = findPreset(name);
    if (!preset)
        return false;
    setCpuKind(QLatin1String(preset->cpuKind));
    setCpus(preset->cpus);
    setMemoryMb(preset->memoryMb);
    if (*preset->gpuKind) {
        setGpuKind(QLatin1String(preset->gpuKind));
        setGpus(1);
    } else {
        // A leftover GPU would turn the chosen size into a GPU machine; a null one is harmless
        // and stays, so the edit touches no more keys than needed.
        if (!gpuKind().isEmpty())
            remove("gpu_kind"_L1);
        if (gpus() != 0)
            remove("gpus"_L1);
    }
    return true;
}

QString GuestConfig::presetName() const
{
    const QString kind = effectiveCpuKind(cpuKind());
    for (const Preset &preset : kPresets) {
        const bool hasGpu = *preset.gpuKind != '\0';
        if (kind == QLatin1String(preset.cpuKind) && cpus() == preset.cpus
            && memoryMb() == preset.memoryMb && gpuKind() == QLatin1String(preset.gpuKind)
            && gpus() == (hasGpu ? 1 : 0))
            return QLatin1String(preset.name);
    }
    return {};
}

QString GuestConfig::validationError() const
{
    const QString kind = effectiveCpuKind(cpuKind());
    const bool shared = kind == "shared"_L1;
    if (!shared && kind != "performance"_L1) {
        return QCoreApplication::translate(
            "GuestConfig", "Unknown CPU kind \u201c%1\u201d: choose shared or performance.")
            .arg(kind);
    }

    const KindLimits &limits = shared ? sharedLimits() : performanceLimits();
    if (!limits.cpuCounts.contains(cpus())) {
        const QString sentence = shared
            ? QCoreApplication::translate(
                "GuestConfig", "A shared guest can have 1, 2, 4, 6 or 8 CPUs, not %1.")
            : QCoreApplication::translate("GuestConfig",
                "A performance guest can have 1, 2, 4, 6, 8, 10, 12, 14, 16, 32, 64 or 128 CPUs, "
                "not %1.");
        return sentence.arg(cpus());
    }

    const int minimum = limits.minMemoryPerCpuMb * cpus();
    const int maximum = limits.maxMemoryPerCpuMb * cpus();
    if (memoryMb() < minimum || memoryMb() > maximum) {
        const QString sentence = shared
            ? QCoreApplication::translate("GuestConfig",
                "Memory must be between %1 MB and %2 MB for this guest (256 to 2048 MB per shared "
                "CPU).")
            : QCoreApplication::translate("GuestConfig",
                "Memory must be between %1 MB and %2 MB for this guest (2048 to 8192 MB per "
                "performance CPU).");
        return sentence.arg(minimum).arg(maximum);
    }
    if (memoryMb() % limits.memoryStepMb != 0) {
        return shared ? QCoreApplication::translate(
                   "GuestConfig", "Memory for a shared guest must be a multiple of 256 MB.")
                      : QCoreApplication::translate("GuestConfig",
                          "Memory for a performance guest must be a multiple of 1024 MB.");
    }
    return {};
}

} // namespace hangar::api
