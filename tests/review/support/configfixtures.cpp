#include "configfixtures.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace configfixtures {

QString base64(const char *text)
{
    return QString::fromLatin1(QByteArray(text).toBase64());
}

QJsonObject nginxConfigJson()
{
    return QJsonObject {
        {u"image"_s, u"registry-1.docker.io/library/nginx:1.25"_s},
        {u"guest"_s,
            QJsonObject {{u"cpu_kind"_s, u"shared"_s}, {u"cpus"_s, 1}, {u"memory_mb"_s, 256}}},
        {u"env"_s, QJsonObject {{u"LOG_LEVEL"_s, u"info"_s}, {u"PORT"_s, u"8080"_s}}},
        {u"services"_s,
            QJsonArray {
                QJsonObject {{u"protocol"_s, u"tcp"_s}, {u"internal_port"_s, 8080},
                    {u"autostart"_s, true}, {u"autostop"_s, true},
                    {u"ports"_s,
                        QJsonArray {
                            QJsonObject {{u"port"_s, 80}, {u"handlers"_s, QJsonArray {u"http"_s}},
                                {u"force_https"_s, true}},
                            QJsonObject {{u"port"_s, 443},
                                {u"handlers"_s, QJsonArray {u"tls"_s, u"http"_s}}},
                        }},
                    {u"checks"_s,
                        QJsonArray {QJsonObject {{u"type"_s, u"http"_s}, {u"path"_s, u"/health"_s},
                            {u"interval"_s, u"15s"_s}}}}},
                QJsonObject {{u"protocol"_s, u"udp"_s}, {u"internal_port"_s, 5353},
                    {u"ports"_s, QJsonArray {QJsonObject {{u"port"_s, 53}}}}},
                QJsonObject {{u"protocol"_s, u"tcp"_s}, {u"internal_port"_s, 9090},
                    {u"ports"_s,
                        QJsonArray {QJsonObject {{u"start_port"_s, 9000}, {u"end_port"_s, 9010},
                            {u"handlers"_s, QJsonArray {u"tcp"_s}}}}}},
            }},
        {u"mounts"_s,
            QJsonArray {QJsonObject {{u"volume"_s, u"vol_nginxdata"_s}, {u"path"_s, u"/data"_s},
                {u"name"_s, u"nginx_data"_s}}}},
        {u"files"_s,
            QJsonArray {QJsonObject {{u"guest_path"_s, u"/etc/nginx/nginx.conf"_s},
                {u"raw_value"_s, base64("worker_processes 1;\nevents {}\nhttp {\n}\n")},
                {u"mode"_s, 420}}}},
        {u"checks"_s,
            QJsonObject {{u"alive"_s,
                QJsonObject {
                    {u"type"_s, u"tcp"_s}, {u"port"_s, 8080}, {u"interval"_s, u"15s"_s}}}}},
        {u"restart"_s, QJsonObject {{u"policy"_s, u"on-failure"_s}, {u"max_retries"_s, 3}}},
        {u"metadata"_s, QJsonObject {{u"fly_platform_version"_s, u"v2"_s}}},
        {u"future_section"_s,
            QJsonObject {{u"knob"_s, 1}, {u"nested"_s, QJsonObject {{u"deep"_s, true}}}}},
    };
}

hangar::api::MachineConfig nginxConfig()
{
    return hangar::api::MachineConfig(nginxConfigJson());
}

QJsonObject serviceAt(const QJsonObject &config, int index)
{
    return config.value(u"services"_s).toArray().at(index).toObject();
}

void setServiceAt(QJsonObject &config, int index, const QJsonObject &service)
{
    QJsonArray services = config.value(u"services"_s).toArray();
    services[index] = service;
    config[u"services"_s] = services;
}

void addPort(QJsonObject &config, int serviceIndex, const QJsonObject &port)
{
    QJsonObject service = serviceAt(config, serviceIndex);
    QJsonArray ports = service.value(u"ports"_s).toArray();
    ports.append(port);
    service[u"ports"_s] = ports;
    setServiceAt(config, serviceIndex, service);
}

} // namespace configfixtures
