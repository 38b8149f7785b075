#include "common/jsontext.h"

#include "common/cpufeatures.h"
#include "common/jsontext_avx2_p.h"

#include <cstring>

namespace hangar {

bool isVerbatimJsonText(const char *data, qsizetype size)
{
    // No table and no early exit, so that the compiler vectorises the loop.
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    unsigned char bad = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = bytes[i];
        bad |= static_cast<unsigned char>(static_cast<unsigned char>(c - 0x20) > 0x5e)
            | static_cast<unsigned char>(c == '"') | static_cast<unsigned char>(c == '\\');
    }
    return bad == 0;
}

qsizetype verbatimJsonStringEnd(const char *data, qsizetype size, bool portableOnly)
{
    // One pass over the megabytes with AVX2; the block holding the quote and whatever is left
    // go the portable way, which looks for the quote and then checks what comes before it.
    const qsizetype skipped = portableOnly || !cpu::hasAvx2()
        ? 0
        : detail::verbatimBlocksAvx2(reinterpret_cast<const unsigned char *>(data), size);
    const void *quote = std::memchr(data + skipped, '"', std::size_t(size - skipped));
    if (!quote)
        return -1;
    const qsizetype end = static_cast<const char *>(quote) - data;
    return isVerbatimJsonText(data + skipped, end - skipped) ? end : -1;
}

} // namespace hangar
