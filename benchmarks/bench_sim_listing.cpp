// Measures how fast the simulator serves a large fleet: every app's machines listed with
// pagination over loopback HTTP, as a client's first full refresh would. Prints one JSON object.
#include "sim/server/simserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <cstdio>

namespace {

struct Fetched {
    QByteArray body;
    QByteArray nextCursor;
    int status = 0;
};

Fetched fetch(QNetworkAccessManager &network, const QUrl &url, const QString &token)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Fetched result {reply->readAll(), reply->rawHeader("fly-next-cursor"),
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()};
    reply->deleteLater();
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int machines = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;

    hangar::sim::SimOptions options;
    options.seed = QStringLiteral("scale:%1").arg(machines);
    options.rateLimit = false;
    options.randomSeed = 7;
    QElapsedTimer seedTimer;
    seedTimer.start();
    hangar::sim::SimServer server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "bench_sim_listing: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 seedMs = seedTimer.elapsed();

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    const QUrl base = server.baseUrl();
    QElapsedTimer timer;
    timer.start();
    QUrl appsUrl = base;
    appsUrl.setPath(base.path() + QStringLiteral("/apps"));
    int listed = 0;
    int requests = 0;
    qint64 bytes = 0;
    for (const QString &org : {QStringLiteral("personal"), QStringLiteral("acme-corp")}) {
        appsUrl.setQuery(QStringLiteral("org_slug=") + org);
        const Fetched apps = fetch(network, appsUrl, server.token());
        ++requests;
        const QJsonArray appList =
            QJsonDocument::fromJson(apps.body).object().value(QLatin1String("apps")).toArray();
        for (const QJsonValue &appValue : appList) {
            const QString name = appValue.toObject().value(QLatin1String("name")).toString();
            QByteArray cursor;
            do {
                QUrl url = base;
                url.setPath(base.path() + QStringLiteral("/apps/%1/machines").arg(name));
                QUrlQuery query;
                query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
                if (!cursor.isEmpty())
                    query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(cursor));
                url.setQuery(query);
                const Fetched page = fetch(network, url, server.token());
                ++requests;
                bytes += page.body.size();
                listed += int(QJsonDocument::fromJson(page.body).array().size());
                cursor = page.nextCursor;
            } while (!cursor.isEmpty());
        }
    }
    const qint64 listMs = timer.elapsed();
    const QJsonObject report {
        {QLatin1String("benchmark"), QStringLiteral("sim_listing")},
        {QLatin1String("machines_seeded"), machines},
        {QLatin1String("machines_listed"), listed},
        {QLatin1String("requests"), requests},
        {QLatin1String("bytes"), bytes},
        {QLatin1String("seed_ms"), seedMs},
        {QLatin1String("list_ms"), listMs},
        {QLatin1String("machines_per_second"), listMs > 0 ? listed * 1000.0 / listMs : 0.0},
    };
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    server.stop();
    return listed >= machines ? 0 : 1;
}
