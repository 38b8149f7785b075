#include "api/values/fileconfig.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString FileConfig::guestPath() const
{
    return stringValue("guest_path"_L1);
}

void FileConfig::setGuestPath(const QString &path)
{
    setField("guest_path"_L1, path);
}

QString FileConfig::rawValue() const
{
    return stringValue("raw_value"_L1);
}

void FileConfig::setRawValue(const QString &base64)
{
    setField("raw_value"_L1, base64);
}

QByteArray FileConfig::content() const
{
    return QByteArray::fromBase64(rawValue().toLatin1());
}

void FileConfig::setContent(const QByteArray &content)
{
    setRawValue(QString::fromLatin1(content.toBase64()));
}

QString FileConfig::secretName() const
{
    return stringValue("secret_name"_L1);
}

void FileConfig::setSecretName(const QString &name)
{
    setField("secret_name"_L1, name);
}

QString FileConfig::imageConfig() const
{
    return stringValue("image_config"_L1);
}

void FileConfig::setImageConfig(const QString &image)
{
    setField("image_config"_L1, image);
}

int FileConfig::mode() const
{
    return intValue("mode"_L1);
}

void FileConfig::setMode(int mode)
{
    setField("mode"_L1, mode);
}

} // namespace hangar::api
