#include "gui/files/copyquestiondialog.h"

#include "core/transfer/copyjob.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace hangar::gui {

using Kind = core::CopyQuestion::Kind;
using Answer = core::CopyAnswer;

CopyQuestionDialog::CopyQuestionDialog(const core::CopyQuestion &question, QWidget *parent)
    : QDialog(parent)
    , m_question(question)
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("copyQuestionDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    switch (question.kind) {
    case Kind::StartMachine:
        setWindowTitle(tr("Start the machine?"));
        break;
    case Kind::Conflict:
        setWindowTitle(tr("File already exists"));
        break;
    case Kind::LargeFile:
        setWindowTitle(tr("Large file"));
        break;
    case Kind::Links:
        setWindowTitle(tr("Symbolic links"));
        break;
    }
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(32, 32));
    row->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QLabel(question.text, this);
    text->setObjectName(QStringLiteral("questionText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setMinimumWidth(360);
    row->addWidget(text, 1);
    layout->addLayout(row);
    if ((question.kind == Kind::Conflict || question.kind == Kind::LargeFile)
        && question.count > 1) {
        m_applyToAll = new QCheckBox(
            tr("Do this for the other %n file(s) too", nullptr, question.count - 1), this);
        m_applyToAll->setObjectName(QStringLiteral("applyToAll"));
        layout->addWidget(m_applyToAll);
    }
    layout->addWidget(m_buttons);
    switch (question.kind) {
    case Kind::StartMachine:
        addButton(tr("Start and Copy"), QStringLiteral("yesButton"), Answer::Yes);
        addButton(tr("Don't Start"), QStringLiteral("noButton"), Answer::No);
        break;
    case Kind::Conflict:
        addButton(tr("Replace"), QStringLiteral("overwriteButton"), Answer::Overwrite);
        addButton(tr("Keep Both"), QStringLiteral("keepBothButton"), Answer::KeepBoth);
        addButton(tr("Skip"), QStringLiteral("skipButton"), Answer::Skip);
        break;
    case Kind::LargeFile:
        addButton(tr("Copy"), QStringLiteral("yesButton"), Answer::Yes);
        addButton(tr("Skip"), QStringLiteral("noButton"), Answer::No);
        break;
    case Kind::Links:
        addButton(tr("Follow Links"), QStringLiteral("yesButton"), Answer::Yes);
        addButton(tr("Leave Them Out"), QStringLiteral("noButton"), Answer::No);
        break;
    }
    connect(this, &QDialog::rejected, this,
        [this] { choose(m_question.kind == Kind::Conflict ? Answer::Skip : Answer::No); });
}

CopyQuestionDialog::~CopyQuestionDialog() = default;

void CopyQuestionDialog::addButton(const QString &text, const QString &objectName, Answer answer)
{
    QPushButton *button = m_buttons->addButton(text, QDialogButtonBox::ActionRole);
    button->setObjectName(objectName);
    connect(button, &QPushButton::clicked, this, [this, answer] {
        choose(answer);
        accept();
    });
}

void CopyQuestionDialog::choose(Answer answer)
{
    if (m_answered)
        return;
    m_answered = true;
    emit answered(m_question.id, answer, m_applyToAll && m_applyToAll->isChecked());
}

void promptForQuestions(core::CopyJob *job, QWidget *dialogParent)
{
    QPointer<QWidget> parent = dialogParent;
    auto show = [job, parent](const core::CopyQuestion &question) {
        auto *dialog = new CopyQuestionDialog(question, parent);
        QObject::connect(dialog, &CopyQuestionDialog::answered, job, &core::CopyJob::answer);
        QObject::connect(job, &core::Job::finished, dialog, &QDialog::close);
        dialog->open();
    };
    QObject::connect(job, &core::CopyJob::questionAsked,
        dialogParent ? static_cast<QObject *>(dialogParent) : job, show);
    if (job->pendingQuestion())
        show(*job->pendingQuestion());
}

} // namespace hangar::gui
