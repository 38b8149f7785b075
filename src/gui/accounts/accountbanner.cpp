#include "gui/accounts/accountbanner.h"

#include "core/accounts/accountmanager.h"
#include "gui/accounts/colourchoices.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace hangar::gui {

namespace {

constexpr int kStripeWidth = 6;

QColor sandboxColour()
{
    return QColor(0x6b7280);
}

} // namespace

AccountBanner::AccountBanner(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_badge(new QLabel(tr("PRODUCTION"), this))
{
    setObjectName(QStringLiteral("accountBanner"));
    m_name->setObjectName(QStringLiteral("accountBannerName"));
    m_name->setTextFormat(Qt::PlainText);
    m_badge->setObjectName(QStringLiteral("productionBadge"));
    QFont bold = m_badge->font();
    bold.setBold(true);
    m_badge->setFont(bold);
    m_badge->setToolTip(tr("A production account: destructive actions need the resource's name "
                           "typed."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(kStripeWidth + 8, 3, 8, 3);
    layout->addWidget(m_name, 1);
    layout->addWidget(m_badge);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    clearAccount();
}

AccountBanner::~AccountBanner() = default;

QSize AccountBanner::sizeHint() const
{
    return {QWidget::sizeHint().width(), fontMetrics().height() + 10};
}

void AccountBanner::showAccount(const QString &name, const QColor &colour, bool production)
{
    m_colour = colour.isValid() ? colour : palette().color(QPalette::Mid);
    m_production = production;
    m_name->setText(name);
    m_badge->setVisible(production);
    // Filled for production, a tint otherwise: the text colour follows.
    QPalette labels = palette();
    const QColor text = production ? textColourOn(m_colour) : palette().color(QPalette::WindowText);
    labels.setColor(QPalette::WindowText, text);
    m_name->setPalette(labels);
    m_badge->setPalette(labels);
    setToolTip(production ? m_badge->toolTip() : QString());
    show();
    update();
}

void AccountBanner::showEndpoint(
    const core::AccountEndpoint &endpoint, const core::AccountManager *accounts)
{
    if (endpoint.sandbox) {
        showAccount(
            tr("%1 · nothing here touches Fly.io").arg(endpoint.label), sandboxColour(), false);
        return;
    }
    QColor colour;
    if (accounts) {
        if (const auto profile = accounts->profile(endpoint.id))
            colour = QColor(profile->colour);
    }
    showAccount(endpoint.label, colour, endpoint.production);
}

void AccountBanner::clearAccount()
{
    m_colour = QColor();
    m_production = false;
    m_name->clear();
    m_badge->hide();
    hide();
}

void AccountBanner::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    if (!m_colour.isValid())
        return;
    QPainter painter(this);
    QColor fill = m_colour;
    if (!m_production) {
        fill.setAlphaF(0.16);
        painter.fillRect(rect(), palette().color(QPalette::Window));
    }
    painter.fillRect(rect(), fill);
    painter.fillRect(
        QRect(0, 0, kStripeWidth, height()), m_colour.darker(m_production ? 140 : 100));
}

} // namespace hangar::gui
