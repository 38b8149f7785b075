#include "sim/server/simoptions.h"

#include <QCommandLineParser>

namespace hangar::sim {

namespace {

const char kDescription[] =
    R"(A local simulator of the Fly.io Machines API (https://api.machines.dev/v1).

It serves the Machines API under /v1 on a loopback address, with the real JSON shapes,
status codes and headers, simulated machine and volume state machines, leases, waits,
exec against a virtual file system, and optional faults. Authenticate with
"Authorization: Bearer <token>" (FlyV1 and doubled schemes work too).

Example:
  hangar-sim --seed demo --listen 127.0.0.1:4280 --token t
  curl -H 'Authorization: Bearer t' '127.0.0.1:4280/v1/apps?org_slug=personal')";

bool parseListen(const QString &text, SimOptions &options, QString *error)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    QString host = colon >= 0 ? text.left(colon) : text;
    const QString portText = colon >= 0 ? text.mid(colon + 1) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host)) {
        *error =
            QStringLiteral("--listen: \"%1\" is not an IP address; use 127.0.0.1:PORT").arg(host);
        return false;
    }
    if (!isLoopbackAddress(address)) {
        *error = QStringLiteral("--listen: refusing to listen on %1. The simulator accepts a "
                                "loopback address only (127.0.0.1 or ::1), so nothing outside "
                                "this computer can reach it.")
                     .arg(host);
        return false;
    }
    bool ok = true;
    const int port = portText.isEmpty() ? 0 : portText.toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        *error = QStringLiteral("--listen: \"%1\" is not a port number").arg(portText);
        return false;
    }
    options.address = address;
    options.port = quint16(port);
    return true;
}

} // namespace

bool isLoopbackAddress(const QHostAddress &address)
{
    return address.isLoopback();
}

bool isValidSeed(const QString &seed, QString *error)
{
    if (seed == QLatin1String("demo") || seed == QLatin1String("empty"))
        return true;
    if (seed.startsWith(QLatin1String("scale:"))) {
        bool ok = false;
        const int count = seed.mid(6).toInt(&ok);
        if (ok && count > 0 && count <= 200000)
            return true;
    }
    *error = QStringLiteral("--seed: use demo, empty or scale:N (N from 1 to 200000), not \"%1\"")
                 .arg(seed);
    return false;
}

SimOptionsParse parseSimOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(kDescription));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption version(
        QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Loopback address and port to serve on "
                       "(default 127.0.0.1 with any free port)."),
        QStringLiteral("ADDRESS:PORT"));
    const QCommandLineOption token(QStringLiteral("token"),
        QStringLiteral("The API token clients must send. Without it a "
                       "random token is generated and printed once."),
        QStringLiteral("TOKEN"));
    const QCommandLineOption state(QStringLiteral("state"),
        QStringLiteral("Keep the world in FILE: restored at start, saved "
                       "atomically after every change."),
        QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("The world to start with when there is no state "
                       "file: demo (several apps in many regions), empty, "
                       "or scale:N (N machines over 50 apps, for "
                       "benchmarks). Default demo."),
        QStringLiteral("SEED"), QStringLiteral("demo"));
    const QCommandLineOption speed(QStringLiteral("speed"),
        QStringLiteral("Factor for every state transition time: 1 is "
                       "about Fly's pace (a machine starts in about a "
                       "second), 0.1 ten times faster, 0 instant. "
                       "Default 1."),
        QStringLiteral("F"), QStringLiteral("1"));
    const QCommandLineOption noRateLimit(QStringLiteral("no-rate-limit"),
        QStringLiteral("Do not enforce Fly's per-action rate "
                       "limits (429)."));
    const QCommandLineOption latency(QStringLiteral("latency"),
        QStringLiteral("Delay every answer by MS milliseconds."), QStringLiteral("MS"),
        QStringLiteral("0"));
    const QCommandLineOption shuffle(QStringLiteral("shuffle"),
        QStringLiteral("Hold each request up to MS milliseconds (at random) before handling it, "
                       "so requests in flight together are carried out in any order."),
        QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
        QStringLiteral("Answer a share P (0 to 1) of requests with a "
                       "5xx, a 429 or a dropped connection."),
        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption stallRate(QStringLiteral("stall-rate"),
        QStringLiteral("Never answer a share P (0 to 1) of "
                       "requests."),
        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption lostAnswerRate(QStringLiteral("lost-answer-rate"),
        QStringLiteral("Carry out a share P (0 to 1) of requests but drop the connection "
                       "instead of answering them."),
        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption maxBody(QStringLiteral("max-body"),
        QStringLiteral("Largest accepted request body; larger ones get "
                       "413. Default 10485760 (10 MiB)."),
        QStringLiteral("BYTES"), QStringLiteral("10485760"));
    const QCommandLineOption log(
        QStringLiteral("log"), QStringLiteral("Print one line per request (tokens redacted)."));
    const QCommandLineOption randomSeed(QStringLiteral("random-seed"),
        QStringLiteral("Seed for IDs and the demo fleet, for a "
                       "reproducible world."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({help, version, listen, token, state, seed, speed, noRateLimit, latency,
        shuffle, failRate, stallRate, lostAnswerRate, maxBody, log, randomSeed});

    SimOptionsParse result;
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.output = QStringLiteral("hangar-sim %1\n").arg(QStringLiteral(HANGAR_VERSION));
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error =
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first());
        return result;
    }

    SimOptions options;
    if (parser.isSet(listen) && !parseListen(parser.value(listen), options, &result.error))
        return result;
    options.token = parser.value(token);
    if (parser.isSet(token) && options.token.trimmed().isEmpty()) {
        result.error = QStringLiteral("--token cannot be empty");
        return result;
    }
    options.stateFile = parser.value(state);
    options.seed = parser.value(seed);
    if (!isValidSeed(options.seed, &result.error))
        return result;

    bool ok = true;
    auto number = [&](const QCommandLineOption &option, double lowest, double highest) {
        bool valid = false;
        const double value = parser.value(option).toDouble(&valid);
        if (!valid || value < lowest || value > highest) {
            ok = false;
            result.error = QStringLiteral("--%1: \"%2\" must be a number from %3 to %4")
                               .arg(option.names().first(), parser.value(option),
                                   QString::number(lowest), QString::number(highest));
        }
        return value;
    };
    options.speed = number(speed, 0, 100);
    if (ok)
        options.faults.latencyMs = int(number(latency, 0, 600000));
    if (ok)
        options.faults.handlingJitterMs = int(number(shuffle, 0, 600000));
    if (ok)
        options.faults.failRate = number(failRate, 0, 1);
    if (ok)
        options.faults.stallRate = number(stallRate, 0, 1);
    if (ok)
        options.faults.lostAnswerRate = number(lostAnswerRate, 0, 1);
    if (ok)
        options.maxBodyBytes = qint64(number(maxBody, 1024, 4.0 * 1024 * 1024 * 1024));
    if (ok)
        options.randomSeed = quint32(number(randomSeed, 0, 4294967295.0));
    if (!ok)
        return result;
    options.rateLimit = !parser.isSet(noRateLimit);
    options.log = parser.isSet(log);
    result.options = options;
    return result;
}

} // namespace hangar::sim
