#pragma once

#include "api/apierror.h"
#include "api/apijob.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <utility>

namespace hangar::api {

// The outcome of a call: a value or an error, never both.
template<typename T>
class Result final {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    } // NOLINT(google-explicit-constructor)
    Result(ApiError error)
        : m_error(std::move(error))
    {
    } // NOLINT(google-explicit-constructor)

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

// For calls whose answer carries nothing worth keeping (204, {"ok":true}).
struct Done { };

// Turns a finished job's JSON into T; returns nullopt (and says why) when the shape is wrong.
template<typename T>
using JsonParser = std::function<std::optional<T>(const QJsonValue &, QString *problem)>;

// A typed handle on an ApiJob: cancel it, or ask for a callback with the typed result. The
// callback is tied to a context object, so a dialog that is gone never hears a late answer.
template<typename T>
class Call final {
public:
    Call(ApiJob *job, JsonParser<T> parse)
        : m_job(job)
        , m_parse(std::move(parse))
    {
    }

    ApiJob *job() const { return m_job; }
    void cancel() const
    {
        if (m_job)
            m_job->cancel();
    }

    template<typename Callback>
    const Call &then(const QObject *context, Callback callback) const
    {
        if (!m_job)
            return *this;
        ApiJob *job = m_job;
        JsonParser<T> parse = m_parse;
        QObject::connect(job, &ApiJob::finished, context,
            [job, parse, callback = std::move(callback)]() mutable {
                callback(resultOf(*job, parse));
            });
        return *this;
    }

    static Result<T> resultOf(const ApiJob &job, const JsonParser<T> &parse)
    {
        if (job.error().isError())
            return job.error();
        QString problem;
        std::optional<T> value = parse(job.json(), &problem);
        if (!value)
            return ApiError::malformed(problem, job.httpStatus(), job.requestId());
        return std::move(*value);
    }

private:
    QPointer<ApiJob> m_job;
    JsonParser<T> m_parse;
};

} // namespace hangar::api
