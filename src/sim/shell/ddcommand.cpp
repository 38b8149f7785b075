// dd if=FILE of=FILE bs=N ibs=N obs=N skip=N seek=N count=N conv=LIST status=LEVEL
// The operands the transfer engine's positioned writes use (`dd of=F bs=4096 seek=N
// conv=notrunc`) and those a person typing in a console would reach for.
#include "sim/shell/commandcontext.h"
#include "sim/shell/commands.h"
#include "sim/shell/formatting.h"
#include "sim/shell/machinefs.h"
#include "sim/shell/sizesuffix.h"

#include <limits>

namespace hangar::sim {

namespace {

struct DdOperands {
    QString input; // empty: standard input
    QString output; // empty: standard output
    qint64 inputBlock = 512;
    qint64 outputBlock = 512;
    qint64 skip = 0; // input blocks
    qint64 seek = 0; // output blocks
    qint64 count = -1; // input blocks; -1: all
    bool noTruncate = false;
    QString status; // "", "none", "noxfer" or "progress"
};

// dd's numbers: those of head and tail, plus c (1) and w (2), and none may be 0 for sizes.
bool parseDdNumber(QString text, qint64 *value)
{
    qint64 multiplier = 1;
    if (text.endsWith(QLatin1Char('c'))) {
        text.chop(1);
    } else if (text.endsWith(QLatin1Char('w'))) {
        text.chop(1);
        multiplier = 2;
    }
    qint64 number = 0;
    if (!parseByteCount(text, &number) || number > std::numeric_limits<qint64>::max() / multiplier)
        return false;
    *value = number * multiplier;
    return true;
}

// Returns false after printing dd's message for the first operand it cannot take.
bool parseOperands(CommandContext &context, DdOperands *operands)
{
    for (const QString &argument : context.arguments()) {
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            context.printError(QStringLiteral("unrecognized operand %1").arg(quoted(argument)));
            return false;
        }
        const QString key = argument.left(equals);
        const QString value = argument.mid(equals + 1);
        qint64 number = 0;
        const bool isNumber = parseDdNumber(value, &number);
        const auto needNumber = [&](bool positive) {
            if (isNumber && (!positive || number > 0))
                return true;
            context.printError(QStringLiteral("invalid number: %1").arg(quoted(value)));
            return false;
        };
        if (key == QLatin1String("if")) {
            operands->input = value;
        } else if (key == QLatin1String("of")) {
            operands->output = value;
        } else if (key == QLatin1String("bs")) {
            if (!needNumber(true))
                return false;
            operands->inputBlock = operands->outputBlock = number;
        } else if (key == QLatin1String("ibs")) {
            if (!needNumber(true))
                return false;
            operands->inputBlock = number;
        } else if (key == QLatin1String("obs")) {
            if (!needNumber(true))
                return false;
            operands->outputBlock = number;
        } else if (key == QLatin1String("skip")) {
            if (!needNumber(false))
                return false;
            operands->skip = number;
        } else if (key == QLatin1String("seek")) {
            if (!needNumber(false))
                return false;
            operands->seek = number;
        } else if (key == QLatin1String("count")) {
            if (!needNumber(false))
                return false;
            operands->count = number;
        } else if (key == QLatin1String("conv")) {
            for (const QString &conversion : value.split(QLatin1Char(','))) {
                if (conversion == QLatin1String("notrunc"))
                    operands->noTruncate = true;
                else if (conversion != QLatin1String("fsync")
                    && conversion != QLatin1String("fdatasync")) {
                    context.printError(
                        QStringLiteral("invalid conversion: %1").arg(quoted(conversion)));
                    return false;
                }
            }
        } else if (key == QLatin1String("iflag") || key == QLatin1String("oflag")) {
            // Only fullblock: every read here is whole.
            if (value != QLatin1String("fullblock")) {
                context.printError(
                    QStringLiteral("invalid %1 flag: %2")
                        .arg(key == QLatin1String("iflag") ? QStringLiteral("input")
                                                           : QStringLiteral("output"),
                            quoted(value)));
                return false;
            }
        } else if (key == QLatin1String("status")) {
            if (value != QLatin1String("none") && value != QLatin1String("noxfer")
                && value != QLatin1String("progress")) {
                context.printError(QStringLiteral("invalid status level: %1").arg(quoted(value)));
                return false;
            }
            operands->status = value;
        } else {
            context.printError(QStringLiteral("unrecognized operand %1").arg(quoted(argument)));
            return false;
        }
    }
    return true;
}

QString records(qint64 bytes, qint64 block)
{
    return QStringLiteral("%1+%2").arg(bytes / block).arg(bytes % block != 0 ? 1 : 0);
}

void printStatistics(
    CommandContext &context, const DdOperands &operands, qint64 bytesIn, qint64 bytesOut)
{
    if (operands.status == QLatin1String("none"))
        return;
    QString text = records(bytesIn, operands.inputBlock) + QStringLiteral(" records in\n")
        + records(bytesOut, operands.outputBlock) + QStringLiteral(" records out\n");
    if (operands.status != QLatin1String("noxfer")) {
        text += QStringLiteral("%1 bytes (%2B) copied, 0 s\n")
                    .arg(bytesOut)
                    .arg(humanReadableSize(bytesOut));
    }
    context.writeErr(text);
}

} // namespace

