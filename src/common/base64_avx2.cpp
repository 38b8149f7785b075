#include "common/base64_avx2_p.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define HANGAR_BASE64_AVX2 1
#include <immintrin.h>
#endif

namespace hangar::base64::detail {

#ifdef HANGAR_BASE64_AVX2

__attribute__((target("avx2"))) qsizetype encodeBlocksAvx2(
    const unsigned char *in, qsizetype size, char *out)
{
    // In each 128-bit lane, the group of three bytes b0 b1 b2 becomes the 32-bit word with the
    // bytes b1 b0 b2 b1: its low half holds the first two sextets, its high half the last two,
    // and one multiply-high and one multiply-low per half shift each into its own byte.
    const __m256i spread = _mm256_setr_epi8(1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10, 1, 0,
        2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10);
    const __m256i firstAndThird = _mm256_set1_epi32(0x0fc0fc00);
    const __m256i firstAndThirdShift = _mm256_set1_epi32(0x04000040);
    const __m256i secondAndFourth = _mm256_set1_epi32(0x003f03f0);
    const __m256i secondAndFourthShift = _mm256_set1_epi32(0x01000010);
    // Sextet to character: an offset picked by range. Index 0: a-z, 1-10: 0-9, 11: '+',
    // 12: '/', 13: A-Z.
    const __m256i offsets = _mm256_setr_epi8(71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -19, -16,
        65, 0, 0, 71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -19, -16, 65, 0, 0);
    const __m256i twentySix = _mm256_set1_epi8(26);
    const __m256i fiftyOne = _mm256_set1_epi8(51);
    const __m256i thirteen = _mm256_set1_epi8(13);
    qsizetype done = 0;
    for (; size - done >= 28; done += 24, out += 32) {
        const __m128i low = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + done));
        const __m128i high = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + done + 12));
        const __m256i words = _mm256_shuffle_epi8(
            _mm256_inserti128_si256(_mm256_castsi128_si256(low), high, 1), spread);
        const __m256i sextets = _mm256_or_si256(
            _mm256_mulhi_epu16(_mm256_and_si256(words, firstAndThird), firstAndThirdShift),
            _mm256_mullo_epi16(_mm256_and_si256(words, secondAndFourth), secondAndFourthShift));
        const __m256i below26 = _mm256_and_si256(_mm256_cmpgt_epi8(twentySix, sextets), thirteen);
        const __m256i index = _mm256_add_epi8(_mm256_subs_epu8(sextets, fiftyOne), below26);
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(out),
            _mm256_add_epi8(sextets, _mm256_shuffle_epi8(offsets, index)));
    }
    return done;
}

__attribute__((target("avx2"))) qsizetype decodeBlocksAvx2(
    const unsigned char *in, qsizetype size, char *out)
{
    // Validity by nibbles: each high nibble has a class bit, and each low nibble the bits of the
    // classes it is not valid in. Classes: 0x01 nothing valid (0x0_, 0x1_, 0x8_ and up),
    // 0x02 '+' and '/' (0x2_), 0x04 digits (0x3_), 0x08 0x41-0x4F and 0x61-0x6F, 0x10
    // 0x50-0x5A and 0x70-0x7A.
    const __m256i classOfHigh = _mm256_setr_epi8(1, 1, 2, 4, 8, 16, 8, 16, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 2, 4, 8, 16, 8, 16, 1, 1, 1, 1, 1, 1, 1, 1);
    const __m256i invalidWithLow = _mm256_setr_epi8(0x0b, 3, 3, 3, 3, 3, 3, 3, 3, 3, 7, 0x15, 0x17,
        0x17, 0x17, 0x15, 0x0b, 3, 3, 3, 3, 3, 3, 3, 3, 3, 7, 0x15, 0x17, 0x17, 0x17, 0x15);
    // Character to sextet: an offset by high nibble, with '/' moved to index 1 ('+' keeps 2).
    const __m256i offsets = _mm256_setr_epi8(0, 16, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 16, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0);
    const __m256i nibble = _mm256_set1_epi8(0x0f);
    const __m256i slash = _mm256_set1_epi8('/');
    const __m256i mergePairs = _mm256_set1_epi32(0x01400140);
    const __m256i mergeWords = _mm256_set1_epi32(0x00011000);
    // Per 128-bit lane: the low three bytes of each 32-bit word, most significant first.
    const __m256i pack = _mm256_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1, 2,
        1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
    const __m256i joinLanes = _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 7, 7);
    qsizetype done = 0;
    for (; size - done >= 32; done += 32, out += 24) {
        const __m256i c = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(in + done));
        const __m256i high = _mm256_and_si256(_mm256_srli_epi32(c, 4), nibble);
        const __m256i low = _mm256_and_si256(c, nibble);
        const __m256i invalid = _mm256_and_si256(
            _mm256_shuffle_epi8(classOfHigh, high), _mm256_shuffle_epi8(invalidWithLow, low));
        if (!_mm256_testz_si256(invalid, invalid))
            break;
        const __m256i index = _mm256_add_epi8(high, _mm256_cmpeq_epi8(c, slash));
        const __m256i sextets = _mm256_add_epi8(c, _mm256_shuffle_epi8(offsets, index));
        // a b c d → a·64 + b and c·64 + d → (a·64 + b)·4096 + c·64 + d in each 32-bit word.
        const __m256i words =
            _mm256_madd_epi16(_mm256_maddubs_epi16(sextets, mergePairs), mergeWords);
        const __m256i bytes =
            _mm256_permutevar8x32_epi32(_mm256_shuffle_epi8(words, pack), joinLanes);
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(out), bytes);
    }
    return done;
}

#else

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
