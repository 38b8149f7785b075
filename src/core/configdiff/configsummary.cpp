#include "core/configdiff/configsummary.h"

#include "api/values/machineconfig.h"
#include "core/configdiff/configdiff.h"
#include "core/configdiff/summaryphrases.h"

namespace hangar::core {

using namespace Qt::StringLiterals;
using namespace summaryphrases;

namespace {

// More phrases than this are cut to this many and a count of the rest.
constexpr int kMaxPhrases = 6;

QString stateClause(const QString &state)
{
    static const QStringList running {
        u"started"_s, u"starting"_s, u"restarting"_s, u"replacing"_s, u"updating"_s};
    static const QStringList stopped {u"stopped"_s, u"stopping"_s, u"created"_s, u"failed"_s};
    if (running.contains(state))
        return ConfigSummary::tr("the machine will restart");
    if (stopped.contains(state))
        return ConfigSummary::tr("the machine stays stopped");
    if (state == "suspended"_L1 || state == "suspending"_L1)
        return ConfigSummary::tr("the machine stays stopped and its suspended state is lost");
    return {};
}

} // namespace

QStringList describeChanges(
    const api::MachineConfig &oldConfig, const api::MachineConfig &newConfig)
{
    static const Phrasing envPhrasing[3] = {
        {QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "env %1 added"),
            QT_TRANSLATE_N_NOOP("hangar::core::ConfigSummary", "%n env variable(s) added")},
        {QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "env %1 changed"),
            QT_TRANSLATE_N_NOOP("hangar::core::ConfigSummary", "%n env variable(s) changed")},
        {QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "env %1 removed"),
            QT_TRANSLATE_N_NOOP("hangar::core::ConfigSummary", "%n env variable(s) removed")}};
    static const Phrasing metadataPhrasing[3] = {
        {QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "metadata %1 added"),
            QT_TRANSLATE_N_NOOP("hangar::core::ConfigSummary", "%n metadata key(s) added")},
        {QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "metadata %1 changed"),
            QT_TRANSLATE_N_NOOP("hangar::core::ConfigSummary", "%n metadata key(s) changed")},
        {QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "metadata %1 removed"),
            QT_TRANSLATE_N_NOOP("hangar::core::ConfigSummary", "%n metadata key(s) removed")}};
    static const Phrasing checkPhrasing[3] = {
        {QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "check %1 added"),
            QT_TRANSLATE_N_NOOP("hangar::core::ConfigSummary", "%n check(s) added")},
        {QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "check %1 changed"),
            QT_TRANSLATE_N_NOOP("hangar::core::ConfigSummary", "%n check(s) changed")},
        {QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "check %1 removed"),
            QT_TRANSLATE_N_NOOP("hangar::core::ConfigSummary", "%n check(s) removed")}};
    static const Phrasing filePhrasing[3] = {
        {QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "file %1 added"),
            QT_TRANSLATE_N_NOOP("hangar::core::ConfigSummary", "%n file(s) added")},
        {QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "file %1 changed"),
            QT_TRANSLATE_N_NOOP("hangar::core::ConfigSummary", "%n file(s) changed")},
        {QT_TRANSLATE_NOOP("hangar::core::ConfigSummary", "file %1 removed"),
            QT_TRANSLATE_N_NOOP("hangar::core::ConfigSummary", "%n file(s) removed")}};

    const ConfigDiff diff = ConfigDiff::compare(oldConfig, newConfig);
    QStringList phrases;
    bool sizeDone = false;
    for (const DiffEntry &entry : diff.root().children) {
        if (entry.kind == DiffKind::Unchanged)
            continue;
        const QString &name = entry.name;
        if (name == "image"_L1) {
            phrases.append(imagePhrase(oldConfig.image(), newConfig.image()));
        } else if (name == "guest"_L1 || name == "size"_L1) {
            if (!sizeDone)
                phrases += sizePhrases(oldConfig, newConfig);
            sizeDone = true;
        } else if (name == "env"_L1) {
            phraseCollection(entry, envPhrasing, &phrases);
        } else if (name == "metadata"_L1) {
            phraseCollection(entry, metadataPhrasing, &phrases);
        } else if (name == "checks"_L1) {
            phraseCollection(entry, checkPhrasing, &phrases);
        } else if (name == "files"_L1) {
            phraseCollection(entry, filePhrasing, &phrases, u"guest_path"_s);
        } else if (name == "services"_L1) {
            servicePhrases(entry, &phrases);
        } else if (name == "mounts"_L1) {
            mountPhrases(entry, &phrases);
        } else if (name == "restart"_L1) {
            phrases += restartPhrases(oldConfig, newConfig);
        } else if (name == "stop_config"_L1) {
            phrases += stopPhrases(oldConfig, newConfig);
        } else if (name == "auto_destroy"_L1) {
            phrases.append(newConfig.autoDestroy() ? ConfigSummary::tr("auto-destroy on")
                                                   : ConfigSummary::tr("auto-destroy off"));
        } else if (name == "schedule"_L1) {
            phrases.append(schedulePhrase(oldConfig.schedule(), newConfig.schedule()));
        } else {
            phrases.append(genericPhrase(entry));
        }
    }
    return phrases;
}

QString summarize(const api::MachineConfig &oldConfig, const api::MachineConfig &newConfig,
    const QString &machineState)
{
    QStringList phrases = describeChanges(oldConfig, newConfig);
    if (phrases.isEmpty())
        return ConfigSummary::tr("No changes.");
    if (phrases.size() > kMaxPhrases) {
        const int rest = int(phrases.size()) - (kMaxPhrases - 1);
        phrases.resize(kMaxPhrases - 1);
        phrases.append(ConfigSummary::tr("and %n other change(s)", nullptr, rest));
    }
    QString sentence = phrases.join(u", "_s);
    const QString clause = stateClause(machineState);
    if (!clause.isEmpty())
        sentence = ConfigSummary::tr("%1; %2").arg(sentence, clause);
    sentence[0] = sentence.at(0).toUpper();
    return QString(sentence + u'.');
}

} // namespace hangar::core
