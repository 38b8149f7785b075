#include "sim/world/configrules.h"

#include <QByteArray>
#include <QJsonArray>
#include <QRegularExpression>

namespace hangar::sim {

namespace {

const QList<int> kSharedCpus {1, 2, 4, 6, 8};
const QList<int> kPerformanceCpus {1, 2, 4, 6, 8, 10, 12, 14, 16, 32, 64, 128};

QString validateGuest(const QJsonObject &guest)
{
    QString kind = guest.value(QLatin1String("cpu_kind")).toString();
    if (kind.isEmpty())
        kind = QStringLiteral("shared");
    const int cpus = guest.value(QLatin1String("cpus")).toInt(1);
    const int memory = guest.value(QLatin1String("memory_mb")).toInt(0);
    if (kind != QLatin1String("shared") && kind != QLatin1String("performance"))
        return QStringLiteral("invalid guest.cpu_kind \"%1\": use shared or performance").arg(kind);
    const bool shared = kind == QLatin1String("shared");
    const QList<int> &allowed = shared ? kSharedCpus : kPerformanceCpus;
    if (!allowed.contains(cpus)) {
        QStringList names;
        for (int count : allowed)
            names.append(QString::number(count));
        return QStringLiteral("invalid guest.cpus %1 for %2 CPUs: allowed counts are %3")
            .arg(QString::number(cpus), kind, names.join(QStringLiteral(", ")));
    }
    const int step = shared ? 256 : 1024;
    const int lowest = (shared ? 256 : 2048) * cpus;
    const int highest = (shared ? 2048 : 8192) * cpus;
    if (memory < lowest || memory > highest)
        return QStringLiteral("invalid guest.memory_mb %1: %2 %3 CPU(s) need between %4 and %5 MB")
            .arg(QString::number(memory), QString::number(cpus), kind, QString::number(lowest),
                QString::number(highest));
    if (memory % step != 0)
        return QStringLiteral("invalid guest.memory_mb %1: %2 memory must be a multiple of %3 MB")
            .arg(QString::number(memory), kind, QString::number(step));
    return {};
}

QString validateMounts(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isArray())
        return QStringLiteral("config.mounts must be an array");
    const QJsonArray mounts = value.toArray();
    if (mounts.size() > 1)
        return QStringLiteral(
            "a machine can mount only one volume, but config.mounts has %1 entries")
            .arg(mounts.size());
    for (const QJsonValue &entry : mounts) {
        const QJsonObject mount = entry.toObject();
        if (mount.value(QLatin1String("volume")).toString().isEmpty())
            return QStringLiteral("config.mounts[0].volume must name a volume ID (vol_...)");
        if (!mount.value(QLatin1String("path")).toString().startsWith(QLatin1Char('/')))
            return QStringLiteral("config.mounts[0].path must be an absolute path");
    }
    return {};
}

QString validateFiles(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isArray())
        return QStringLiteral("config.files must be an array");
    const QJsonArray files = value.toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QJsonObject file = files.at(i).toObject();
        const QString path = file.value(QLatin1String("guest_path")).toString();
        if (!path.startsWith(QLatin1Char('/')))
            return QStringLiteral("config.files[%1].guest_path must be an absolute path").arg(i);
        const int sources = int(file.contains(QLatin1String("raw_value")))
            + int(file.contains(QLatin1String("secret_name")))
            + int(file.contains(QLatin1String("image_config")));
        if (sources != 1)
            return QStringLiteral("config.files[%1] needs exactly one of raw_value, secret_name "
                                  "or image_config")
                .arg(i);
        if (file.contains(QLatin1String("raw_value"))) {
            const QByteArray encoded = file.value(QLatin1String("raw_value")).toString().toLatin1();
            const auto decoded =
                QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return QStringLiteral("config.files[%1].raw_value is not valid base64").arg(i);
        }
    }
    return {};
}

