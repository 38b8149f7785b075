#include "core/settings/settings.h"

#include <QSettings>

namespace hangar::core {

namespace {

struct Entry {
    Setting setting;
    const char *key;
    QVariant defaultValue;
};

const QList<Entry> &table()
{
    static const QList<Entry> entries {
        {Setting::MainWindowGeometry, "window/geometry", QByteArray()},
        {Setting::MainWindowState, "window/state", QByteArray()},
        {Setting::MainSplitterState, "window/splitter", QByteArray()},
        {Setting::TreeGrouping, "tree/grouping", QStringLiteral("app-region")},
        {Setting::ActivityDockVisible, "window/activityVisible", true},
        {Setting::WireLogEnabled, "diagnostics/wireLog", false},
        {Setting::LanguageOverride, "interface/language", QString()},
        {Setting::SandboxSpeed, "sandbox/speed", 1.0},
        {Setting::LastSelection, "tree/lastSelection", QString()},
        {Setting::AccountProfiles, "accounts/profiles", QString()},
        {Setting::AccountSecretsToDelete, "accounts/secretsToDelete", QStringList()},
        {Setting::CopyAskAboveMiB, "transfer/askAboveMiB", 1024},
    };
    return entries;
}

const Entry &entryOf(Setting setting)
{
    for (const Entry &entry : table()) {
        if (entry.setting == setting)
            return entry;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::keyOf(Setting setting)
{
    return QString::fromLatin1(entryOf(setting).key);
}

QVariant Settings::defaultOf(Setting setting)
{
    return entryOf(setting).defaultValue;
}

QVariant Settings::value(Setting setting) const
{
    return m_settings->value(keyOf(setting), defaultOf(setting));
}

void Settings::setValue(Setting setting, const QVariant &value)
{
    if (m_settings->value(keyOf(setting)) == value)
        return;
    m_settings->setValue(keyOf(setting), value);
    emit changed(setting);
}

void Settings::reset(Setting setting)
{
    m_settings->remove(keyOf(setting));
    emit changed(setting);
}

} // namespace hangar::core
