#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace hangar::gui {

// The status bar's permanent part: which account kind this is (a "Sandbox" marker), whether
// the last refresh worked, when it was, and how many requests are in flight.
class StatusIndicators final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusIndicators)

public:
    explicit StatusIndicators(QWidget *parent = nullptr);
    ~StatusIndicators() override;

    void setSandbox(bool sandbox);
    void setConnection(bool ok, const QString &problem);
    void setLastRefresh(const QDateTime &when);
    void setRefreshing(bool refreshing);
    void setRequests(int inFlight, int queued);

private:
    QLabel *m_sandbox;
    QLabel *m_connection;
    QLabel *m_lastRefresh;
    QLabel *m_requests;
    bool m_refreshing = false;
    QDateTime m_lastRefreshTime;
};

} // namespace hangar::gui