QString validateServices(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isArray())
        return QStringLiteral("config.services must be an array");
    const QJsonArray services = value.toArray();
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QJsonObject service = services.at(i).toObject();
        const QString protocol = service.value(QLatin1String("protocol")).toString();
        if (protocol != QLatin1String("tcp") && protocol != QLatin1String("udp"))
            return QStringLiteral("config.services[%1].protocol must be tcp or udp").arg(i);
        const int port = service.value(QLatin1String("internal_port")).toInt(0);
        if (port < 1 || port > 65535)
            return QStringLiteral("config.services[%1].internal_port must be between 1 and 65535")
                .arg(i);
        const QJsonValue autostop = service.value(QLatin1String("autostop"));
        if (autostop.isString()) {
            const QString mode = autostop.toString();
            if (mode != QLatin1String("off") && mode != QLatin1String("stop")
                && mode != QLatin1String("suspend"))
                return QStringLiteral("config.services[%1].autostop must be off, stop or suspend")
                    .arg(i);
        }
        const QJsonArray ports = service.value(QLatin1String("ports")).toArray();
        for (const QJsonValue &entry : ports) {
            const QJsonObject portObject = entry.toObject();
            const int number = portObject.value(QLatin1String("port")).toInt(0);
            const int start = portObject.value(QLatin1String("start_port")).toInt(0);
            const int end = portObject.value(QLatin1String("end_port")).toInt(0);
            if (number == 0 && (start == 0 || end < start))
                return QStringLiteral("config.services[%1].ports needs a port or a start_port and "
                                      "end_port range")
                    .arg(i);
            if (number < 0 || number > 65535)
                return QStringLiteral("config.services[%1].ports has an invalid port %2")
                    .arg(QString::number(i), QString::number(number));
        }
    }
    return {};
}

QString validateStringMap(const QJsonObject &config, const QString &key)
{
    const QJsonValue value = config.value(key);
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isObject())
        return QStringLiteral("config.%1 must be an object of strings").arg(key);
    const QJsonObject map = value.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString())
            return QStringLiteral("config.%1.%2 must be a string").arg(key, it.key());
    }
    return {};
}

QString validateRestartAndStop(const QJsonObject &config)
{
    const QJsonObject restart = config.value(QLatin1String("restart")).toObject();
    const QString policy = restart.value(QLatin1String("policy")).toString();
    if (!policy.isEmpty() && policy != QLatin1String("no") && policy != QLatin1String("always")
        && policy != QLatin1String("on-failure"))
        return QStringLiteral("config.restart.policy must be no, always or on-failure");
    if (restart.value(QLatin1String("max_retries")).toInt(0) < 0)
        return QStringLiteral("config.restart.max_retries cannot be negative");

    const QJsonObject stop = config.value(QLatin1String("stop_config")).toObject();
    const QString signal = stop.value(QLatin1String("signal")).toString();
    if (!signal.isEmpty() && !stopSignals().contains(signal))
        return QStringLiteral("config.stop_config.signal must be one of %1")
            .arg(stopSignals().join(QStringLiteral(", ")));
    if (stop.contains(QLatin1String("timeout"))
        && !parseDurationMs(stop.value(QLatin1String("timeout"))))
        return QStringLiteral("config.stop_config.timeout must be a duration such as \"30s\"");

    const QString schedule = config.value(QLatin1String("schedule")).toString();
    static const QStringList schedules {QStringLiteral("hourly"), QStringLiteral("daily"),
        QStringLiteral("weekly"), QStringLiteral("monthly")};
    if (!schedule.isEmpty() && !schedules.contains(schedule))
        return QStringLiteral("config.schedule must be hourly, daily, weekly or monthly");
    return {};
}

QJsonValue wireAutostop(const QJsonValue &value)
{
    if (!value.isString())
        return value;
    const QString mode = value.toString();
    if (mode == QLatin1String("suspend"))
        return mode;
    return mode == QLatin1String("stop");
}

} // namespace

const QStringList &stopSignals()
{
    static const QStringList signalNames {QStringLiteral("SIGHUP"), QStringLiteral("SIGINT"),
        QStringLiteral("SIGQUIT"), QStringLiteral("SIGKILL"), QStringLiteral("SIGUSR1"),
        QStringLiteral("SIGUSR2"), QStringLiteral("SIGTERM")};
    return signalNames;
}

const QStringList &machineSignals()
{
    static const QStringList signalNames {QStringLiteral("SIGABRT"), QStringLiteral("SIGALRM"),
        QStringLiteral("SIGFPE"), QStringLiteral("SIGHUP"), QStringLiteral("SIGILL"),
        QStringLiteral("SIGINT"), QStringLiteral("SIGKILL"), QStringLiteral("SIGPIPE"),
        QStringLiteral("SIGQUIT"), QStringLiteral("SIGSEGV"), QStringLiteral("SIGTERM"),
        QStringLiteral("SIGTRAP"), QStringLiteral("SIGUSR1"), QStringLiteral("SIGUSR2")};
    return signalNames;
}

