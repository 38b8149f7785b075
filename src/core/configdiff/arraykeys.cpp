#include "core/configdiff/arraykeys.h"

#include <QJsonObject>

namespace hangar::core::arraykeys {

using namespace Qt::StringLiterals;

namespace {

// A scalar as it reads in a path: strings bare, numbers without a fraction when whole.
QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number))
                                                : QString::number(number);
    }
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

QString field(const QJsonObject &object, QLatin1String name)
{
    return scalarText(object.value(name));
}

// The first of `names` the object has a non-empty value for.
QString firstField(const QJsonObject &object, std::initializer_list<QLatin1String> names)
{
    for (QLatin1String name : names) {
        const QString text = field(object, name);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

} // namespace

QStringList identityFields(const QString &arrayName)
{
    if (arrayName == "services"_L1)
        return {u"protocol"_s, u"internal_port"_s};
    if (arrayName == "ports"_L1)
        return {u"port"_s, u"start_port"_s, u"end_port"_s};
    if (arrayName == "mounts"_L1)
        return {u"volume"_s, u"name"_s, u"path"_s};
    if (arrayName == "files"_L1 || arrayName == "statics"_L1)
        return {u"guest_path"_s};
    if (arrayName == "env_from"_L1 || arrayName == "secrets"_L1)
        return {u"env_var"_s};
    if (arrayName == "dns_forward_rules"_L1)
        return {u"basename"_s};
    // containers, processes, volumes, healthchecks, depends_on, headers, dns options...
    return {u"name"_s};
}

QString elementKey(const QString &arrayName, const QJsonValue &element)
{
    if (!element.isObject())
        return {};
    const QJsonObject object = element.toObject();
    if (arrayName == "services"_L1) {
        const QString port = field(object, "internal_port"_L1);
        if (port.isEmpty())
            return {};
        const QString protocol = field(object, "protocol"_L1);
        return protocol.isEmpty() ? port : QString(protocol + u'/' + port);
    }
    if (arrayName == "ports"_L1) {
        const QString port = field(object, "port"_L1);
        if (!port.isEmpty())
            return port;
        const QString start = field(object, "start_port"_L1);
        const QString end = field(object, "end_port"_L1);
        return start.isEmpty() || end.isEmpty() ? QString() : QString(start + u'-' + end);
    }
    if (arrayName == "mounts"_L1)
        return firstField(object, {"volume"_L1, "name"_L1, "path"_L1});
    return scalarText(object.value(identityFields(arrayName).constFirst()));
}

} // namespace hangar::core::arraykeys
