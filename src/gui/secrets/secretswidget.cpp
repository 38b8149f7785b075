#include "gui/secrets/secretswidget.h"

#include "api/apiclient.h"
#include "core/jobs/functionjob.h"
#include "core/jobs/jobmanager.h"
#include "gui/panels/panelformat.h"
#include "gui/secrets/setsecretdialog.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

namespace hangar::gui {

namespace {

enum Column { NameColumn, DigestColumn, CreatedColumn };

} // namespace

SecretsWidget::SecretsWidget(core::JobManager &jobs, QWidget *parent)
    : ListPanel({tr("Name"), tr("Digest"), tr("Created")}, parent)
    , m_jobs(jobs)
    , m_set(addButton(tr("&Set…"), QStringLiteral("setSecretButton"),
          tr("Add a secret, or replace the value of the selected one")))
    , m_unset(addButton(tr("&Unset…"), QStringLiteral("unsetSecretButton"),
          tr("Remove the selected secrets from the app (asks first)")))
{
    setObjectName(QStringLiteral("secretsWidget"));
    list()->setObjectName(QStringLiteral("secretList"));
    list()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list()->headerItem()->setToolTip(
        DigestColumn, tr("A fingerprint of the value: it changes when the value does."));
    messageLabel()->setObjectName(QStringLiteral("secretsMessage"));
    refreshButton()->setObjectName(QStringLiteral("refreshSecretsButton"));

    auto *unsetAction = new QAction(tr("&Unset…"), list());
    unsetAction->setShortcut(QKeySequence::Delete);
    unsetAction->setShortcutContext(Qt::WidgetShortcut);
    list()->addAction(unsetAction);
    connect(unsetAction, &QAction::triggered, this, &SecretsWidget::unsetSelected);

    connect(m_set, &QPushButton::clicked, this, &SecretsWidget::setSecret);
    connect(m_unset, &QPushButton::clicked, this, &SecretsWidget::unsetSelected);
    connect(refreshButton(), &QPushButton::clicked, this, &SecretsWidget::refresh);
    connect(list(), &QTreeWidget::itemSelectionChanged, this, &SecretsWidget::updateButtons);
    connect(list(), &QTreeWidget::itemActivated, this, &SecretsWidget::setSecret);
    updateButtons();
}

SecretsWidget::~SecretsWidget() = default;

void SecretsWidget::setApp(api::ApiClient *client, const QString &app)
{
    const bool same = client == m_client && app == m_app;
    m_client = client;
    m_app = app;
    if (!same)
        refresh();
    updateButtons();
}

QStringList SecretsWidget::names() const
{
    QStringList all;
    for (int row = 0; row < list()->topLevelItemCount(); ++row)
        all.append(list()->topLevelItem(row)->data(NameColumn, Qt::UserRole).toString());
    return all;
}

QStringList SecretsWidget::selectedNames() const
{
    QStringList selected;
    for (const QTreeWidgetItem *item : list()->selectedItems())
        selected.append(item->data(NameColumn, Qt::UserRole).toString());
    selected.sort();
    return selected;
}

void SecretsWidget::refresh()
{
    const quint64 generation = ++m_generation;
    list()->clear();
    if (!m_client || m_app.isEmpty()) {
        setLoading(false);
        showMessage({});
        return;
    }
    setLoading(true);
    showMessage(tr("Loading secrets…"), false);
    m_client->listSecrets(m_app).then(
        this, [this, generation](const api::Result<QList<api::Secret>> &result) {
            if (generation != m_generation)
                return;
            setLoading(false);
            if (!result.ok()) {
                showMessage(
                    tr("The secrets could not be loaded: %1").arg(result.error().message()), true);
                return;
            }
            for (const api::Secret &secret : result.value()) {
                // Only what identifies a secret; a value the API might send is never shown.
                auto *item = new QTreeWidgetItem(list(),
                    {secret.name(), secret.digest().isEmpty() ? placeholder() : secret.digest(),
                        formatDateTime(secret.createdAt())});
                item->setData(NameColumn, Qt::UserRole, secret.name());
            }
            list()->sortItems(NameColumn, Qt::AscendingOrder);
            const int count = int(result->size());
            showMessage(count == 0 ? tr("No secrets yet. “Set…” adds one.") : QString(), false);
            updateButtons();
            emit countChanged(count);
        });
}

SetSecretDialog *SecretsWidget::setSecret()
{
    if (!m_client || m_app.isEmpty())
        return nullptr;
    auto *dialog = new SetSecretDialog(m_app, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExistingNames(names());
    const QStringList selected = selectedNames();
    if (selected.size() == 1)
        dialog->setName(selected.first());
    const QPointer<api::ApiClient> client = m_client;
    const QString app = m_app;
    connect(dialog, &JobDialog::submitted, this, [this, dialog, client, app] {
        const QString name = dialog->name();
        // Held only until the request is built; the job keeps no copy.
        auto value = std::make_shared<QString>(dialog->value());
        auto version = std::make_shared<qint64>(0);
        auto *job = new core::FunctionJob(tr("Set secret %1 in %2").arg(name, app),
            [client, app, name, value, version](core::FunctionJob &self) {
                if (!client) {
                    self.failed(api::ApiError::invalidRequest(tr("The account was removed.")));
                    return;
                }
                const auto call = client->setSecret(app, name, *value);
                value->clear();
                call.then(&self, [&self, name, version](const api::Result<qint64> &result) {
                    if (!result.ok()) {
                        self.failed(result.error());
                        return;
                    }
                    *version = result.value();
                    self.done(
                        tr("%1 is set; machines get it when they are next updated").arg(name));
                });
            });
        follow(job, app, version);
        dialog->run(job, m_jobs);
    });
    dialog->open();
    return dialog;
}

void SecretsWidget::unsetSelected()
{
    const QStringList selected = selectedNames();
    if (selected.isEmpty() || !m_client)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning,
        tr("Unset %n Secret(s)", nullptr, int(selected.size())),
        tr("Unset %1 in %2? Machines keep the old value until they are next updated; then it is "
           "gone and cannot be recovered.")
            .arg(selected.join(QStringLiteral(", ")), m_app),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsetConfirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *confirm = box->addButton(tr("&Unset"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmUnsetButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QPushButton::clicked, this, [this, selected] { unset(selected); });
    box->open();
}

void SecretsWidget::unset(const QStringList &names)
{
    const QPointer<api::ApiClient> client = m_client;
    const QString app = m_app;
    auto version = std::make_shared<qint64>(0);
    const QString title = names.size() == 1
        ? tr("Unset secret %1 in %2").arg(names.first(), app)
        : tr("Unset %n secret(s) in %1", nullptr, int(names.size())).arg(app);
    auto *job =
        new core::FunctionJob(title, [client, app, names, version](core::FunctionJob &self) {
            if (!client) {
                self.failed(api::ApiError::invalidRequest(tr("The account was removed.")));
                return;
            }
            QMap<QString, std::optional<QString>> changes;
            for (const QString &name : names)
                changes.insert(name, std::nullopt);
            const auto call = names.size() == 1 ? client->deleteSecret(app, names.first())
                                                : client->setSecrets(app, changes);
            call.then(&self, [&self, names, version](const api::Result<qint64> &result) {
                if (!result.ok()) {
                    self.failed(result.error());
                    return;
                }
                *version = result.value();
                self.done(tr("%n secret(s) unset", nullptr, int(names.size())));
            });
        });
    follow(job, app, version);
    m_jobs.add(job);
}

void SecretsWidget::follow(core::Job *job, const QString &app, std::shared_ptr<qint64> version)
{
    ++m_working;
    updateButtons();
    connect(job, &core::Job::finished, this, [this, job, app, version] {
        --m_working;
        updateButtons();
        const bool succeeded = job->state() == core::Job::State::Succeeded;
        if (succeeded)
            emit secretsChanged(app, *version);
        if (app != m_app)
            return;
        if (succeeded)
            refresh();
        else
            showMessage(job->errorMessage(), true);
    });
}

void SecretsWidget::setLoading(bool loading)
{
    m_loading = loading;
    updateButtons();
}

void SecretsWidget::updateButtons()
{
    const bool usable = m_client && !m_app.isEmpty();
    setBusy(m_loading || m_working > 0);
    m_set->setEnabled(usable);
    m_unset->setEnabled(usable && !list()->selectedItems().isEmpty());
    refreshButton()->setEnabled(usable && !m_loading);
}

} // namespace hangar::gui
