#pragma once

#include "api/values/jsonobjectview.h"

#include <QDateTime>

namespace hangar::api {

// One entry of GET .../volumes/{vol}/snapshots.
class VolumeSnapshot : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString id() const; // vs_...
    qint64 size() const; // bytes
    qint64 volumeSize() const; // bytes of the volume it was taken from
    QString digest() const;
    QDateTime createdAt() const; // RFC 3339 with "+00:00" on the wire
    QString status() const;
    int retentionDays() const;
};

} // namespace hangar::api
