// head, tail and wc.
#include "sim/shell/commandcontext.h"
#include "sim/shell/commands.h"
#include "sim/shell/formatting.h"
#include "sim/shell/machinefs.h"
#include "sim/shell/optionparser.h"
#include "sim/shell/sizesuffix.h"

#include <QRegularExpression>

namespace hangar::sim {

namespace {

// Reads one operand ("-" is standard input); prints GNU's message on failure.
bool readInput(CommandContext &context, const QString &operand, QByteArray *data)
{
    if (operand == QLatin1String("-")) {
        *data = context.readStdin();
        return true;
    }
    const FsError error = context.fs().readFile(context.absolutePath(operand), data);
    if (error == FsError::Ok)
        return true;
    context.printError(QStringLiteral("cannot open %1 for reading: %2")
                           .arg(quoted(operand), fsErrorMessage(error)));
    return false;
}

// Offset just after the `lines`-th newline, or the end.
qsizetype offsetAfterLines(const QByteArray &data, qint64 lines)
{
    qsizetype offset = 0;
    for (qint64 line = 0; line < lines; ++line) {
        const qsizetype newline = data.indexOf('\n', offset);
        if (newline < 0)
            return data.size();
        offset = newline + 1;
    }
    return offset;
}

// Offset where the last `lines` lines start (a final line without newline counts).
qsizetype offsetOfLastLines(const QByteArray &data, qint64 lines)
{
    if (lines == 0)
        return data.size();
    qsizetype end = data.size();
    if (end > 0 && data.at(end - 1) == '\n')
        --end;
    for (qint64 line = 0; line < lines; ++line) {
        const qsizetype newline = end > 0 ? data.lastIndexOf('\n', end - 1) : -1;
        if (newline < 0)
            return 0;
        end = newline;
    }
    return end + 1;
}

struct CountOption {
    bool lines = true;
    bool fromStart = false; // tail "+N"
    bool allBut = false; // head "-N"
    qint64 count = 10;
};

// Reads -c / -n for head ("allowMinus") or tail ("allowPlus").
bool parseCountOption(
    CommandContext &context, const OptionParser &options, bool isHead, CountOption *result)
{
    const char which = options.lastOf('c', 'n');
    if (which == 0)
        return true;
    result->lines = which == 'n';
    QString text = options.value(which);
    if (text.startsWith(QLatin1Char('+'))) {
        result->fromStart = !isHead;
        text = text.mid(1);
    } else if (text.startsWith(QLatin1Char('-'))) {
        result->allBut = isHead;
        text = text.mid(1);
    }
    if (!parseByteCount(text, &result->count)) {
        context.printError(
            QStringLiteral("invalid number of %1: %2")
                .arg(result->lines ? QStringLiteral("lines") : QStringLiteral("bytes"),
                    quoted(options.value(which))));
        return false;
    }
    return true;
}

QByteArray headOf(const QByteArray &data, const CountOption &option)
{
    qsizetype end = 0;
    if (option.lines) {
        end = option.allBut ? offsetOfLastLines(data, option.count)
                            : offsetAfterLines(data, option.count);
    } else {
        const qint64 size = data.size();
        end = qsizetype(option.allBut ? qMax<qint64>(0, size - option.count)
                                      : qMin<qint64>(size, option.count));
    }
    return end == data.size() ? data : data.left(end);
}

QByteArray tailOf(const QByteArray &data, const CountOption &option)
{
    qsizetype start = 0;
    const qint64 size = data.size();
    if (option.lines) {
        start = option.fromStart ? offsetAfterLines(data, qMax<qint64>(0, option.count - 1))
                                 : offsetOfLastLines(data, option.count);
    } else {
        start = qsizetype(option.fromStart ? qMin<qint64>(size, qMax<qint64>(0, option.count - 1))
                                           : qMax<qint64>(0, size - option.count));
    }
    return start == 0 ? data : data.mid(start);
}

int runHeadOrTail(CommandContext &context, bool isHead)
{
    // The obsolete "head -5" form means "-n 5".
    QStringList arguments = context.arguments();
    static const QRegularExpression obsoleteCount(QStringLiteral("^-\\d+$"));
    if (!arguments.isEmpty() && obsoleteCount.match(arguments.constFirst()).hasMatch())
        arguments.replace(0, QStringLiteral("-n") + arguments.constFirst().mid(1));

    OptionParser options(
        {{'c', "bytes", true}, {'n', "lines", true}, {'q', "quiet"}, {'v', "verbose"}});
    if (!options.parse(arguments))
        return context.usageError(options.errorMessage());
    CountOption count;
    if (!parseCountOption(context, options, isHead, &count))
        return 1;
    QStringList operands = options.operands();
    if (operands.isEmpty())
        operands.append(QStringLiteral("-"));
    const bool headers = options.isSet('v') || (operands.size() > 1 && !options.isSet('q'));

    int status = 0;
    for (qsizetype i = 0; i < operands.size(); ++i) {
        QByteArray data;
        if (!readInput(context, operands.at(i), &data)) {
            status = 1;
            continue;
        }
        if (headers) {
            const QString name = operands.at(i) == QLatin1String("-")
                ? QStringLiteral("standard input")
                : operands.at(i);
            context.writeOut((i > 0 ? QStringLiteral("\n") : QString())
                + QStringLiteral("==> %1 <==\n").arg(name));
        }
        context.writeOut(isHead ? headOf(data, count) : tailOf(data, count));
    }
    return status;
}

struct WordCounts {
    qint64 lines = 0;
    qint64 words = 0;
    qint64 characters = 0;
    qint64 bytes = 0;
};

WordCounts countWords(const QByteArray &data)
{
    WordCounts counts;
    counts.bytes = data.size();
    bool inWord = false;
    for (const char c : data) {
        if (c == '\n')
            ++counts.lines;
        if ((static_cast<unsigned char>(c) & 0xc0) != 0x80)
            ++counts.characters;
        const bool space =
            c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
        if (!space && !inWord)
            ++counts.words;
        inWord = !space;
    }
    return counts;
}

} // namespace

int runHead(CommandContext &context)
{
    return runHeadOrTail(context, true);
}

int runTail(CommandContext &context)
{
    return runHeadOrTail(context, false);
}

// wc [-c] [-m] [-l] [-w] [FILE...]
int runWc(CommandContext &context)
{
    OptionParser options({{'c', "bytes"}, {'m', "chars"}, {'l', "lines"}, {'w', "words"}});
    if (!options.parse(context.arguments()))
        return context.usageError(options.errorMessage());
    bool showLines = options.isSet('l');
    bool showWords = options.isSet('w');
    const bool showCharacters = options.isSet('m');
    bool showBytes = options.isSet('c');
    if (!showLines && !showWords && !showCharacters && !showBytes)
        showLines = showWords = showBytes = true;

    const QStringList operands = options.operands();
    const QStringList inputs = operands.isEmpty() ? QStringList {QStringLiteral("-")} : operands;
    QList<std::pair<QString, WordCounts>> rows;
    WordCounts total;
    bool readsStdin = false;
    int status = 0;
    for (const QString &input : inputs) {
        QByteArray data;
        if (input == QLatin1String("-")) {
            data = context.readStdin();
        } else if (const FsError error = context.fs().readFile(context.absolutePath(input), &data);
                   error != FsError::Ok) {
            context.printError(input + QStringLiteral(": ") + fsErrorMessage(error));
            status = 1;
            continue;
        }
        readsStdin = readsStdin || input == QLatin1String("-");
        const WordCounts counts = countWords(data);
        total.lines += counts.lines;
        total.words += counts.words;
        total.characters += counts.characters;
        total.bytes += counts.bytes;
        rows.append({operands.isEmpty() ? QString() : input, counts});
    }
    if (inputs.size() > 1)
        rows.append({QStringLiteral("total"), total});

    // GNU sizes the columns from the total byte count, with 7 as the minimum for stdin.
    const int columns = int(showLines) + int(showWords) + int(showCharacters) + int(showBytes);
    qsizetype width = QString::number(total.bytes).size();
    if (readsStdin)
        width = qMax<qsizetype>(width, 7);
    if (columns == 1 && rows.size() == 1)
        width = 1;
    QString output;
    for (const auto &[name, counts] : std::as_const(rows)) {
        QStringList fields;
        if (showLines)
            fields.append(padLeft(QString::number(counts.lines), width));
        if (showWords)
            fields.append(padLeft(QString::number(counts.words), width));
        if (showCharacters)
            fields.append(padLeft(QString::number(counts.characters), width));
        if (showBytes)
            fields.append(padLeft(QString::number(counts.bytes), width));
        if (!name.isEmpty())
            fields.append(name);
        output += fields.join(QLatin1Char(' ')) + QLatin1Char('\n');
    }
    context.writeOut(output);
    return status;
}

} // namespace hangar::sim
