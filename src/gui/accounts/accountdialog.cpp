#include "gui/accounts/accountdialog.h"

#include "core/accounts/accountmanager.h"
#include "core/accounts/credentialjob.h"
#include "core/accounts/tokenvalidator.h"
#include "gui/accounts/colourchoices.h"
#include "gui/accounts/orgreachtree.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hangar::gui {

namespace {

QLabel *makeHint(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    return label;
}

} // namespace

AccountDialog::AccountDialog(
    core::AccountManager &accounts, QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_validator(new core::TokenValidator(network, this))
{
    buildUi();
    // A colour no other account wears yet, so side-by-side accounts look different.
    QStringList used;
    for (const core::AccountProfile &profile : accounts.profiles())
        used.append(profile.colour.toLower());
    for (int i = 0; i < m_colour->count(); ++i) {
        if (!used.contains(m_colour->itemData(i).toString().toLower())) {
            m_colour->setCurrentIndex(i);
            break;
        }
    }
    m_orgs->showNote(tr("Check the token to see what it reaches."));
}

AccountDialog::AccountDialog(core::AccountManager &accounts, QNetworkAccessManager *network,
    const core::AccountProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_validator(new core::TokenValidator(network, this))
    , m_original(profile)
{
    buildUi();
    fill(profile);
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::done(int result)
{
    m_validator->cancel();
    m_token->clear();
    QDialog::done(result);
}

void AccountDialog::buildUi()
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(isEditing() ? tr("Account settings") : tr("Add a Fly.io account"));
    setMinimumWidth(560);

    auto *intro = new QLabel(isEditing()
            ? tr("Change how Hangar shows this account. Paste a new token only to replace the "
                 "saved one.")
            : tr("Paste an API token from Fly.io: <i>fly tokens create org</i>, or Tokens in the "
                 "dashboard. Hangar checks it, then keeps it in the system keychain."),
        this);
    intro->setObjectName(QStringLiteral("accountIntro"));
    intro->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("accountNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Acme production"));
    m_address = new QLineEdit(QStringLiteral("https://api.machines.dev"), this);
    m_address->setObjectName(QStringLiteral("apiAddressEdit"));
    m_address->setToolTip(tr("The Machines API. Change it only for a proxy or a simulator."));
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(isEditing()
            ? tr("Saved in the keychain; paste a new token to replace it")
            : tr("FlyV1 fm2_… or a personal access token"));
    m_checkButton = new QPushButton(tr("Chec&k token"), this);
    m_checkButton->setObjectName(QStringLiteral("checkTokenButton"));
    m_tokenHint = makeHint(
        tr("Kept in the system keychain, never shown again."), QStringLiteral("tokenHint"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_orgs = new OrgReachTree(this);
    m_colour = new QComboBox(this);
    m_colour->setObjectName(QStringLiteral("colourCombo"));
    for (const ColourChoice &choice : colourChoices())
        m_colour->addItem(colourSwatch(choice.colour), choice.name, choice.colour.name());
    m_production = new QCheckBox(tr("&Production account"), this);
    m_production->setObjectName(QStringLiteral("productionCheck"));
    auto *productionHint = makeHint(tr("Destroying a machine, volume or app, or stopping several "
                                       "machines at once, then needs its name typed."),
        QStringLiteral("productionHint"), this);

    // Hints sit under their fields in one column, so wrapped text gets the field's width.
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_checkButton);
    auto *tokenColumn = new QVBoxLayout;
    tokenColumn->setSpacing(2);
    tokenColumn->addLayout(tokenRow);
    tokenColumn->addWidget(m_tokenHint);
    auto *tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_token);
    auto *productionColumn = new QVBoxLayout;
    productionColumn->setSpacing(2);
    productionColumn->addWidget(m_production);
    productionColumn->addWidget(productionHint);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("API &address:"), m_address);
    form->addRow(tokenLabel, tokenColumn);
    form->addRow(m_status);
    form->addRow(tr("Organizations:"), m_orgs);
    form->addRow(tr("&Colour:"), m_colour);
    form->addRow(QString(), productionColumn);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("accountButtons"));
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveAccountButton"));
    m_saveButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    connect(m_address, &QLineEdit::textEdited, this, &AccountDialog::inputsEdited);
    connect(m_token, &QLineEdit::textEdited, this, &AccountDialog::inputsEdited);
    connect(m_checkButton, &QPushButton::clicked, this, [this] { startCheck(false); });
    connect(m_saveButton, &QPushButton::clicked, this, &AccountDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_colour, &QComboBox::activated, this, [this] { m_colourChosen = true; });
    connect(m_production, &QCheckBox::toggled, this, &AccountDialog::productionToggled);
    connect(m_validator, &core::TokenValidator::finished, this, &AccountDialog::checkFinished);
}

void AccountDialog::fill(const core::AccountProfile &profile)
{
    m_name->setText(profile.name);
    m_address->setText(profile.apiUrl.toString());
    int colourIndex = m_colour->findData(profile.colour, Qt::UserRole, Qt::MatchFixedString);
    if (colourIndex < 0 && QColor(profile.colour).isValid()) {
        m_colour->addItem(colourSwatch(QColor(profile.colour)), profile.colour, profile.colour);
        colourIndex = m_colour->count() - 1;
    }
    if (colourIndex >= 0)
        m_colour->setCurrentIndex(colourIndex);
    m_colourChosen = true;
    m_production->setChecked(profile.production);
    m_orgs->showSaved(profile.orgSlugs);
    const core::TokenState state = m_accounts.tokenState(profile.id);
    if (state == core::TokenState::Missing || state == core::TokenState::Unavailable
        || state == core::TokenState::SessionOnly)
        setStatus(m_accounts.tokenProblem(profile.id), true);
}

