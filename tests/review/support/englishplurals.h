#pragma once

#include <QTranslator>

namespace reviewtests {

// The English plural forms the app's translation spells out ("%n change(s)" -> "1 change",
// "2 changes"), so that tests read sentences as a user does without the compiled translation.
class EnglishPlurals final : public QTranslator {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnglishPlurals)

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
        int n) const override;
    bool isEmpty() const override { return false; }
};

} // namespace reviewtests
