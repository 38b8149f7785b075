#pragma once

#include "api/values/checkconfig.h"
#include "api/values/containerconfig.h"
#include "api/values/diskconfig.h"
#include "api/values/dnsconfig.h"
#include "api/values/fileconfig.h"
#include "api/values/guestconfig.h"
#include "api/values/initconfig.h"
#include "api/values/jsonobjectview.h"
#include "api/values/metricsconfig.h"
#include "api/values/mountconfig.h"
#include "api/values/processconfig.h"
#include "api/values/restartconfig.h"
#include "api/values/serviceconfig.h"
#include "api/values/spotconfig.h"
#include "api/values/staticconfig.h"
#include "api/values/stopconfig.h"

namespace hangar::api {

// A machine's config (API-NOTES §9): what create/update send and get/list return. An update
// replaces the whole config on the server, so edit the config the server sent and send all of
// it back; fields this class does not know are carried along untouched. Sections are read as
// views holding their full JSON and written back with the matching setter:
//
//     GuestConfig guest = config.guest();
//     guest.setMemoryMb(1024);
//     config.setGuest(guest);
//
// Lists and maps that are null or missing read as empty; only setters change the JSON, so an
// untouched `"env": null` stays null. A section setter writes the view's object as it is (a null
// view writes {}); remove() drops a key altogether.
class MachineConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString image() const;
    void setImage(const QString &image);
    GuestConfig guest() const;
    void setGuest(const GuestConfig &guest);
    QString size() const; // deprecated preset name, exclusive with guest
    void setSize(const QString &preset);

    QMap<QString, QString> env() const;
    void setEnv(const QMap<QString, QString> &env);
    void setEnvVariable(const QString &name, const QString &value);
    void removeEnvVariable(const QString &name);

    InitConfig init() const;
    void setInit(const InitConfig &init);
    QList<ServiceConfig> services() const;
    void setServices(const QList<ServiceConfig> &services);
    QMap<QString, CheckConfig> checks() const; // by check name
    void setChecks(const QMap<QString, CheckConfig> &checks);
    QList<MountConfig> mounts() const;
    void setMounts(const QList<MountConfig> &mounts);
    QList<FileConfig> files() const;
    void setFiles(const QList<FileConfig> &files);

    QMap<QString, QString> metadata() const;
    void setMetadata(const QMap<QString, QString> &metadata);
    void setMetadataValue(const QString &key, const QString &value);
    void removeMetadataValue(const QString &key);

    RestartConfig restart() const;
    void setRestart(const RestartConfig &restart);
    bool autoDestroy() const;
    void setAutoDestroy(bool autoDestroy);
    StopConfig stopConfig() const;
    void setStopConfig(const StopConfig &stopConfig);
    DnsConfig dns() const;
    void setDns(const DnsConfig &dns);
    QList<ProcessConfig> processes() const;
    void setProcesses(const QList<ProcessConfig> &processes);
    QList<StaticConfig> statics() const;
    void setStatics(const QList<StaticConfig> &statics);
    QString schedule() const; // "hourly", "daily", "weekly" or "monthly"
    void setSchedule(const QString &schedule);
    QStringList standbys() const; // machine IDs this machine stands by for
    void setStandbys(const QStringList &machineIds);
    MetricsConfig metrics() const;
    void setMetrics(const MetricsConfig &metrics);
    QList<ContainerConfig> containers() const;
    void setContainers(const QList<ContainerConfig> &containers);
    QList<ContainerVolumeConfig> volumes() const;
    void setVolumes(const QList<ContainerVolumeConfig> &volumes);
    RootfsConfig rootfs() const;
    void setRootfs(const RootfsConfig &rootfs);
    CacheDriveConfig cacheDrive() const;
    void setCacheDrive(const CacheDriveConfig &cacheDrive);
    SpotConfig spot() const;
    void setSpot(const SpotConfig &spot);
    bool disableMachineAutostart() const; // deprecated: use services[].autostart
};

} // namespace hangar::api
