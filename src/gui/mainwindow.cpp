#include "gui/mainwindow.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hangar::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hangar"));
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("<h1>Hangar</h1><p>Manage your Fly.io Machines by pointing and "
                                "clicking.</p>"),
        page);
    title->setAlignment(Qt::AlignCenter);
    m_status->setObjectName(QStringLiteral("sandboxStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(m_status);
    layout->addStretch();
    setCentralWidget(page);
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::showSandboxEndpoint(const QString &url)
{
    m_status->setText(tr("The sandbox is running at %1").arg(url));
}

} // namespace hangar::gui
