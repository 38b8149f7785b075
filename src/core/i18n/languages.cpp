#include "core/i18n/languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace hangar::core {

QList<Language> availableLanguages()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
}

LanguageLoader::LanguageLoader(const QString &directory, const QString &override)
    : m_locale(override.isEmpty() ? QLocale::system() : QLocale(override))
{
    // Installed translators are searched newest first: the language's own strings win and
    // English plural forms fill in anything it lacks.
    install(QStringLiteral("hangar_en"), directory);
    const QString code = QLocale::languageToCode(m_locale.language());
    if (m_locale.language() == QLocale::English || m_locale.language() == QLocale::C) {
        m_translated = true;
        return;
    }
    install(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    m_translated = install(QStringLiteral("hangar_") + code, directory);
    if (m_translated)
        QLocale::setDefault(m_locale);
}

LanguageLoader::~LanguageLoader()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
}

bool LanguageLoader::install(const QString &file, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, directory)
        || !QCoreApplication::installTranslator(translator.get()))
        return false;
    m_translators.push_back(std::move(translator));
    return true;
}

} // namespace hangar::core
