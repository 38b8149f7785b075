#pragma once

#include "api/values/jsonobjectview.h"

namespace hangar::api {

// config.guest: the machine's CPU, memory and GPU (API-NOTES §9, "Guest sizes").
class GuestConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    // "shared" or "performance"; older machines may send "" (which Fly treats as shared).
    QString cpuKind() const;
    void setCpuKind(const QString &kind);
    int cpus() const;
    void setCpus(int cpus);
    int memoryMb() const;
    void setMemoryMb(int memoryMb);
    QString gpuKind() const;
    void setGpuKind(const QString &kind);
    int gpus() const;
    void setGpus(int gpus);
    int maxMemoryMb() const;
    void setMaxMemoryMb(int memoryMb);
    QString hostDedicationId() const;
    void setHostDedicationId(const QString &id);
    QStringList kernelArgs() const;
    void setKernelArgs(const QStringList &args);
    QStringList requiredHostFeatures() const;
    void setRequiredHostFeatures(const QStringList &features);
    // Deprecated in favour of config.rootfs.persist; kept readable for old machines.
    QString persistRootfs() const;

    // Preset names ("shared-cpu-1x", "performance-2x", "a10", ...) in fly-go's order.
    static QStringList presetNames();
    // A guest of that preset, or a null guest for an unknown name.
    static GuestConfig fromPreset(const QString &name);
    // Sets cpu_kind, cpus and memory_mb to the preset's, plus gpu_kind/gpus for a GPU preset (a
    // CPU preset drops a set GPU); other fields stay. False, changing nothing, for an unknown name.
    bool applyPreset(const QString &name);
    // The preset this guest is exactly, or an empty string when it is a custom size.
    QString presetName() const;

    // Why Fly would refuse this size, as a sentence for the user; empty when the size is valid.
    QString validationError() const;
};

} // namespace hangar::api
