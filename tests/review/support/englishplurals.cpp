#include "englishplurals.h"

namespace reviewtests {

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    QString text = QString::fromUtf8(sourceText);
    if (n < 0 || !text.contains(QStringLiteral("(s)")))
        return {};
    return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace reviewtests
