// ApiTransport's record of one request, shared by the files that implement the transport.
#pragma once

#include "api/apijob.h"
#include "api/apitransport.h"

#include <QNetworkReply>
#include <QPointer>

namespace hangar::api {

struct ApiTransport::Entry {
    QPointer<ApiJob> job;
    ApiRequest request;
    int attempt = 0;
    qint64 notBeforeMs = 0;
    QPointer<QNetworkReply> reply;
    QByteArray cursor; // next page to fetch
    QJsonArray items; // items of the pages fetched so far
    QJsonObject firstPage; // body-cursor lists: the first page's object
    QString tlsProblem;
    bool aborting = false;
    bool parsing = false; // the answer is being parsed on a worker thread

    bool isBusy() const { return reply || parsing; }
};

} // namespace hangar::api
