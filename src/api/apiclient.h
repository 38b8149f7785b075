#pragma once

#include "api/apicall.h"
#include "api/values/app.h"
#include "api/values/execresult.h"
#include "api/values/lease.h"
#include "api/values/machine.h"
#include "api/values/machineevent.h"
#include "api/values/machineversion.h"
#include "api/values/processstat.h"
#include "api/values/region.h"
#include "api/values/requests.h"
#include "api/values/secret.h"
#include "api/values/tokeninfo.h"
#include "api/values/volume.h"
#include "api/values/waitresult.h"

#include <QMap>
#include <QObject>
#include <QStringList>

#include <optional>

namespace hangar::api {

class ApiTransport;

struct ListMachinesOptions {
    QString region;
    QStringList states; // any of: created, started, stopped, suspended, failed
    QMap<QString, QString> metadata; // all must match
    bool includeDeleted = false;
    bool summary = false; // without config, checks, events
    bool includeLeases = false;
    int pageSize = 500;
};

struct StopOptions {
    QString signal; // empty: the machine's stop_config, else SIGINT
    qint64 timeoutMs = 0; // 0: the machine's stop_config
};

struct WaitOptions {
    QStringList states {QStringLiteral("started")}; // "settled" = any non-transient state
    int timeoutSecs = 60; // the API's ceiling is 60
    QString version; // only a transition of this version counts
    QString fromEventId; // only events after this one count
};

struct ExecRequest {
    QStringList command;
    QByteArray stdinData;
    int timeoutSecs = 30;
};

struct ExtendedVolume {
    Volume volume;
    bool needsRestart = false;
};

// Every endpoint of the Machines API that Hangar uses, one method each. Each returns a Call<T>
// at once; nothing blocks. Requests carry the rate bucket Fly applies to them and whether they
// are safe to repeat. Lease nonces go in the `fly-machine-lease-nonce` header when given.
class ApiClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(ApiTransport *transport, QObject *parent = nullptr);
    ~ApiClient() override;

    ApiTransport *transport() const { return m_transport; }

    // Apps (the list follows `next_cursor` in the body to the end)
    Call<QList<App>> listApps(const QString &orgSlug);
    Call<QJsonObject> createApp(const QString &name, const QString &orgSlug);
    Call<App> getApp(const QString &app);
    Call<Done> deleteApp(const QString &app, bool force = false);

    // Machines (lists follow the `fly-next-cursor` header to the end)
    Call<QList<Machine>> listMachines(const QString &app, const ListMachinesOptions &options = {});
    Call<Machine> createMachine(const QString &app, const CreateMachineRequest &request);
    Call<Machine> getMachine(
        const QString &app, const QString &machineId, bool includeLease = false);
    Call<Machine> getMachineVersion(
        const QString &app, const QString &machineId, const QString &version);
    Call<Machine> updateMachine(const QString &app, const QString &machineId,
        const UpdateMachineRequest &request, const QString &nonce = {});
    Call<Done> destroyMachine(const QString &app, const QString &machineId, bool force = false,
        const QString &nonce = {});
    Call<QList<MachineVersion>> machineVersions(const QString &app, const QString &machineId);

    // Machine actions
    Call<QString> startMachine(
        const QString &app, const QString &machineId, const QString &nonce = {});
    Call<Done> stopMachine(const QString &app, const QString &machineId,
        const StopOptions &options = {}, const QString &nonce = {});
    Call<Done> restartMachine(const QString &app, const QString &machineId,
        const StopOptions &options = {}, const QString &nonce = {});
    Call<Done> suspendMachine(
        const QString &app, const QString &machineId, const QString &nonce = {});
    Call<Done> signalMachine(const QString &app, const QString &machineId, const QString &signal,
        const QString &nonce = {});
    Call<Done> cordonMachine(
        const QString &app, const QString &machineId, bool cordoned, const QString &nonce = {});
    Call<WaitResult> waitForState(
        const QString &app, const QString &machineId, const WaitOptions &options);
    Call<QList<MachineEvent>> machineEvents(
        const QString &app, const QString &machineId, int limit = 20);
    Call<QList<ProcessStat>> machineProcesses(const QString &app, const QString &machineId);
    Call<ExecResult> exec(const QString &app, const QString &machineId, const ExecRequest &request);
    // The same with a body from encodeExecBody*() of a request with this timeout, prepared
    // elsewhere (copies into volumes prepare megabytes of it on a worker thread).
    Call<ExecResult> execEncoded(
        const QString &app, const QString &machineId, const QByteArray &body, int timeoutSecs);
    // The JSON body of an exec request. Written directly when stdin needs no escaping (base64
    // never does): megabytes are copied once instead of going through a QString and
    // QJsonDocument. Safe on any thread.
    static QByteArray encodeExecBody(const ExecRequest &request);
    // The same for a request without stdin whose stdin is to be the base64 of `raw`, encoded
    // straight into the body with no second copy of it.
    static QByteArray encodeExecBodyWithBase64(const ExecRequest &request, const QByteArray &raw);
    // The same, written over `body`, whose memory is reused when it is large enough.
    static void encodeExecBodyWithBase64(
        const ExecRequest &request, const QByteArray &raw, QByteArray *body);

    // Leases
    Call<Lease> acquireLease(const QString &app, const QString &machineId, int ttlSecs,
        const QString &description = {}, const QString &existingNonce = {});
    Call<Lease> getLease(const QString &app, const QString &machineId);
    Call<Done> releaseLease(const QString &app, const QString &machineId, const QString &nonce);

    // Metadata
    Call<QMap<QString, QString>> metadata(const QString &app, const QString &machineId);
    Call<QString> metadataValue(const QString &app, const QString &machineId, const QString &key);
    Call<Done> setMetadata(
        const QString &app, const QString &machineId, const QString &key, const QString &value);
    Call<Done> deleteMetadata(const QString &app, const QString &machineId, const QString &key);
    // Merges: a nullopt value removes the key. With machineVersion, a stale version fails (412).
    Call<Done> patchMetadata(const QString &app, const QString &machineId,
        const QMap<QString, std::optional<QString>> &changes, const QString &machineVersion = {});

    // Volumes
    Call<QList<Volume>> listVolumes(const QString &app);
    Call<Volume> createVolume(const QString &app, const CreateVolumeRequest &request);
    Call<Volume> getVolume(const QString &app, const QString &volumeId);
    Call<Volume> updateVolume(const QString &app, const QString &volumeId,
        std::optional<int> snapshotRetentionDays, std::optional<bool> autoBackup);
    Call<Volume> destroyVolume(const QString &app, const QString &volumeId);
    Call<ExtendedVolume> extendVolume(const QString &app, const QString &volumeId, int sizeGb);
    Call<QList<VolumeSnapshot>> listSnapshots(const QString &app, const QString &volumeId);
    Call<Done> createSnapshot(const QString &app, const QString &volumeId);

    // Secrets: values go in, never come out. Writes answer the app's new secrets version.
    Call<QList<Secret>> listSecrets(const QString &app);
    Call<qint64> setSecret(const QString &app, const QString &name, const QString &value);
    Call<qint64> setSecrets(
        const QString &app, const QMap<QString, std::optional<QString>> &values);
    Call<qint64> deleteSecret(const QString &app, const QString &name);

    // Platform
    Call<RegionList> regions();
    Call<QList<TokenInfo>> currentToken();

private:
    ApiJob *send(ApiRequest request);

    ApiTransport *m_transport;
};

} // namespace hangar::api
