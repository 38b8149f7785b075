#include "sim/server/contractrecorder.h"

#include "sim/http/httpmessage.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace hangar::sim {

ContractRecorder::ContractRecorder(const QString &directory)
{
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    const QString name = QStringLiteral("%1-%2.jsonl")
                             .arg(QCoreApplication::applicationName().isEmpty()
                                     ? QStringLiteral("sim")
                                     : QCoreApplication::applicationName(),
                                 QUuid::createUuid().toString(QUuid::Id128).left(12));
    m_file.setFileName(QDir(directory).filePath(name));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        qWarning("hangar-sim: cannot record responses into %s", qPrintable(m_file.fileName()));
}

void ContractRecorder::record(
    const QByteArray &method, const QString &route, const HttpResponse &response)
{
    if (!m_file.isOpen())
        return;
    QJsonObject line {{QLatin1String("method"), QString::fromLatin1(method)},
        {QLatin1String("path"), route.isEmpty() ? QJsonValue() : QJsonValue(route)},
        {QLatin1String("status"), response.status},
        {QLatin1String("content_type"), QString::fromLatin1(response.header("content-type"))}};
    if (response.body.isEmpty()) {
        line.insert(QLatin1String("body"), QJsonValue());
    } else {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
        if (error.error == QJsonParseError::NoError) {
            line.insert(QLatin1String("body"),
                document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
        } else {
            line.insert(QLatin1String("body"), QJsonValue());
            line.insert(QLatin1String("raw"), QString::fromUtf8(response.body));
        }
    }
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
}

} // namespace hangar::sim
