#include "gui/volumes/volumerules.h"

#include <QCoreApplication>

namespace hangar::gui::volumerules {

namespace {

// The translation context of the rules.
class VolumeRules {
    Q_DECLARE_TR_FUNCTIONS(hangar::gui::VolumeRules)
};

bool isAllowed(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_')
        || c == QLatin1Char('-');
}

// What the name would be with its fixable characters fixed, for the hint.
QString suggestionFor(const QString &name)
{
    QString fixed;
    for (const QChar c : name.toLower()) {
        if (isAllowed(c))
            fixed.append(c);
        else if (c == QLatin1Char(' ') || c == QLatin1Char('.'))
            fixed.append(QLatin1Char('_'));
    }
    return fixed.left(kMaxNameLength);
}

} // namespace

QString nameProblem(const QString &name)
{
    if (name.isEmpty())
        return VolumeRules::tr("Enter a name for the volume.");
    if (name.size() > kMaxNameLength) {
        return VolumeRules::tr(
            "Use at most %1 characters; this name has %n.", nullptr, int(name.size()))
            .arg(kMaxNameLength);
    }
    if (name.startsWith(QLatin1Char('-')) || name.startsWith(QLatin1Char('_')))
        return VolumeRules::tr("Start the name with a letter or a digit.");
    for (const QChar c : name) {
        if (isAllowed(c))
            continue;
        const QString suggestion = suggestionFor(name);
        if (c.isUpper())
            return VolumeRules::tr("Use lowercase letters, for example “%1”.").arg(suggestion);
        if (c.isSpace())
            return VolumeRules::tr("Volume names cannot contain spaces; use underscores, for "
                                   "example “%1”.")
                .arg(suggestion);
        return VolumeRules::tr("“%1” is not allowed: use lowercase letters, digits, dashes and "
                               "underscores only.")
            .arg(c);
    }
    return {};
}

QString sizeProblem(int sizeGb, int minimumGb)
{
    if (sizeGb < kMinSizeGb)
        return VolumeRules::tr("A volume needs at least %n GB.", nullptr, kMinSizeGb);
    if (sizeGb > kMaxSizeGb)
        return VolumeRules::tr("A volume can have at most %1 GB.").arg(kMaxSizeGb);
    if (minimumGb > kMaxSizeGb)
        return VolumeRules::tr("The source is %1 GB, more than a volume can have (%2 GB).")
            .arg(minimumGb)
            .arg(kMaxSizeGb);
    if (sizeGb < minimumGb)
        return VolumeRules::tr("The source holds %n GB; the new volume must be at least that "
                               "large.",
            nullptr, minimumGb);
    return {};
}

QString extendProblem(int currentGb, int newGb)
{
    if (currentGb >= kMaxSizeGb)
        return VolumeRules::tr("This volume already has the largest size a volume can have (%1 "
                               "GB).")
            .arg(kMaxSizeGb);
    if (newGb <= currentGb)
        return VolumeRules::tr(
            "Volumes can only grow: choose more than the current %n GB.", nullptr, currentGb);
    if (newGb > kMaxSizeGb)
        return VolumeRules::tr("A volume can have at most %1 GB.").arg(kMaxSizeGb);
    return {};
}

int gbForBytes(qint64 bytes)
{
    constexpr qint64 kBytesPerGb = qint64(1) << 30;
    return int(qMax<qint64>(1, (bytes + kBytesPerGb - 1) / kBytesPerGb));
}

} // namespace hangar::gui::volumerules
