#include "gui/panels/welcomepage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hangar::gui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Welcome to Hangar"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *intro =
        new QLabel(tr("Manage your Fly.io apps, machines and volumes by pointing and clicking.\n"
                      "Try everything first in the sandbox: a simulated Fly.io account that runs "
                      "on this computer and needs no sign-up."),
            this);
    intro->setAlignment(Qt::AlignCenter);
    intro->setWordWrap(true);
    auto *sandbox = new QPushButton(tr("Try the &sandbox"), this);
    sandbox->setObjectName(QStringLiteral("trySandboxButton"));
    sandbox->setDefault(true);
    sandbox->setMinimumHeight(40);
    auto *account = new QPushButton(tr("&Connect to Fly.io with a token…"), this);
    account->setObjectName(QStringLiteral("connectAccountButton"));
    account->setMinimumHeight(40);
    m_status->setObjectName(QStringLiteral("welcomeStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    connect(sandbox, &QPushButton::clicked, this, &WelcomePage::trySandboxRequested);
    connect(account, &QPushButton::clicked, this, &WelcomePage::connectRequested);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addSpacing(12);
    column->addWidget(intro);
    column->addSpacing(24);
    column->addWidget(sandbox);
    column->addWidget(account);
    column->addSpacing(12);
    column->addWidget(m_status);
    auto *centre = new QHBoxLayout;
    centre->addStretch();
    centre->addLayout(column, 2);
    centre->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(centre);
    layout->addStretch(2);
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace hangar::gui
