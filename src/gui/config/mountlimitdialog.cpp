#include "gui/config/mountlimitdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace hangar::gui {

MountLimitDialog::MountLimitDialog(const Facts &facts, QWidget *parent)
    : QDialog(parent)
    , m_configFile(new QPushButton(tr("Add a &config file…"), this))
    , m_copyInto(new QPushButton(tr("Co&py into %1…").arg(facts.mountedVolume), this))
{
    setObjectName(QStringLiteral("mountLimitDialog"));
    setWindowTitle(tr("One volume per machine"));

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    auto *headline = new QLabel(this);
    headline->setObjectName(QStringLiteral("mountLimitHeadline"));
    headline->setWordWrap(true);
    headline->setText(facts.requestedVolume.isEmpty()
            ? tr("<b>%1 already mounts %2 at %3.</b> A Fly machine mounts one volume, so it "
                 "cannot mount another as well.")
                  .arg(facts.machineName.toHtmlEscaped(), facts.mountedVolume.toHtmlEscaped(),
                      facts.mountPath.toHtmlEscaped())
            : tr("<b>%1 already mounts %2 at %3.</b> A Fly machine mounts one volume, so %4 "
                 "cannot be mounted as well.")
                  .arg(facts.machineName.toHtmlEscaped(), facts.mountedVolume.toHtmlEscaped(),
                      facts.mountPath.toHtmlEscaped(), facts.requestedVolume.toHtmlEscaped()));
    auto *advice = new QLabel(this);
    advice->setObjectName(QStringLiteral("mountLimitAdvice"));
    advice->setWordWrap(true);
    advice->setText(tr("What you can do instead:<ul>"
                       "<li><b>Add a config file</b> for small files such as nginx.conf: it is "
                       "written into the machine each time it boots.</li>"
                       "<li><b>Copy the files into %1</b>, under %2, for data the app reads and "
                       "writes.</li>"
                       "<li>Run a second machine that mounts the other volume.</li></ul>")
                        .arg(facts.mountedVolume.toHtmlEscaped(), facts.mountPath.toHtmlEscaped()));

    m_configFile->setObjectName(QStringLiteral("addAsConfigFileButton"));
    m_configFile->setDefault(true);
    m_copyInto->setObjectName(QStringLiteral("copyIntoVolumeButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_configFile, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_copyInto, QDialogButtonBox::AcceptRole);

    auto *text = new QVBoxLayout;
    text->addWidget(headline);
    text->addWidget(advice);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_configFile, &QPushButton::clicked, this, [this] {
        accept();
        emit addConfigFileChosen();
    });
    connect(m_copyInto, &QPushButton::clicked, this, [this] {
        accept();
        emit copyIntoVolumeChosen();
    });
}

MountLimitDialog::~MountLimitDialog() = default;

} // namespace hangar::gui
