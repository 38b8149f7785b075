#pragma once

#include "core/transfer/copytypes.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;

namespace hangar::core {
class CopyJob;
}

namespace hangar::gui {

// Puts one question of a copy job to the user (start the machine? replace, skip or keep both?
// copy this large file? follow links?), with "apply to all" when more of the kind may follow.
// Opened with open(); answered() says what the user chose. Closing it counts as the cautious
// answer (No / Skip).
class CopyQuestionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyQuestionDialog)

public:
    CopyQuestionDialog(const core::CopyQuestion &question, QWidget *parent = nullptr);
    ~CopyQuestionDialog() override;

    const core::CopyQuestion &question() const { return m_question; }

signals:
    void answered(int questionId, hangar::core::CopyAnswer answer, bool applyToAll);

private:
    void addButton(const QString &text, const QString &objectName, core::CopyAnswer answer);
    void choose(core::CopyAnswer answer);

    core::CopyQuestion m_question;
    QCheckBox *m_applyToAll = nullptr;
    QDialogButtonBox *m_buttons;
    bool m_answered = false;
};

// Shows every question a copy job asks, one dialog at a time, until the job ends.
void promptForQuestions(core::CopyJob *job, QWidget *dialogParent);

} // namespace hangar::gui
