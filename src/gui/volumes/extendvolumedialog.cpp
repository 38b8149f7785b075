#include "gui/volumes/extendvolumedialog.h"

#include "gui/volumes/volumerules.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hangar::gui {

ExtendVolumeDialog::ExtendVolumeDialog(
    const core::VolumeRecord &volume, const QString &machineLabel, QWidget *parent)
    : JobDialog(parent)
    , m_volume(volume)
{
    setObjectName(QStringLiteral("extendVolumeDialog"));
    const api::Volume &v = volume.volume;
    setWindowTitle(tr("Extend Volume %1").arg(v.name()));
    setSubmitText(tr("E&xtend"));
    auto *form = new QWidget(this);
    auto *intro = new QLabel(
        tr("<b>%1</b> (%2) in %3 has %n GB.", nullptr, v.sizeGb())
            .arg(v.name().toHtmlEscaped(), v.id().toHtmlEscaped(), v.region().toHtmlEscaped()),
        form);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    const QString machine = machineLabel.isEmpty() ? v.attachedMachineId() : machineLabel;
    auto *effect = new QLabel(v.isAttached()
            ? tr("It is mounted by machine %1. The volume grows while in use; if the machine is "
                 "running it may have to restart to see the new space, and Hangar will say so.")
                  .arg(machine)
            : tr("It is not attached to a machine: the next machine that mounts it sees the new "
                 "size."),
        form);
    effect->setObjectName(QStringLiteral("restartNoteLabel"));
    effect->setWordWrap(true);

    m_size = new QSpinBox(form);
    m_size->setObjectName(QStringLiteral("sizeSpin"));
    m_size->setRange(0, 99999); // so that too small or too large can be typed and explained
    m_size->setSuffix(tr(" GB"));
    m_size->setValue(qMin(v.sizeGb() + 1, volumerules::kMaxSizeGb));
    m_size->setToolTip(tr("The new total size, larger than now and at most %1 GB. Volumes cannot "
                          "shrink.")
                           .arg(volumerules::kMaxSizeGb));
    m_growth = new QLabel(form);
    m_growth->setObjectName(QStringLiteral("growthLabel"));
    m_growth->setForegroundRole(QPalette::PlaceholderText);
    auto *sizeRow = new QWidget(form);
    auto *sizeLayout = new QHBoxLayout(sizeRow);
    sizeLayout->setContentsMargins(0, 0, 0, 0);
    sizeLayout->addWidget(m_size);
    sizeLayout->addWidget(m_growth, 1);
    m_sizeProblem = makeProblemLabel(QStringLiteral("sizeProblemLabel"), form);

    auto *fields = new QFormLayout;
    auto *sizeCaption = new QLabel(tr("&New size:"), form);
    sizeCaption->setBuddy(m_size);
    fields->addRow(sizeCaption, withProblem(sizeRow, m_sizeProblem, form));
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(effect);
    layout->addLayout(fields);
    setForm(form);
    setMinimumWidth(460);

    connect(m_size, &QSpinBox::valueChanged, this, &ExtendVolumeDialog::validate);
    validate();
    m_size->setFocus();
    m_size->selectAll();
}

ExtendVolumeDialog::~ExtendVolumeDialog() = default;

int ExtendVolumeDialog::newSizeGb() const
{
    return m_size->value();
}

void ExtendVolumeDialog::setNewSizeGb(int sizeGb)
{
    m_size->setValue(sizeGb);
}

QString ExtendVolumeDialog::problem() const
{
    return volumerules::extendProblem(m_volume.volume.sizeGb(), m_size->value());
}

void ExtendVolumeDialog::validate()
{
    const QString problemText = problem();
    const int growth = m_size->value() - m_volume.volume.sizeGb();
    m_growth->setText(problemText.isEmpty() ? tr("%n GB more", nullptr, growth) : QString());
    setProblem(m_sizeProblem, problemText);
    setInputValid(problemText.isEmpty());
}

} // namespace hangar::gui
