#pragma once

#include <QColor>
#include <QWidget>

class QLabel;

namespace hangar::core {
class AccountManager;
struct AccountEndpoint;
} // namespace hangar::core

namespace hangar::gui {

// A thin strip in the account's colour naming the account in use, so production never looks
// like staging: production accounts get the strip filled and a PRODUCTION mark, others a tint.
// Hidden until an account is shown.
class AccountBanner final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountBanner)

public:
    explicit AccountBanner(QWidget *parent = nullptr);
    ~AccountBanner() override;

    void showAccount(const QString &name, const QColor &colour, bool production);
    // The colour of a saved profile from `accounts` (may be null); the sandbox and the
    // FLY_API_TOKEN account get fixed ones.
    void showEndpoint(const core::AccountEndpoint &endpoint, const core::AccountManager *accounts);
    void clearAccount();

    QColor colour() const { return m_colour; }
    bool isProduction() const { return m_production; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_name;
    QLabel *m_badge;
    QColor m_colour;
    bool m_production = false;
};

} // namespace hangar::gui
