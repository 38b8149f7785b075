#include "core/config/draftstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

namespace hangar::core {

Q_LOGGING_CATEGORY(lcDrafts, "hangar.core.drafts")

DraftStore::DraftStore(QString file, QObject *parent)
    : QObject(parent)
    , m_file(file.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                  + QStringLiteral("/drafts.json")
                            : std::move(file))
{
    load();
}

DraftStore::~DraftStore() = default;

QString DraftStore::keyOf(
    const QString &accountId, const QString &appName, const QString &machineId)
{
    return accountId + QLatin1Char('/') + appName + QLatin1Char('/') + machineId;
}

std::optional<ConfigDraft> DraftStore::draft(
    const QString &accountId, const QString &appName, const QString &machineId) const
{
    const auto it = m_drafts.constFind(keyOf(accountId, appName, machineId));
    return it == m_drafts.constEnd() ? std::nullopt : std::optional<ConfigDraft>(*it);
}

void DraftStore::save(const QString &accountId, const QString &appName, const QString &machineId,
    const ConfigDraft &draft)
{
    m_drafts.insert(keyOf(accountId, appName, machineId), draft);
    write();
    emit changed(accountId, appName, machineId);
}

void DraftStore::discard(const QString &accountId, const QString &appName, const QString &machineId)
{
    if (m_drafts.remove(keyOf(accountId, appName, machineId)) == 0)
        return;
    write();
    emit changed(accountId, appName, machineId);
}

void DraftStore::load()
{
    QFile file(m_file);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject drafts = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = drafts.begin(); it != drafts.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        m_drafts.insert(it.key(),
            {entry.value(QLatin1String("config")).toObject(),
                entry.value(QLatin1String("base_version")).toString(),
                entry.value(QLatin1String("base")).toObject()});
    }
}

void DraftStore::write()
{
    QJsonObject drafts;
    for (auto it = m_drafts.constBegin(); it != m_drafts.constEnd(); ++it) {
        drafts.insert(it.key(),
            QJsonObject {{QLatin1String("config"), it->config},
                {QLatin1String("base_version"), it->baseVersion},
                {QLatin1String("base"), it->base}});
    }
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcDrafts).noquote()
            << "cannot keep drafts in" << m_file << ":" << file.errorString();
        return;
    }
    // Drafts may hold environment values and file contents: readable by the user only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(drafts).toJson(QJsonDocument::Indented));
    if (!file.commit())
        qCWarning(lcDrafts).noquote()
            << "cannot keep drafts in" << m_file << ":" << file.errorString();
}

} // namespace hangar::core
