#pragma once

#include "core/configdiff/configdiff.h"

#include <QCoreApplication>
#include <QStringList>

namespace hangar::api {
class MachineConfig;
}

namespace hangar::core {

// The translation context of the config summary's phrases.
class ConfigSummary {
    Q_DECLARE_TR_FUNCTIONS(hangar::core::ConfigSummary)
};

} // namespace hangar::core

// The phrases of the config summary, one function per kind of section; configsummary.cpp puts
// them in reading order.
namespace hangar::core::summaryphrases {

// A collection's phrases: `named` ("file %1 added") while few, `counted` ("%n file(s) added")
// when many; both marked with QT_TRANSLATE_NOOP in the ConfigSummary context.
struct Phrasing {
    const char *named;
    const char *counted;
};

QString imagePhrase(const QString &oldImage, const QString &newImage);
QStringList sizePhrases(const api::MachineConfig &oldConfig, const api::MachineConfig &newConfig);
// Added, changed and removed members of a map or keyed array, in that order. `nameField` names
// an element matched by index (files without a key).
void phraseCollection(const DiffEntry &entry, const Phrasing (&phrasings)[3], QStringList *phrases,
    const QString &nameField = {});
void servicePhrases(const DiffEntry &entry, QStringList *phrases);
void mountPhrases(const DiffEntry &entry, QStringList *phrases);
QStringList restartPhrases(
    const api::MachineConfig &oldConfig, const api::MachineConfig &newConfig);
QStringList stopPhrases(const api::MachineConfig &oldConfig, const api::MachineConfig &newConfig);
QString schedulePhrase(const QString &before, const QString &after);
// Any other section, by a name a person knows, or a field Hangar does not know, by its key.
QString genericPhrase(const DiffEntry &entry);

} // namespace hangar::core::summaryphrases
