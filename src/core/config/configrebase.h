#pragma once

#include <QJsonObject>
#include <QStringList>

namespace hangar::core {

// The user's edits (from `base` to `mine`) replayed onto `theirs`, a newer config someone else
// saved meanwhile. Keys only one side changed take that side's value; objects both sides
// changed are merged key by key; anything else both changed (a scalar, an array) takes the
// user's value and its path is listed in `overridden`, so the review can point it out.
QJsonObject rebaseEdits(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs,
    QStringList *overridden = nullptr);

} // namespace hangar::core
