#include "common/sha256.h"

#include "common/cpufeatures.h"

#include <cstring>

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#define HANGAR_SIM_SHA_X86 1
#include <immintrin.h>
#endif

namespace hangar {

namespace {

// The round constants: the first 32 bits of the fractional parts of the cube roots of the first
// 64 primes (FIPS 180-4, 4.2.2).
alignas(16) constexpr quint32 kRound[64] = {0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5,
    0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
    0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
    0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
    0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

inline quint32 rotateRight(quint32 value, int bits)
{
    return (value >> bits) | (value << (32 - bits));
}

inline quint32 loadBigEndian(const unsigned char *bytes)
{
    return (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8)
        | quint32(bytes[3]);
}

void compressPortable(quint32 *state, const unsigned char *blocks, std::size_t count)
{
    quint32 w[64];
    for (std::size_t block = 0; block < count; ++block, blocks += 64) {
        for (int t = 0; t < 16; ++t)
            w[t] = loadBigEndian(blocks + 4 * t);
        for (int t = 16; t < 64; ++t) {
            const quint32 s0 =
                rotateRight(w[t - 15], 7) ^ rotateRight(w[t - 15], 18) ^ (w[t - 15] >> 3);
            const quint32 s1 =
                rotateRight(w[t - 2], 17) ^ rotateRight(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        quint32 a = state[0], b = state[1], c = state[2], d = state[3];
        quint32 e = state[4], f = state[5], g = state[6], h = state[7];
        for (int t = 0; t < 64; ++t) {
            const quint32 sum1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
            const quint32 choose = (e & f) ^ (~e & g);
            const quint32 t1 = h + sum1 + choose + kRound[t] + w[t];
            const quint32 sum0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
            const quint32 majority = (a & b) ^ (a & c) ^ (b & c);
            const quint32 t2 = sum0 + majority;
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

#ifdef HANGAR_SIM_SHA_X86

// The SHA extensions keep the working variables in two registers, ABEF and CDGH (A in the
// highest lane). Each sha256rnds2 does two rounds and returns the new ABEF; the old ABEF is
// then the new CDGH, so the two registers swap roles after every call.
__attribute__((target("sha,sse4.1,ssse3"))) void compressSha(
    quint32 *state, const unsigned char *blocks, std::size_t count)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    // state[0..3] = a b c d, state[4..7] = e f g h (lane 0 first).
    const __m128i abcd = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));
    const __m128i efgh = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4));
    const __m128i badc = _mm_shuffle_epi32(abcd, 0xB1); // lanes b a d c
    const __m128i hgfe = _mm_shuffle_epi32(efgh, 0x1B); // lanes h g f e
    __m128i abef = _mm_alignr_epi8(badc, hgfe, 8); // lanes f e b a
    __m128i cdgh = _mm_blend_epi16(hgfe, badc, 0xF0); // lanes h g d c

    for (std::size_t block = 0; block < count; ++block, blocks += 64) {
        const __m128i savedAbef = abef;
        const __m128i savedCdgh = cdgh;
        __m128i w[4];
        for (int i = 0; i < 4; ++i) {
            w[i] = _mm_shuffle_epi8(
                _mm_loadu_si128(reinterpret_cast<const __m128i *>(blocks + 16 * i)), byteSwap);
        }
        // Sixteen steps of four rounds; w[i % 4] holds W[4i .. 4i+3] once step i has begun.
        // The schedule runs ahead of the rounds, so that it never waits on them: step i first
        // finishes W[4i+4 ..] (it needs W[4i ..]), and after its rounds starts W[4i+12 ..]
        // with sha256msg1 of W[4i-4 ..] and W[4i ..]. Unrolled, so that w[] lives in registers.
#if defined(__clang__)
#pragma clang loop unroll(full)
#elif defined(__GNUC__)
#pragma GCC unroll 16
#endif
        for (int i = 0; i < 16; ++i) {
            const __m128i current = w[i % 4];
            if (i >= 3 && i < 15) {
                __m128i &next = w[(i + 1) % 4]; // sha256msg1 of W[4i-12 ..] and W[4i-8 ..]
                const __m128i sevenBack = _mm_alignr_epi8(current, w[(i + 3) % 4], 4);
                next = _mm_sha256msg2_epu32(_mm_add_epi32(next, sevenBack), current);
            }
            const __m128i words = _mm_add_epi32(
                current, _mm_load_si128(reinterpret_cast<const __m128i *>(kRound + 4 * i)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, words);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(words, 0x0E));
            if (i >= 1 && i < 13) {
                __m128i &previous = w[(i + 3) % 4]; // W[4i-4 ..]
                previous = _mm_sha256msg1_epu32(previous, current);
            }
        }
        abef = _mm_add_epi32(abef, savedAbef);
        cdgh = _mm_add_epi32(cdgh, savedCdgh);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B); // lanes a b e f
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1); // lanes g h c d
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), _mm_alignr_epi8(dchg, feba, 8));
}

#endif

} // namespace

Sha256::Sha256(Implementation implementation)
    : m_compress(compressPortable)
{
#ifdef HANGAR_SIM_SHA_X86
    if (implementation == Implementation::Fastest && hardwareAvailable())
        m_compress = compressSha;
#else
    Q_UNUSED(implementation);
#endif
    reset();
}

bool Sha256::hardwareAvailable()
{
#ifdef HANGAR_SIM_SHA_X86
    return cpu::hasShaExtensions();
#else
    return false;
#endif
}

void Sha256::reset()
{
    // The first 32 bits of the fractional parts of the square roots of the first 8 primes.
    m_state = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19};
    m_buffered = 0;
    m_length = 0;
}

void Sha256::addData(const char *data, std::size_t size)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    m_length += size;
    if (m_buffered > 0) {
        const std::size_t take = qMin(size, m_buffer.size() - m_buffered);
        std::memcpy(m_buffer.data() + m_buffered, bytes, take);
        m_buffered += take;
        bytes += take;
        size -= take;
        if (m_buffered < m_buffer.size())
            return;
        m_compress(m_state.data(), m_buffer.data(), 1);
        m_buffered = 0;
    }
    const std::size_t whole = size / 64;
    if (whole > 0)
        m_compress(m_state.data(), bytes, whole);
    bytes += whole * 64;
    size -= whole * 64;
    if (size > 0) {
        std::memcpy(m_buffer.data(), bytes, size);
        m_buffered = size;
    }
}

QByteArray Sha256::result()
{
    const quint64 bits = m_length * 8;
    // 0x80, zeros up to 56 bytes into a block, then the length in bits, big-endian.
    unsigned char padding[72] = {0x80};
    const std::size_t padBytes = (m_buffered < 56 ? 56 : 120) - m_buffered;
    for (int i = 0; i < 8; ++i)
        padding[padBytes + std::size_t(i)] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    addData(reinterpret_cast<const char *>(padding), padBytes + 8);
    Q_ASSERT(m_buffered == 0);

    QByteArray digest(DigestBytes, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        const quint32 word = m_state[std::size_t(i)];
        digest[4 * i] = char(word >> 24);
        digest[4 * i + 1] = char(word >> 16);
        digest[4 * i + 2] = char(word >> 8);
        digest[4 * i + 3] = char(word);
    }
    reset();
    return digest;
}

QByteArray Sha256::hash(const QByteArray &data, Implementation implementation)
{
    Sha256 sha(implementation);
    sha.addData(data);
    return sha.result();
}

} // namespace hangar