void AccountDialog::inputsEdited()
{
    ++m_attempt;
    m_checkPassed = false;
    m_saveAfterCheck = false;
    if (m_busy) {
        m_validator->cancel();
        setBusy(false);
        setStatus(QString(), false);
    }
}

void AccountDialog::productionToggled(bool production)
{
    if (m_colourChosen)
        return;
    const int red = m_colour->findData(productionColour().name());
    if (production && red >= 0)
        m_colour->setCurrentIndex(red);
    else if (!production)
        m_colour->setCurrentIndex(0);
}

// The address and the token as typed; false, with the problem shown at its field, when the
// address is refused or a new account has no token.
bool AccountDialog::readAddressAndToken(QUrl *url, QString *token)
{
    *url = core::normalizedApiUrl(m_address->text());
    const QString refusal = core::apiUrlProblem(*url);
    if (!refusal.isEmpty()) {
        setStatus(refusal, true);
        m_address->setFocus();
        return false;
    }
    *token = m_token->text().trimmed();
    if (token->isEmpty() && !isEditing()) {
        setStatus(tr("Paste a token first."), true);
        m_token->setFocus();
        return false;
    }
    return true;
}

void AccountDialog::startCheck(bool thenSave)
{
    QUrl url;
    QString token;
    if (!readAddressAndToken(&url, &token))
        return;
    m_saveAfterCheck = thenSave;
    setBusy(true);
    setStatus(tr("Checking the token with %1…").arg(url.host()), false);
    if (!token.isEmpty()) {
        m_validator->check(url, token);
        return;
    }
    // Editing with the token field empty: check the saved token (at a new address, say).
    const quint64 attempt = m_attempt;
    m_accounts.readToken(m_original->id)
        ->then(this, [this, url, attempt](const core::CredentialResult &saved) {
            if (attempt != m_attempt)
                return;
            if (!saved.ok()) {
                setBusy(false);
                m_saveAfterCheck = false;
                setStatus(saved.message.isEmpty()
                        ? tr("No token is saved for this account. Paste it again.")
                        : tr("The saved token could not be read. %1 Paste it again.")
                              .arg(saved.message),
                    true);
                return;
            }
            m_validator->check(url, saved.secret);
        });
}

void AccountDialog::checkFinished(const core::TokenCheck &check)
{
    setBusy(false);
    if (!check.ok()) {
        m_checkPassed = false;
        m_saveAfterCheck = false;
        setStatus(check.message, true);
        return;
    }
    m_checkPassed = true;
    if (check.orgs.isEmpty())
        m_orgs->showNote(tr("Your personal organization. A personal token reaches every "
                            "organization you belong to."));
    else
        m_orgs->showReach(check.orgs, isEditing() ? m_original->orgSlugs : QStringList());
    QString text = check.message;
    if (!check.user.isEmpty())
        text += QLatin1Char(' ') + tr("It belongs to %1.").arg(check.user);
    setStatus(text, false);
    if (!check.orgs.isEmpty()) {
        const core::OrgReach &first = check.orgs.first();
        m_suggestedName = first.name.isEmpty() ? first.slug : first.name;
        m_name->setPlaceholderText(m_suggestedName);
    }
    if (m_saveAfterCheck) {
        m_saveAfterCheck = false;
        save();
    }
}

void AccountDialog::save()
{
    if (m_busy)
        return;
    QUrl url;
    QString token;
    if (!readAddressAndToken(&url, &token))
        return;
    const bool addressChanged = isEditing() && url != m_original->apiUrl;
    if (!m_checkPassed && (!token.isEmpty() || addressChanged)) {
        startCheck(true);
        return;
    }
    if (!m_orgs->hasSelection()) {
        setStatus(tr("Tick at least one organization to show."), true);
        return;
    }
    core::AccountProfile profile = profileFromFields();
    QString problem;
    const bool saved = isEditing() ? m_accounts.updateProfile(profile, token, &problem)
                                   : m_accounts.addProfile(profile, token, &problem);
    if (!saved) {
        setStatus(problem, true);
        return;
    }
    m_savedId = profile.id;
    accept();
}

void AccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_checkButton->setEnabled(!busy);
    m_saveButton->setEnabled(!busy);
}

void AccountDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xb3261e));
    m_status->setPalette(palette);
    m_status->setProperty("problem", problem);
}

core::AccountProfile AccountDialog::profileFromFields() const
{
    core::AccountProfile profile = m_original.value_or(core::AccountProfile());
    profile.name = m_name->text().trimmed();
    if (profile.name.isEmpty())
        profile.name = m_suggestedName;
    profile.apiUrl = core::normalizedApiUrl(m_address->text());
    profile.orgSlugs = m_orgs->selectedOrgSlugs();
    profile.colour = m_colour->currentData().toString();
    profile.production = m_production->isChecked();
    return profile;
}

} // namespace hangar::gui
