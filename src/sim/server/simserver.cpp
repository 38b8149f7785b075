#include "sim/server/simserver.h"

#include "sim/api/apphandlers.h"
#include "sim/api/exechandler.h"
#include "sim/api/leasehandlers.h"
#include "sim/api/machineactionhandlers.h"
#include "sim/api/machinehandlers.h"
#include "sim/api/metadatahandlers.h"
#include "sim/api/platformhandlers.h"
#include "sim/api/router.h"
#include "sim/api/secrethandlers.h"
#include "sim/api/simcontext.h"
#include "sim/api/volumehandlers.h"
#include "sim/api/waithandler.h"
#include "sim/api/waitregistry.h"
#include "sim/http/httpserver.h"
#include "sim/server/contractrecorder.h"
#include "sim/server/faultinjector.h"
#include "sim/server/ratelimiter.h"
#include "sim/server/ratelimitpolicy.h"
#include "sim/server/tokencheck.h"
#include "sim/state/seeds.h"
#include "sim/state/statestore.h"
#include "sim/world/machinelifecycle.h"
#include "sim/world/simclock.h"
#include "sim/world/simworld.h"
#include "sim/world/volumelifecycle.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>

namespace hangar::sim {

Q_LOGGING_CATEGORY(lcSim, "hangar.sim")

class SimServer::Private {
public:
    Private(SimServer *q, const SimOptions &options, const SimClock *clock);

    void handle(HttpRequest request, const HttpResponder &responder);
    void finish(const HttpRequest &request, const QString &route, const HttpResponder &responder,
        const QByteArray &requestId, qint64 startedMs, HttpResponse response);
    void logLine(const HttpRequest &request, int status, qint64 elapsedMs) const;

