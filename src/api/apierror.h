#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace hangar::api {

// Everything that can go wrong with one API call, with a sentence a person understands.
// Kept as a value; a default-constructed ApiError means "no error".
class ApiError final {
    Q_DECLARE_TR_FUNCTIONS(hangar::api::ApiError)

public:
    enum class Kind {
        None,
        Network, // no connection: refused, reset, DNS, proxy...
        Timeout, // no answer in time
        Tls, // the certificate or the secure handshake failed
        Http, // the server answered with an error status
        MalformedResponse, // a 2xx answer Hangar could not read
        InvalidRequest, // refused before sending (e.g. plain http to a remote host)
        Cancelled,
    };
    // What the server's answer means, beyond the status code.
    enum class Reason {
        Unspecified,
        TokenRejected,
        Forbidden,
        NotFound,
        LeaseHeld,
        VersionConflict,
        VolumeInUse,
        StaleVersion,
        NameTaken,
        InsufficientCapacity,
        RateLimited,
        WaitTimedOut,
        PayloadTooLarge,
    };

    ApiError() = default;

    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &requestId);
    static ApiError network(int networkError, const QString &detail, const QString &host);
    static ApiError timeout(const QString &host);
    // A composite operation waited its whole deadline for the machine to settle.
    static ApiError settleTimeout();
    static ApiError tls(const QString &detail);
    static ApiError malformed(const QString &detail, int status, const QByteArray &requestId);
    static ApiError invalidRequest(const QString &detail);
    static ApiError cancelled();

    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    Kind kind() const { return m_kind; }
    Reason reason() const { return m_reason; }
    int httpStatus() const { return m_httpStatus; }
    // The server's own words (`error` or `message`), or the raw text of a non-JSON answer.
    QString serverMessage() const { return m_serverMessage; }
    // The server's machine-readable code (`status` or `code` field), e.g. "name_taken".
    QString serverCode() const { return m_serverCode; }
    // `fly-request-id`: what Fly's support asks for.
    QByteArray requestId() const { return m_requestId; }
    int networkError() const { return m_networkError; }

    // A translated sentence for dialogs and the activity dock.
    QString message() const;
    // Status, server text and request id on separate lines, for "details" and bug reports.
    QString details() const;
    // Whether trying again later might work (platform errors, limits, timeouts, the network).
    bool isTransient() const;

private:
    Kind m_kind = Kind::None;
    Reason m_reason = Reason::Unspecified;
    int m_httpStatus = 0;
    int m_networkError = 0;
    QString m_serverMessage;
    QString m_serverCode;
    QString m_detail;
    QString m_host;
    QByteArray m_requestId;
};

} // namespace hangar::api

Q_DECLARE_METATYPE(hangar::api::ApiError)
