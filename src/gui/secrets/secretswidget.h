#pragma once

#include "gui/widgets/listpanel.h"

#include <QPointer>

#include <memory>

class QPushButton;

namespace hangar::api {
class ApiClient;
}

namespace hangar::core {
class Job;
class JobManager;
} // namespace hangar::core

namespace hangar::gui {

class SetSecretDialog;

// An app's secrets: names, digests and when they were created, never values. "Set…" adds a
// secret or replaces the selected one's value, "Unset…" removes the selected ones after asking;
// both run as jobs in the activity dock and the list is read again afterwards.
class SecretsWidget final : public ListPanel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsWidget)

public:
    explicit SecretsWidget(core::JobManager &jobs, QWidget *parent = nullptr);
    ~SecretsWidget() override;

    // Shows this app's secrets, loading them when it is another app (or client) than before.
    void setApp(api::ApiClient *client, const QString &app);
    QString app() const { return m_app; }
    bool isLoading() const { return m_loading; }
    QStringList names() const;
    QStringList selectedNames() const;

public slots:
    void refresh();
    // Opens the dialog (for the selected secret, if one is selected); returns it.
    SetSecretDialog *setSecret();
    // Asks, then unsets the selected secrets in one call.
    void unsetSelected();

signals:
    // Secrets changed; machines see them after their next update (pass `version` as
    // min_secrets_version).
    void secretsChanged(const QString &app, qint64 version);
    // The list was loaded with `count` secrets (for a tab title).
    void countChanged(int count);

private:
    void unset(const QStringList &names);
    // Follows a set or unset job: busy while it runs, then the outcome and a fresh list.
    void follow(core::Job *job, const QString &app, std::shared_ptr<qint64> version);
    void setLoading(bool loading);
    void updateButtons();

    core::JobManager &m_jobs;
    QPointer<api::ApiClient> m_client;
    QString m_app;
    quint64 m_generation = 0;
    bool m_loading = false;
    int m_working = 0;
    QPushButton *m_set;
    QPushButton *m_unset;
};

} // namespace hangar::gui