    SimServer *q;
    SimOptions options;
    std::unique_ptr<SystemClock> ownClock;
    const SimClock &clock;
    SimWorld world;
    MachineLifecycle machines;
    VolumeLifecycle volumes;
    WaitRegistry waits;
    SimContext context;
    Router router;
    AppHandlers apps;
    SecretHandlers secrets;
    MachineHandlers machineHandlers;
    MachineActionHandlers actions;
    WaitHandler waitHandler;
    LeaseHandlers leases;
    MetadataHandlers metadata;
    ExecHandler exec;
    VolumeHandlers volumeHandlers;
    PlatformHandlers platform;
    FaultInjector faults;
    RateLimiter rateLimiter;
    ContractRecorder recorder;
    StateStore stateStore;
    HttpServer *http = nullptr;
    QString token;
    bool tokenGenerated = false;
    QElapsedTimer uptime;
};

namespace {

quint32 chooseSeed(quint32 requested)
{
    return requested != 0 ? requested : QRandomGenerator::system()->generate();
}

const SimClock &chooseClock(const SimClock *given, std::unique_ptr<SystemClock> &own)
{
    if (given)
        return *given;
    own = std::make_unique<SystemClock>();
    return *own;
}

} // namespace

SimServer::Private::Private(
    SimServer *server, const SimOptions &simOptions, const SimClock *givenClock)
    : q(server)
    , options(simOptions)
    , clock(chooseClock(givenClock, ownClock))
    , world(clock, chooseSeed(simOptions.randomSeed))
    , machines(world)
    , volumes(world)
    , waits(world)
    , context {world, machines, volumes, waits}
    , apps(context)
    , secrets(context)
    , machineHandlers(context)
    , actions(context)
    , waitHandler(context)
    , leases(context)
    , metadata(context)
    , exec(context)
    , volumeHandlers(context)
    , platform(context)
    , faults(chooseSeed(simOptions.randomSeed) ^ 0x5eedu)
    , rateLimiter(clock)
    , recorder(simOptions.contractDirectory)
    , stateStore(world, simOptions.stateFile)
{
    world.setSpeed(options.speed);
    faults.setSettings(options.faults);
    rateLimiter.setEnabled(options.rateLimit);
    apps.registerRoutes(router);
    secrets.registerRoutes(router);
    machineHandlers.registerRoutes(router);
    actions.registerRoutes(router);
    waitHandler.registerRoutes(router);
    leases.registerRoutes(router);
    metadata.registerRoutes(router);
    exec.registerRoutes(router);
    volumeHandlers.registerRoutes(router);
    platform.registerRoutes(router);
    token = options.token;
    if (token.isEmpty()) {
        token = generateToken();
        tokenGenerated = true;
    }
    uptime.start();
}

void SimServer::Private::handle(HttpRequest request, const HttpResponder &responder)
{
    const qint64 startedMs = uptime.elapsed();
    const QByteArray requestId = world.ids().requestId().toLatin1();

    const Router::Match match = router.match(request.method, request.path);
    if (!match.pathKnown) {
        // Like the live API's Go router: plain text for a path it does not know.
        finish(request, {}, responder, requestId, startedMs,
            HttpResponse::text(404, "404 page not found\n"));
        return;
    }
    const FaultInjector::Fault fault = faults.decide();
    switch (fault) {
    case FaultInjector::Fault::AnswerLost:
        // Dropped now, carried out below: whatever the handler answers goes nowhere.
        responder.resetConnection();
        break;
    case FaultInjector::Fault::Stall:
        logLine(request, 0, 0);
        return; // never answered; the client's timeout has to cope
    case FaultInjector::Fault::ConnectionReset:
        logLine(request, -1, 0);
        responder.resetConnection();
        return;
    case FaultInjector::Fault::ServerError:
        finish(request, match.route, responder, requestId, startedMs,
            HttpResponse::json(503,
                QJsonObject {{QLatin1String("error"),
                    QStringLiteral("simulated platform error: "
                                   "service unavailable, try "
                                   "again")}}));
        return;
    case FaultInjector::Fault::RateLimited: {
        HttpResponse limited = HttpResponse::json(
            429, QJsonObject {{QLatin1String("error"), QStringLiteral("rate limit exceeded")}});
        limited.setHeader("Retry-After", "1");
        finish(request, match.route, responder, requestId, startedMs, limited);
        return;
    }
    case FaultInjector::Fault::None:
        break;
    }

    if (!match.handler) {
        HttpResponse response = HttpResponse::json(405,
            QJsonObject {{QLatin1String("error"),
                QStringLiteral("method %1 is not allowed here; use %2")
                    .arg(QString::fromLatin1(request.method),
                        match.allowedMethods.join(QStringLiteral(", ")))}});
        response.setHeader("Allow", match.allowedMethods.join(QStringLiteral(", ")).toLatin1());
        finish(request, match.route, responder, requestId, startedMs, response);
        return;
    }
    if (!authorizationMatches(request.header("authorization"), token)) {
        finish(request, match.route, responder, requestId, startedMs,
            HttpResponse::json(401,
                QJsonObject {{QLatin1String("error"),
                    QStringLiteral("Authenticate: token "
                                   "validation error")}}));
        return;
    }
    const RateLimitRule rule = rateLimitRuleFor(request.method, match.route, match.params);
    if (const int retryAfter = rateLimiter.take(rule.bucket, rule.perSecond, rule.burst)) {
        HttpResponse limited = HttpResponse::json(429,
            QJsonObject {{QLatin1String("error"),
                QStringLiteral("rate limit exceeded for this action; retry in %1 s")
                    .arg(retryAfter)}});
        limited.setHeader("Retry-After", QByteArray::number(retryAfter));
        finish(request, match.route, responder, requestId, startedMs, limited);
        return;
    }
    const QString route = match.route;
    // The answer is logged without the body, which the handler may take for its own.
    HttpRequest withoutBody = request;
    withoutBody.body = QByteArray();
    ApiCall call(std::move(request), route, match.params,
        [this, withoutBody, route, responder, requestId, startedMs](HttpResponse response) {
            finish(withoutBody, route, responder, requestId, startedMs, std::move(response));
        });
    if (const int hold = faults.handlingDelayMs(); hold > 0) {
        QTimer::singleShot(hold, q, [handler = match.handler, call] { (*handler)(call); });
        return;
    }
    (*match.handler)(call);
}

void SimServer::Private::finish(const HttpRequest &request, const QString &route,
    const HttpResponder &responder, const QByteArray &requestId, qint64 startedMs,
    HttpResponse response)
{
    response.setHeader("fly-request-id", requestId);
    response.setHeader("Server", "hangar-sim/" HANGAR_VERSION);
    recorder.record(request.method, route, response);
    emit q->requestHandled(request.method, route, response.status);
    const int latency = faults.latencyMs();
    auto send = [this, request, responder, response, startedMs] {
        // Answered already: the connection was dropped on purpose (a lost answer).
        const int status = responder.isAnswered() ? -1 : response.status;
        logLine(request, status, uptime.elapsed() - startedMs);
        responder.respond(response);
    };
    if (latency > 0)
        QTimer::singleShot(latency, q, send);
    else
        send();
}

void SimServer::Private::logLine(const HttpRequest &request, int status, qint64 elapsedMs) const
{
    if (!options.log)
        return;
    QString outcome = QString::number(status);
    if (status == 0)
        outcome = QStringLiteral("(stalled)");
    else if (status < 0)
        outcome = QStringLiteral("(connection reset)");
    // The query never holds credentials and the Authorization header is never printed.
    const QString target = request.query.isEmpty()
        ? request.path
        : request.path + QLatin1Char('?') + request.query.toString(QUrl::FullyEncoded);
    std::fprintf(stderr, "%s %s %s -> %s %lldms\n",
        qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)),
        request.method.constData(), qPrintable(target), qPrintable(outcome),
        static_cast<long long>(elapsedMs));
}