int runDd(CommandContext &context)
{
    DdOperands operands;
    if (!parseOperands(context, &operands))
        return 1;

    QByteArray input;
    if (operands.input.isEmpty()) {
        input = context.readStdin();
    } else {
        const FsError error = context.fs().readFile(context.absolutePath(operands.input), &input);
        if (error != FsError::Ok) {
            context.printError(QStringLiteral("failed to open %1: %2")
                                   .arg(quoted(operands.input), fsErrorMessage(error)));
            return 1;
        }
    }
    // Compared by blocks first, so that huge skip and count values cannot overflow.
    const qint64 skipBytes = operands.skip > input.size() / operands.inputBlock
        ? input.size()
        : operands.skip * operands.inputBlock;
    qint64 length = input.size() - skipBytes;
    if (operands.count >= 0 && operands.count <= length / operands.inputBlock)
        length = operands.count * operands.inputBlock;
    // Not copied: transfers pass megabytes through here. The file system copies what it keeps.
    const QByteArray data = skipBytes == 0 && length == input.size()
        ? input
        : QByteArray::fromRawData(input.constData() + skipBytes, length);

    if (operands.output.isEmpty()) {
        if (operands.seek > 0) {
            context.printError(QStringLiteral("'standard output': cannot seek: Illegal seek"));
            return 1;
        }
        // A copy of its own: `data` may borrow from `input`, which ends with this command.
        context.writeOut(QByteArray(data.constData(), data.size()));
        printStatistics(context, operands, length, length);
        return 0;
    }

    if (operands.seek > std::numeric_limits<qint64>::max() / operands.outputBlock) {
        context.printError(QStringLiteral("invalid number: %1").arg(operands.seek));
        return 1;
    }
    const QString path = context.absolutePath(operands.output);
    qint64 written = 0;
    const FsError error = context.fs().writeAt(
        path, operands.seek * operands.outputBlock, data, !operands.noTruncate, &written);
    if (error == FsError::NoSpace) {
        context.printError(QStringLiteral("error writing %1: %2")
                               .arg(quoted(operands.output), fsErrorMessage(error)));
        printStatistics(context, operands, length, written);
        return 1;
    }
    if (error != FsError::Ok) {
        context.printError(QStringLiteral("failed to open %1: %2")
                               .arg(quoted(operands.output), fsErrorMessage(error)));
        return 1;
    }
    printStatistics(context, operands, length, written);
    return 0;
}

} // namespace hangar::sim
