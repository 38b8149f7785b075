#include "api/values/mountconfig.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString MountConfig::volume() const
{
    return stringValue("volume"_L1);
}

void MountConfig::setVolume(const QString &volumeId)
{
    setField("volume"_L1, volumeId);
}

QString MountConfig::path() const
{
    return stringValue("path"_L1);
}

void MountConfig::setPath(const QString &path)
{
    setField("path"_L1, path);
}

QString MountConfig::name() const
{
    return stringValue("name"_L1);
}

void MountConfig::setName(const QString &name)
{
    setField("name"_L1, name);
}

bool MountConfig::encrypted() const
{
    return boolValue("encrypted"_L1);
}

void MountConfig::setEncrypted(bool encrypted)
{
    setField("encrypted"_L1, encrypted);
}

int MountConfig::sizeGb() const
{
    return intValue("size_gb"_L1);
}

void MountConfig::setSizeGb(int sizeGb)
{
    setField("size_gb"_L1, sizeGb);
}

int MountConfig::extendThresholdPercent() const
{
    return intValue("extend_threshold_percent"_L1);
}

void MountConfig::setExtendThresholdPercent(int percent)
{
    setField("extend_threshold_percent"_L1, percent);
}

int MountConfig::addSizeGb() const
{
    return intValue("add_size_gb"_L1);
}

void MountConfig::setAddSizeGb(int sizeGb)
{
    setField("add_size_gb"_L1, sizeGb);
}

int MountConfig::addSizePercent() const
{
    return intValue("add_size_percent"_L1);
}

void MountConfig::setAddSizePercent(int percent)
{
    setField("add_size_percent"_L1, percent);
}

int MountConfig::minAddSizeGb() const
{
    return intValue("min_add_size_gb"_L1);
}

void MountConfig::setMinAddSizeGb(int sizeGb)
{
    setField("min_add_size_gb"_L1, sizeGb);
}

int MountConfig::sizeGbLimit() const
{
    return intValue("size_gb_limit"_L1);
}

void MountConfig::setSizeGbLimit(int sizeGb)
{
    setField("size_gb_limit"_L1, sizeGb);
}

} // namespace hangar::api