SimServer::SimServer(const SimOptions &options, const SimClock *clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, options, clock))
{
}

SimServer::~SimServer()
{
    stop();
}

bool SimServer::start(QString *error)
{
    if (!d->stateStore.loadOrSeed(d->options.seed, error))
        return false;
    d->http = new HttpServer(
        [this](HttpRequest request, const HttpResponder &responder) {
            d->handle(std::move(request), responder);
        },
        this);
    d->http->setLimits(HttpLimits {d->options.maxBodyBytes, 64 * 1024});
    if (!d->http->listen(d->options.address, d->options.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(d->options.address.toString())
                     .arg(d->options.port)
                     .arg(d->http->errorString());
        delete d->http;
        d->http = nullptr;
        return false;
    }
    return true;
}

void SimServer::stop()
{
    if (d->http) {
        d->http->close();
        delete d->http;
        d->http = nullptr;
    }
    QString ignored;
    d->stateStore.saveNow(&ignored);
}

quint16 SimServer::port() const
{
    return d->http ? d->http->port() : 0;
}

QUrl SimServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->options.address.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/v1"));
    return url;
}

QString SimServer::token() const
{
    return d->token;
}

bool SimServer::tokenWasGenerated() const
{
    return d->tokenGenerated;
}

SimWorld &SimServer::world()
{
    return d->world;
}

void SimServer::setFaults(const FaultSettings &faults)
{
    d->faults.setSettings(faults);
}

void SimServer::setRateLimitEnabled(bool enabled)
{
    d->rateLimiter.setEnabled(enabled);
}

void SimServer::setSpeed(double speed)
{
    d->world.setSpeed(speed);
}

void SimServer::reseed(const QString &seed)
{
    d->world.clear();
    buildSeed(d->world, seed);
}

bool SimServer::saveState(QString *error)
{
    return d->stateStore.saveNow(error);
}

} // namespace hangar::sim
