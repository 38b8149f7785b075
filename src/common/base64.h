#pragma once

#include <QByteArray>

namespace hangar::base64 {

// Standard base64 (RFC 4648 alphabet, "=" padding), for the megabytes that copies into and out
// of volumes move. Encoding writes straight into the caller's buffer (an exec body needs no
// second copy). With AVX2, both directions do 32 characters per step; without it, encoding is
// still about twice as fast as QByteArray::toBase64() and decoding about ten times as fast as
// Qt 6.4's QByteArray::fromBase64().

enum class Implementation {
    Fastest, // AVX2 where the processor has it
    Portable, // plain C++ only; the reference the fast one is tested against
};

// Whether Implementation::Fastest uses AVX2 on this processor.
bool acceleratedAvailable();

constexpr qsizetype encodedSize(qsizetype size)
{
    return (size + 2) / 3 * 4;
}

// Appends the encoding of `size` bytes at `data` to `out`.
void appendEncoded(QByteArray &out, const char *data, qsizetype size,
    Implementation implementation = Implementation::Fastest);

inline QByteArray encode(const QByteArray &data)
{
    QByteArray out;
    appendEncoded(out, data.constData(), data.size());
    return out;
}

// Decodes `size` characters at `data`, appending the bytes to `output`, the way GNU base64 -d
// does: whitespace (line breaks included) is skipped; anything else outside the alphabet, data
// after padding or a truncated last group makes it return false, unless `ignoreGarbage` (-i)
// lets it skip characters outside the alphabet. The bytes decoded before a problem are kept.
bool decode(const char *data, qsizetype size, QByteArray *output, bool ignoreGarbage = false,
    Implementation implementation = Implementation::Fastest);

inline bool decode(const QByteArray &text, QByteArray *output, bool ignoreGarbage = false)
{
    return decode(text.constData(), text.size(), output, ignoreGarbage);
}

// The same, with the bytes written over `text` itself (which ends up holding them): no second
// buffer, and no copy at all when nobody else shares `text`. Exec stdin is megabytes of base64.
bool decodeInPlace(QByteArray *text, bool ignoreGarbage = false,
    Implementation implementation = Implementation::Fastest);

} // namespace hangar::base64
