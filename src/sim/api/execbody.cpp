#include "sim/api/execbody.h"

#include "common/jsontext.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstring>

namespace hangar::sim {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Walks the top level of a JSON object without building anything. It only has to find the
// members' boundaries in a valid document: QJsonDocument still checks everything but the
// stdin string, and any doubt gives up (the caller then parses the whole body).
class TopLevelScanner {
public:
    explicit TopLevelScanner(const QByteArray &text)
        : m_text(text.constData())
        , m_size(text.size())
    {
    }

    // The offsets of the characters between the quotes of the top-level "stdin" string, when
    // there is exactly one such member and its value has only printable ASCII and no escapes.
    bool findPlainStdin(qsizetype *begin, qsizetype *end)
    {
        skipSpace();
        if (!take('{'))
            return false;
        skipSpace();
        if (take('}'))
            return false; // no members
        bool found = false;
        for (;;) {
            bool escaped = false;
            const qsizetype keyBegin = m_pos + 1;
            if (!skipString(&escaped) || escaped)
                return false; // an escaped key could spell "stdin" in disguise
            const bool isStdin =
                m_pos - 1 - keyBegin == 5 && std::memcmp(m_text + keyBegin, "stdin", 5) == 0;
            skipSpace();
            if (!take(':'))
                return false;
            skipSpace();
            if (isStdin) {
                if (found || !plainString(begin, end))
                    return false;
                found = true;
            } else if (!skipValue()) {
                return false;
            }
            skipSpace();
            if (take(','))
                skipSpace();
            else if (take('}'))
                break;
            else
                return false;
        }
        skipSpace();
        return found && m_pos == m_size;
    }

private:
    bool atEnd() const { return m_pos >= m_size; }
    char peek() const { return m_text[m_pos]; }

    bool take(char c)
    {
        if (atEnd() || peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    void skipSpace()
    {
        while (!atEnd() && isJsonSpace(peek()))
            ++m_pos;
    }

    // From an opening quote to just past the closing one.
    bool skipString(bool *escaped)
    {
        if (!take('"'))
            return false;
        while (!atEnd()) {
            const char c = m_text[m_pos++];
            if (c == '"')
                return true;
            if (c == '\\') {
                *escaped = true;
                ++m_pos;
            }
        }
        return false;
    }

    bool plainString(qsizetype *begin, qsizetype *end)
    {
        if (!take('"'))
            return false;
        const qsizetype start = m_pos;
        const qsizetype length = verbatimJsonStringEnd(m_text + start, m_size - start);
        if (length < 0)
            return false;
        const qsizetype stop = start + length;
        *begin = start;
        *end = stop;
        m_pos = stop + 1;
        return true;
    }

    bool skipValue()
    {
        if (atEnd())
            return false;
        bool escaped = false;
        if (peek() == '"')
            return skipString(&escaped);
        if (peek() == '{' || peek() == '[') {
            int depth = 0;
            while (!atEnd()) {
                const char c = peek();
                if (c == '"') {
                    if (!skipString(&escaped))
                        return false;
                    continue;
                }
                ++m_pos;
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    return true;
            }
            return false;
        }
        // A number, true, false or null.
        const qsizetype start = m_pos;
        while (!atEnd() && !isJsonSpace(peek()) && peek() != ',' && peek() != '}')
            ++m_pos;
        return m_pos > start;
    }

    const char *m_text;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<ExecBody> ExecBody::splitPlainStdin(QByteArray *bodyBytes)
{
    const QByteArray &body = *bodyBytes;
    qsizetype begin = 0;
    qsizetype end = 0;
    if (!TopLevelScanner(body).findPlainStdin(&begin, &end))
        return std::nullopt;
    QByteArray rest;
    rest.reserve(body.size() - (end - begin));
    rest.append(body.constData(), begin);
    rest.append(body.constData() + end, body.size() - end);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(rest, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    ExecBody split;
    split.object = document.object();
    // The scanner saw exactly one "stdin"; if QJsonDocument sees something else there, trust
    // neither and take the usual way.
    const QJsonValue emptied = split.object.value(QLatin1String("stdin"));
    if (!emptied.isString() || !emptied.toString().isEmpty())
        return std::nullopt;
    split.stdinData = std::exchange(*bodyBytes, QByteArray());
    split.stdinData.truncate(end);
    split.stdinData.remove(0, begin);
    return split;
}

} // namespace hangar::sim
