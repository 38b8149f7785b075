#include "common/jsontext_avx2_p.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>

namespace hangar::detail {

__attribute__((target("avx2"))) qsizetype verbatimBlocksAvx2(
    const unsigned char *in, qsizetype size)
{
    // Printable ASCII is 0x20..0x7e: as signed bytes, those not below 0x20 except 0x7f (0x80
    // and up are negative). Quote and backslash are printable but stop the scan too.
    const __m256i firstPrintable = _mm256_set1_epi8(0x20);
    const __m256i del = _mm256_set1_epi8(0x7f);
    const __m256i quote = _mm256_set1_epi8('"');
    const __m256i backslash = _mm256_set1_epi8('\\');
    qsizetype done = 0;
    for (; size - done >= 32; done += 32) {
        const __m256i text = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(in + done));
        const __m256i stop = _mm256_or_si256(
            _mm256_or_si256(_mm256_cmpeq_epi8(text, quote), _mm256_cmpeq_epi8(text, backslash)),
            _mm256_or_si256(_mm256_cmpeq_epi8(text, del), _mm256_cmpgt_epi8(firstPrintable, text)));
        if (!_mm256_testz_si256(stop, stop))
            break;
    }
    return done;
}

} // namespace hangar::detail

#else

namespace hangar::detail {

qsizetype verbatimBlocksAvx2(const unsigned char *, qsizetype)
{
    return 0;
}

} // namespace hangar::detail

#endif
