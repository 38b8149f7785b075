#include "gui/accounts/accountsdialog.h"

#include "core/accounts/accountmanager.h"
#include "gui/accounts/accountdialog.h"
#include "gui/accounts/colourchoices.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace hangar::gui {

namespace {

constexpr int kIdRole = Qt::UserRole;

QString tokenText(core::TokenState state)
{
    switch (state) {
    case core::TokenState::Saved:
        return AccountsDialog::tr("token in the keychain");
    case core::TokenState::SessionOnly:
        return AccountsDialog::tr("token in memory until Hangar quits");
    case core::TokenState::Missing:
        return AccountsDialog::tr("no token saved");
    case core::TokenState::Unavailable:
        return AccountsDialog::tr("keychain not available");
    case core::TokenState::Unknown:
        break;
    }
    return AccountsDialog::tr("token not read yet");
}

} // namespace

AccountsDialog::AccountsDialog(
    core::AccountManager &accounts, QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_network(network)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    resize(560, 380);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setIconSize(QSize(20, 20));
    m_list->setSpacing(2);
    m_list->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addAccountButton"));
    m_edit->setObjectName(QStringLiteral("editAccountButton"));
    m_remove->setObjectName(QStringLiteral("removeAccountButton"));
    auto *intro = new QLabel(
        tr("Fly.io accounts Hangar shows side by side. Tokens stay in the system keychain."), this);
    intro->setObjectName(QStringLiteral("accountsIntro"));
    intro->setWordWrap(true);
    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_remove);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("accountsButtons"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_edit, &QPushButton::clicked, this, [this] { editAccount(currentId()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeAccount(currentId()); });
    connect(m_list, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { editAccount(item->data(kIdRole).toString()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_accounts, &core::AccountManager::profilesChanged, this, &AccountsDialog::reload);
    reload();
}

AccountsDialog::~AccountsDialog() = default;

QString AccountsDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

void AccountsDialog::reload()
{
    const QString current = currentId();
    m_list->clear();
    for (const core::AccountProfile &profile : m_accounts.profiles()) {
        const QString orgs = profile.orgSlugs.isEmpty()
            ? tr("all organizations")
            : profile.orgSlugs.join(QStringLiteral(", "));
        const QString title =
            profile.production ? tr("%1 — production").arg(profile.name) : profile.name;
        const QString details =
            tr("%1 · %2 · %3")
                .arg(profile.apiUrl.host(), orgs, tokenText(m_accounts.tokenState(profile.id)));
        auto *item = new QListWidgetItem(
            colourSwatch(QColor(profile.colour), 20), title + QLatin1Char('\n') + details, m_list);
        item->setData(kIdRole, profile.id);
        item->setToolTip(m_accounts.tokenProblem(profile.id));
        if (profile.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void AccountsDialog::updateButtons()
{
    const bool selected = !currentId().isEmpty();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void AccountsDialog::addAccount()
{
    auto *dialog = new AccountDialog(m_accounts, m_network, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccountsDialog::editAccount(const QString &id)
{
    const auto profile = m_accounts.profile(id);
    if (!profile)
        return;
    auto *dialog = new AccountDialog(m_accounts, m_network, *profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccountsDialog::removeAccount(const QString &id)
{
    const auto profile = m_accounts.profile(id);
    if (!profile)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove account"),
        tr("Remove “%1” from Hangar?").arg(profile->name), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeAccountBox"));
    box->setInformativeText(tr("Its token is deleted from the system keychain. Nothing changes on "
                               "Fly.io: its apps, machines and volumes stay as they are."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            m_accounts.removeProfile(id);
    });
    box->open();
}

} // namespace hangar::gui
