#pragma once

#include "api/values/jsonobjectview.h"

#include <QByteArray>

namespace hangar::api {

// One entry of config.files: a file written into the machine at boot. Its content comes from
// exactly one of raw_value (base64), secret_name or image_config.
class FileConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString guestPath() const; // absolute
    void setGuestPath(const QString &path);
    QString rawValue() const; // base64, as on the wire
    void setRawValue(const QString &base64);
    QByteArray content() const; // raw_value decoded
    void setContent(const QByteArray &content); // writes raw_value
    QString secretName() const;
    void setSecretName(const QString &name);
    QString imageConfig() const;
    void setImageConfig(const QString &image);
    int mode() const; // chmod bits, e.g. 420 = 0644; 0 when unset
    void setMode(int mode);
};

} // namespace hangar::api
