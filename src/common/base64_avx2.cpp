#include "common/base64_avx2_p.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define HANGAR_BASE64_AVX2 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace hangar::base64::detail {

#ifdef HANGAR_BASE64_AVX2

namespace {

bool detectAvx2()
{
    unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    // The operating system must save the YMM registers (OSXSAVE, then XCR0 bits 1 and 2).
    const bool osxsave = (ecx & (1u << 27)) != 0;
    if (!osxsave)
        return false;
    unsigned int xcr0Low = 0, xcr0High = 0;
    __asm__("xgetbv" : "=a"(xcr0Low), "=d"(xcr0High) : "c"(0));
    if ((xcr0Low & 6u) != 6u)
        return false;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    return (ebx & (1u << 5)) != 0;
}

// Byte-wise lo <= c <= hi for signed bytes; characters from 0x80 up are negative and never in a
// range of the alphabet.
__attribute__((target("avx2"))) inline __m256i inRange(__m256i c, char lo, char hi)
{
    return _mm256_and_si256(_mm256_cmpgt_epi8(c, _mm256_set1_epi8(char(lo - 1))),
        _mm256_cmpgt_epi8(_mm256_set1_epi8(char(hi + 1)), c));
}

} // namespace

bool avx2Available()
{
    static const bool available = detectAvx2();
    return available;
}

__attribute__((target("avx2"))) qsizetype encodeBlocksAvx2(
    const unsigned char *in, qsizetype size, char *out)
{
    // In each 128-bit lane, the four groups of three bytes b0 b1 b2 become 32-bit words
    // b0 << 16 | b1 << 8 | b2, from which the four sextets are shifted into byte order.
    const __m256i gather = _mm256_setr_epi8(2, 1, 0, -1, 5, 4, 3, -1, 8, 7, 6, -1, 11, 10, 9, -1, 2,
        1, 0, -1, 5, 4, 3, -1, 8, 7, 6, -1, 11, 10, 9, -1);
    qsizetype done = 0;
    for (; size - done >= 28; done += 24, out += 32) {
        const __m128i low = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + done));
        const __m128i high = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + done + 12));
        const __m256i words = _mm256_shuffle_epi8(
            _mm256_inserti128_si256(_mm256_castsi128_si256(low), high, 1), gather);
        const __m256i first =
            _mm256_and_si256(_mm256_srli_epi32(words, 18), _mm256_set1_epi32(0x3f));
        const __m256i second =
            _mm256_and_si256(_mm256_srli_epi32(words, 4), _mm256_set1_epi32(0x3f00));
        const __m256i third =
            _mm256_and_si256(_mm256_slli_epi32(words, 10), _mm256_set1_epi32(0x3f0000));
        const __m256i fourth =
            _mm256_and_si256(_mm256_slli_epi32(words, 24), _mm256_set1_epi32(0x3f000000));
        const __m256i sextets =
            _mm256_or_si256(_mm256_or_si256(first, second), _mm256_or_si256(third, fourth));
        // Sextet to character: add 65 (A-Z), 71 (a-z), -4 (0-9), -19 ('+') or -16 ('/').
        __m256i offset = _mm256_set1_epi8(65);
        offset = _mm256_blendv_epi8(
            offset, _mm256_set1_epi8(71), _mm256_cmpgt_epi8(sextets, _mm256_set1_epi8(25)));
        offset = _mm256_blendv_epi8(
            offset, _mm256_set1_epi8(-4), _mm256_cmpgt_epi8(sextets, _mm256_set1_epi8(51)));
        offset = _mm256_blendv_epi8(
            offset, _mm256_set1_epi8(-19), _mm256_cmpeq_epi8(sextets, _mm256_set1_epi8(62)));
        offset = _mm256_blendv_epi8(
            offset, _mm256_set1_epi8(-16), _mm256_cmpeq_epi8(sextets, _mm256_set1_epi8(63)));
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(out), _mm256_add_epi8(sextets, offset));
    }
    return done;
}

__attribute__((target("avx2"))) qsizetype decodeBlocksAvx2(
    const unsigned char *in, qsizetype size, char *out)
{
    // Per 128-bit lane: the low three bytes of each 32-bit word, most significant first.
    const __m256i pack = _mm256_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1, 2,
        1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
    const __m256i joinLanes = _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 7, 7);
    qsizetype done = 0;
    for (; size - done >= 32; done += 32, out += 24) {
        const __m256i c = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(in + done));
        const __m256i upper = inRange(c, 'A', 'Z');
        const __m256i lower = inRange(c, 'a', 'z');
        const __m256i digit = inRange(c, '0', '9');
        const __m256i plus = _mm256_cmpeq_epi8(c, _mm256_set1_epi8('+'));
        const __m256i slash = _mm256_cmpeq_epi8(c, _mm256_set1_epi8('/'));
        const __m256i valid = _mm256_or_si256(
            _mm256_or_si256(upper, lower), _mm256_or_si256(digit, _mm256_or_si256(plus, slash)));
        if (_mm256_movemask_epi8(valid) != -1)
            break;
        // Character to sextet: the inverse offsets of the encoder.
        const __m256i offset =
            _mm256_or_si256(_mm256_or_si256(_mm256_and_si256(upper, _mm256_set1_epi8(-65)),
                                _mm256_and_si256(lower, _mm256_set1_epi8(-71))),
                _mm256_or_si256(_mm256_and_si256(digit, _mm256_set1_epi8(4)),
                    _mm256_or_si256(_mm256_and_si256(plus, _mm256_set1_epi8(19)),
                        _mm256_and_si256(slash, _mm256_set1_epi8(16)))));
        const __m256i sextets = _mm256_add_epi8(c, offset);
        // a b c d → a·64 + b and c·64 + d → (a·64 + b)·4096 + c·64 + d in each 32-bit word.
        const __m256i pairs = _mm256_maddubs_epi16(sextets, _mm256_set1_epi32(0x01400140));
        const __m256i words = _mm256_madd_epi16(pairs, _mm256_set1_epi32(0x00011000));
        const __m256i bytes =
            _mm256_permutevar8x32_epi32(_mm256_shuffle_epi8(words, pack), joinLanes);
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(out), bytes);
    }
    return done;
}

#else

bool avx2Available()
{
    return false;
}

qsizetype encodeBlocksAvx2(const unsigned char *, qsizetype, char *)
{
    return 0;
}

qsizetype decodeBlocksAvx2(const unsigned char *, qsizetype, char *)
{
    return 0;
}

#endif

} // namespace hangar::base64::detail
