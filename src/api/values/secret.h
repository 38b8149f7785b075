#pragma once

#include "api/values/jsonobjectview.h"

#include <QDateTime>

namespace hangar::api {

// An app secret from /apps/{app}/secrets. The value is present only with show_secrets and
// sufficient rights.
class Secret : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString name() const;
    QString digest() const;
    QDateTime createdAt() const;
    QDateTime updatedAt() const;
    QString value() const;
    bool hasValue() const;
    // The secrets version after a set (single-secret answers); 0 when absent.
    qint64 version() const;
};

// GET/POST /apps/{app}/secrets: {secrets:[...], version?}. Pass a non-zero version as
// min_secrets_version so a machine update sees the change.
struct SecretList {
    QList<Secret> secrets;
    qint64 version = 0;

    static SecretList fromResponse(const QJsonObject &response);
};

} // namespace hangar::api
