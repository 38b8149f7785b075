#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QTranslator;

namespace hangar::core {

// The languages Hangar is translated into, by code ("de"), with their own names ("Deutsch").
struct Language {
    QString code;
    QString nativeName;
};
QList<Language> availableLanguages();

// Loads and installs the translators for one language: Hangar's English plural forms first,
// then Qt's own strings (qtbase) and Hangar's translation for the language. `override` is a
// code from availableLanguages() or empty to follow the system. The translators stay installed
// while this object lives.
class LanguageLoader final {
public:
    // `directory` holds hangar_<code>.qm (":/i18n" in the app).
    LanguageLoader(const QString &directory, const QString &override);
    ~LanguageLoader();
    LanguageLoader(const LanguageLoader &) = delete;
    LanguageLoader &operator=(const LanguageLoader &) = delete;

    // The locale chosen (the override's, or the system's).
    QLocale locale() const { return m_locale; }
    // True when Hangar has a translation for it (English counts).
    bool isTranslated() const { return m_translated; }

private:
    bool install(const QString &file, const QString &directory);

    QLocale m_locale;
    bool m_translated = false;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace hangar::core
