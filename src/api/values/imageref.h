#pragma once

#include "api/values/jsonobjectview.h"

namespace hangar::api {

// Machine.image_ref: the image the machine actually runs, resolved to a digest.
class ImageRef : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString registry() const;
    QString repository() const;
    QString tag() const;
    QString digest() const;
    QMap<QString, QString> labels() const;
};

} // namespace hangar::api
