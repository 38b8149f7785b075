#pragma once

#include <QObject>
#include <QVariant>

#include <memory>

class QSettings;

namespace hangar::core {

// Every persistent preference Hangar has, in one table: a key, where it is stored and its
// default. Widgets never spell QSettings keys themselves.
enum class Setting {
    MainWindowGeometry,
    MainWindowState,
    MainSplitterState,
    TreeGrouping, // "app-region" or "region-app"
    ActivityDockVisible,
    WireLogEnabled,
    LanguageOverride, // empty: follow the system
    SandboxSpeed, // transition time factor of the sandbox simulator
    LastSelection, // "account/app/machine-or-volume"
    AccountProfiles, // JSON array of saved account profiles; never a token
    AccountSecretsToDelete, // keychain keys whose deletion failed, retried at the next start
    CopyAskAboveMiB, // files larger than this are copied into volumes after asking; 0: never ask
};

class Settings final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    // The default location (the platform's settings store for Hangar).
    explicit Settings(QObject *parent = nullptr);
    // A settings file of its own, for tests.
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    ~Settings() override;

    QVariant value(Setting setting) const;
    void setValue(Setting setting, const QVariant &value);
    void reset(Setting setting);

    QString string(Setting setting) const { return value(setting).toString(); }
    QByteArray bytes(Setting setting) const { return value(setting).toByteArray(); }
    bool flag(Setting setting) const { return value(setting).toBool(); }
    double number(Setting setting) const { return value(setting).toDouble(); }

    static QString keyOf(Setting setting);
    static QVariant defaultOf(Setting setting);

signals:
    void changed(hangar::core::Setting setting);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace hangar::core