std::optional<GuestSize> presetSize(const QString &preset)
{
    static const QRegularExpression pattern(QStringLiteral("^(shared-cpu|performance)-(\\d+)x$"));
    const QRegularExpressionMatch match = pattern.match(preset);
    if (!match.hasMatch())
        return std::nullopt;
    GuestSize size;
    const bool shared = match.captured(1) == QLatin1String("shared-cpu");
    size.cpuKind = shared ? QStringLiteral("shared") : QStringLiteral("performance");
    size.cpus = match.captured(2).toInt();
    if (!(shared ? kSharedCpus : kPerformanceCpus).contains(size.cpus) || size.cpus > 16)
        return std::nullopt;
    size.memoryMb = (shared ? 256 : 2048) * size.cpus;
    return size;
}

GuestSize guestOf(const QJsonObject &config)
{
    const QJsonObject guest = config.value(QLatin1String("guest")).toObject();
    GuestSize size;
    size.cpuKind = guest.value(QLatin1String("cpu_kind")).toString(QStringLiteral("shared"));
    size.cpus = guest.value(QLatin1String("cpus")).toInt(1);
    size.memoryMb = guest.value(QLatin1String("memory_mb")).toInt(256);
    return size;
}

QString validateMachineConfig(const QJsonObject &config)
{
    if (config.value(QLatin1String("image")).toString().trimmed().isEmpty())
        return QStringLiteral("config.image is required (for example \"nginx:latest\")");
    if (config.contains(QLatin1String("size")) && config.contains(QLatin1String("guest")))
        return QStringLiteral("config.size and config.guest cannot both be set");
    if (config.contains(QLatin1String("size"))
        && !presetSize(config.value(QLatin1String("size")).toString()))
        return QStringLiteral("unknown size preset \"%1\"")
            .arg(config.value(QLatin1String("size")).toString());
    QStringList problems;
    if (config.contains(QLatin1String("guest")))
        problems.append(validateGuest(config.value(QLatin1String("guest")).toObject()));
    problems.append(validateMounts(config.value(QLatin1String("mounts"))));
    problems.append(validateFiles(config.value(QLatin1String("files"))));
    problems.append(validateServices(config.value(QLatin1String("services"))));
    problems.append(validateStringMap(config, QStringLiteral("env")));
    problems.append(validateStringMap(config, QStringLiteral("metadata")));
    problems.append(validateRestartAndStop(config));
    for (const QString &problem : std::as_const(problems)) {
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QJsonObject normalizedMachineConfig(const QJsonObject &config)
{
    QJsonObject result = config;
    if (result.contains(QLatin1String("size"))) {
        const auto size = presetSize(result.take(QLatin1String("size")).toString());
        if (size) {
            result.insert(QLatin1String("guest"),
                QJsonObject {{QLatin1String("cpu_kind"), size->cpuKind},
                    {QLatin1String("cpus"), size->cpus},
                    {QLatin1String("memory_mb"), size->memoryMb}});
        }
    }
    if (!result.contains(QLatin1String("guest"))) {
        result.insert(QLatin1String("guest"),
            QJsonObject {{QLatin1String("cpu_kind"), QStringLiteral("shared")},
                {QLatin1String("cpus"), 1}, {QLatin1String("memory_mb"), 256}});
    }
    if (result.value(QLatin1String("services")).isArray()) {
        QJsonArray services = result.value(QLatin1String("services")).toArray();
        for (auto entry = services.begin(); entry != services.end(); ++entry) {
            QJsonObject service = entry->toObject();
            if (service.contains(QLatin1String("autostop")))
                service.insert(QLatin1String("autostop"),
                    wireAutostop(service.value(QLatin1String("autostop"))));
            *entry = service;
        }
        result.insert(QLatin1String("services"), services);
    }
    return result;
}

std::optional<qint64> parseDurationMs(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble() / 1e6); // a bare number is nanoseconds
    if (!value.isString())
        return std::nullopt;
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)"));
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    double totalMs = 0;
    qsizetype consumed = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart() != consumed)
            return std::nullopt;
        consumed = match.capturedEnd();
        const double amount = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        if (unit == QLatin1String("h"))
            totalMs += amount * 3600000;
        else if (unit == QLatin1String("m"))
            totalMs += amount * 60000;
        else if (unit == QLatin1String("s"))
            totalMs += amount * 1000;
        else if (unit == QLatin1String("ms"))
            totalMs += amount;
        else if (unit == QLatin1String("ns"))
            totalMs += amount / 1e6;
        else
            totalMs += amount / 1e3;
    }
    if (consumed != text.size())
        return std::nullopt;
    return qint64(totalMs);
}

std::optional<qint64> parseTimeoutParamMs(const QString &text)
{
    bool ok = false;
    const qint64 seconds = text.trimmed().toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(seconds * 1000) : std::nullopt;
    return parseDurationMs(QJsonValue(text));
}

} // namespace hangar::sim
