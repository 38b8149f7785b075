#pragma once

#include <QMessageLogContext>
#include <QStringList>

#include <mutex>

namespace hangar::tests {

// Every message logged while it lives, with its category ("hangar.api.wire: --> GET ...").
class LogCapture final {
public:
    LogCapture()
    {
        lines().clear();
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QString text() const
    {
        std::lock_guard<std::mutex> lock(mutex());
        return lines().join(QLatin1Char('\n'));
    }

private:
    static QStringList &lines()
    {
        static QStringList captured;
        return captured;
    }
    static std::mutex &mutex()
    {
        static std::mutex guard;
        return guard;
    }
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        std::lock_guard<std::mutex> lock(mutex());
        lines().append(QString::fromLatin1(context.category ? context.category : "default")
            + QStringLiteral(": ") + message);
    }

    QtMessageHandler m_previous = nullptr;
};

} // namespace hangar::tests
