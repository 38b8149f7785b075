#pragma once

#include <QString>
#include <QStringList>

// Header-only on purpose: the rules are a few lines, and the dialogs of hangar_gui use them.

namespace hangar::core {

// What a destructive action touches, as the production guard sees it.
struct GuardTarget {
    QStringList names; // the machines, volumes or apps, as the user knows them
    QString appName; // the one app they all belong to; empty when they span apps
    QString accountName; // the account they belong to, as the tree shows it
    bool production = false;
};

// What must be typed before several things of a production account are touched: their app's
// name, or the account's when they span apps. (A count is too easy to type without reading.)
inline QString productionScopeName(const GuardTarget &target)
{
    return target.appName.isEmpty() ? target.accountName : target.appName;
}

// What must be typed to destroy: the name of the one thing; for several, their number, or on a
// production account the name of their app (or account).
inline QString destroyConfirmation(const GuardTarget &target)
{
    if (target.names.size() == 1)
        return target.names.first();
    if (target.production && !productionScopeName(target).isEmpty())
        return productionScopeName(target);
    return QString::number(target.names.size());
}

// What must be typed to stop, restart or suspend machines: nothing, except for several machines
// of a production account, which need their app's (or account's) name.
inline QString stopConfirmation(const GuardTarget &target)
{
    if (!target.production || target.names.size() < 2)
        return {};
    const QString scope = productionScopeName(target);
    return scope.isEmpty() ? QString::number(target.names.size()) : scope;
}

} // namespace hangar::core
