#pragma once

#include "api/values/jsonobjectview.h"

namespace hangar::api {

// config.init: overrides of the image's entrypoint/command and boot options.
class InitConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QStringList exec() const;
    void setExec(const QStringList &argv);
    QStringList entrypoint() const;
    void setEntrypoint(const QStringList &argv);
    QStringList cmd() const;
    void setCmd(const QStringList &argv);
    bool tty() const;
    void setTty(bool tty);
    int swapSizeMb() const;
    void setSwapSizeMb(int sizeMb);
    QStringList kernelArgs() const;
    void setKernelArgs(const QStringList &args);
};

} // namespace hangar::api
