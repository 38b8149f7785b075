// base64 [-d] [-i] [-w COLS] [FILE]
#include "common/base64.h"
#include "sim/shell/commandcontext.h"
#include "sim/shell/commands.h"
#include "sim/shell/machinefs.h"
#include "sim/shell/optionparser.h"

namespace hangar::sim {

namespace {

QByteArray encodeBase64(const QByteArray &input, qsizetype wrap)
{
    const QByteArray encoded = base64::encode(input);
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
    // Over the input itself: exec hands stdin over unshared, so megabytes are decoded without
    // a second buffer.
    const bool valid = base64::decodeInPlace(&input, options.isSet('i'));
    context.writeOut(input);
    if (!valid) {
        context.printError(QStringLiteral("invalid input"));
        return 1;
    }
    return 0;
}

} // namespace hangar::sim
