// base64 [-d] [-i] [-w COLS] [FILE]
#include "sim/shell/commandcontext.h"
#include "sim/shell/commands.h"
#include "sim/shell/machinefs.h"
#include "sim/shell/optionparser.h"

#include <array>

namespace hangar::sim {

namespace {

constexpr int kInvalid = -1;
constexpr int kWhitespace = -2;
constexpr int kPadding = -3;

std::array<int, 256> decodeTable()
{
    std::array<int, 256> table {};
    table.fill(kInvalid);
    const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(alphabet[i])] = i;
    for (const unsigned char c : {'\n', '\r', '\t', ' ', '\v', '\f'})
        table[c] = kWhitespace;
    table[static_cast<unsigned char>('=')] = kPadding;
    return table;
}

// Decodes in one pass. Whitespace is skipped; anything else outside the alphabet (unless
// `ignoreGarbage`), data after padding or a truncated final group is invalid. The bytes
// decoded before the problem are kept in `output`, as GNU base64 writes them out.
bool decodeBase64(const QByteArray &input, bool ignoreGarbage, QByteArray *output)
{
    static const std::array<int, 256> table = decodeTable();
    // Written through a pointer into a buffer sized for the worst case: transfers push
    // megabytes through here, and appending byte by byte was the simulator's hot spot.
    const qsizetype start = output->size();
    output->resize(start + input.size() / 4 * 3 + 3);
    char *out = output->data() + start;
    const auto finish = [output, &out](bool valid) {
        output->truncate(out - output->constData());
        return valid;
    };
    quint32 group = 0;
    int groupSize = 0; // sextets collected in the current group of four
    int padding = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(input.constData());
    const unsigned char *const end = in + input.size();
    while (in < end) {
        if (groupSize == 0) {
            // Whole groups of four alphabet characters, the bulk of any input, go four at a
            // time; anything else (whitespace, padding, garbage) one by one below.
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

QByteArray encodeBase64(const QByteArray &input, qsizetype wrap)
{
    const QByteArray encoded = input.toBase64();
    if (wrap == 0 || encoded.isEmpty())
        return encoded;
    QByteArray wrapped;
    wrapped.reserve(encoded.size() + encoded.size() / wrap + 1);
    for (qsizetype offset = 0; offset < encoded.size(); offset += wrap) {
        wrapped.append(encoded.constData() + offset, qMin(wrap, encoded.size() - offset));
        wrapped.append('\n');
    }
    return wrapped;
}

} // namespace

int runBase64(CommandContext &context)
{
    OptionParser options({{'d', "decode"}, {'i', "ignore-garbage"}, {'w', "wrap", true}});
    if (!options.parse(context.arguments()))
        return context.usageError(options.errorMessage());
    const QStringList operands = options.operands();
    if (operands.size() > 1)
        return context.usageError(QStringLiteral("extra operand %1").arg(quoted(operands.at(1))));

    qsizetype wrap = 76;
    if (options.isSet('w')) {
        bool ok = false;
        wrap = options.value('w').toLongLong(&ok);
        if (!ok || wrap < 0) {
            context.printError(
                QStringLiteral("invalid wrap size: %1").arg(quoted(options.value('w'))));
            return 1;
        }
    }

    QByteArray input;
    const QString operand = operands.value(0, QStringLiteral("-"));
    if (operand == QLatin1String("-")) {
        input = context.readStdin();
    } else {
        const FsError error = context.fs().readFile(context.absolutePath(operand), &input);
        if (error != FsError::Ok) {
            context.printError(operand + QStringLiteral(": ") + fsErrorMessage(error));
            return 1;
        }
    }

    if (!options.isSet('d')) {
        context.writeOut(encodeBase64(input, wrap));
        return 0;
    }
    QByteArray decoded;
    const bool valid = decodeBase64(input, options.isSet('i'), &decoded);
    context.writeOut(decoded);
    if (!valid) {
        context.printError(QStringLiteral("invalid input"));
        return 1;
    }
    return 0;
}

} // namespace hangar::sim
