#include "common/base64.h"

#include "common/base64_avx2_p.h"
#include "common/cpufeatures.h"

#include <array>
#include <cstring>

namespace hangar::base64 {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// The two characters of every 12-bit value, in memory order: one lookup per half of a 3-byte
// group instead of two, and the four characters stored at once.
struct PairTable {
    std::array<quint16, 4096> pairs {};
    PairTable()
    {
        for (int value = 0; value < 4096; ++value) {
            const char two[2] = {kAlphabet[value >> 6], kAlphabet[value & 63]};
            std::memcpy(&pairs[size_t(value)], two, 2);
        }
    }
};

constexpr int kInvalid = -1;
constexpr int kWhitespace = -2;
constexpr int kPadding = -3;

std::array<int, 256> decodeTable()
{
    std::array<int, 256> table {};
    table.fill(kInvalid);
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(kAlphabet[i])] = i;
    for (const unsigned char c : {'\n', '\r', '\t', ' ', '\v', '\f'})
        table[c] = kWhitespace;
    table[static_cast<unsigned char>('=')] = kPadding;
    return table;
}

} // namespace

bool acceleratedAvailable()
{
    return cpu::hasAvx2();
}

void appendEncoded(QByteArray &out, const char *data, qsizetype size, Implementation implementation)
{
    static const PairTable table;
    const qsizetype start = out.size();
    out.resize(start + encodedSize(size));
    char *target = out.data() + start;
    const auto *in = reinterpret_cast<const unsigned char *>(data);
    const quint16 *pairs = table.pairs.data();
    qsizetype i = 0;
    if (implementation == Implementation::Fastest && cpu::hasAvx2()) {
        i = detail::encodeBlocksAvx2(in, size, target);
        target += i / 3 * 4;
    }
    for (; i + 3 <= size; i += 3) {
        const quint32 group = (quint32(in[i]) << 16) | (quint32(in[i + 1]) << 8) | in[i + 2];
        const quint16 four[2] = {pairs[group >> 12], pairs[group & 0xfff]};
        std::memcpy(target, four, 4);
        target += 4;
    }
    const qsizetype rest = size - i;
    if (rest > 0) {
        const quint32 group = (quint32(in[i]) << 16) | (rest == 2 ? quint32(in[i + 1]) << 8 : 0);
        target[0] = kAlphabet[group >> 18];
        target[1] = kAlphabet[(group >> 12) & 63];
        target[2] = rest == 2 ? kAlphabet[(group >> 6) & 63] : '=';
        target[3] = '=';
    }
}

namespace {

// Decodes into `out`, which has room for size / 4 * 3 + 3 bytes (plus 8 with AVX2), and sets
// `*outEnd` past the last byte written. `out` may be `data` itself: the output never overtakes
// the input, not even with the AVX2 blocks' 8 extra bytes, which land on characters already read.
bool decodeInto(
    const char *data, qsizetype size, char *out, bool ignoreGarbage, bool avx2, char **outEnd)
{
    static const std::array<int, 256> table = decodeTable();
    const auto finish = [outEnd, &out](bool valid) {
        *outEnd = out;
        return valid;
    };
    quint32 group = 0;
    int groupSize = 0; // sextets collected in the current group of four
    int padding = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(data);
    const unsigned char *const end = in + size;
    while (in < end) {
        if (groupSize == 0) {
            // Whole groups of alphabet characters, the bulk of any input, go 32 or four at a
            // time; anything else (whitespace, padding, garbage) one by one below.
            if (avx2) {
                const qsizetype consumed = detail::decodeBlocksAvx2(in, end - in, out);
                in += consumed;
                out += consumed / 4 * 3;
            }
            while (end - in >= 4) {
                const int first = table[in[0]];
                const int second = table[in[1]];
                const int third = table[in[2]];
                const int fourth = table[in[3]];
                if ((first | second | third | fourth) < 0)
                    break;
                const quint32 whole = (quint32(first) << 18) | (quint32(second) << 12)
                    | (quint32(third) << 6) | quint32(fourth);
                out[0] = char(whole >> 16);
                out[1] = char(whole >> 8);
                out[2] = char(whole);
                out += 3;
                in += 4;
            }
            if (in == end)
                break;
        }
        const int value = table[*in++];
        if (value == kWhitespace || (value == kInvalid && ignoreGarbage))
            continue;
        if (value == kInvalid)
            return finish(false);
        if (value == kPadding) {
            // "xx==" or "xxx=" only.
            if (groupSize + padding < 2)
                return finish(false);
            ++padding;
            if (groupSize + padding == 4) {
                if (groupSize == 2) {
                    *out++ = char(group >> 4);
                } else {
                    *out++ = char(group >> 10);
                    *out++ = char(group >> 2);
                }
                groupSize = 4; // a completed, padded group: only whitespace may follow
            } else if (groupSize + padding > 4) {
                return finish(false);
            }
            continue;
        }
        if (padding > 0)
            return finish(false);
        group = (group << 6) | quint32(value);
        if (++groupSize == 4) {
            *out++ = char(group >> 16);
            *out++ = char(group >> 8);
            *out++ = char(group);
            group = 0;
            groupSize = 0;
        }
    }
    return finish(groupSize == 0 || (padding > 0 && groupSize == 4));
}

} // namespace

bool decode(const char *data, qsizetype size, QByteArray *output, bool ignoreGarbage,
    Implementation implementation)
{
    const bool avx2 = implementation == Implementation::Fastest && cpu::hasAvx2();
    // Written through a pointer into a buffer sized for the worst case (plus the AVX2 blocks'
    // overhang): transfers push megabytes through here.
    const qsizetype start = output->size();
    output->resize(start + size / 4 * 3 + 3 + (avx2 ? 8 : 0));
    char *end = nullptr;
    const bool valid = decodeInto(data, size, output->data() + start, ignoreGarbage, avx2, &end);
    output->truncate(end - output->constData());
    return valid;
}

bool decodeInPlace(QByteArray *text, bool ignoreGarbage, Implementation implementation)
{
    const bool avx2 = implementation == Implementation::Fastest && cpu::hasAvx2();
    char *begin = text->data(); // copies only when the text is shared
    char *end = nullptr;
    const bool valid = decodeInto(begin, text->size(), begin, ignoreGarbage, avx2, &end);
    text->truncate(end - begin);
    return valid;
}

} // namespace hangar::base64
