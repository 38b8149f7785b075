#include "core/transfer/transferscripts.h"

#include <QRegularExpression>

namespace hangar::core::scripts {

namespace {

const QString kShellName = QStringLiteral("hangar");

api::ExecRequest shell(const QString &script, const QStringList &args, const QByteArray &input = {})
{
    api::ExecRequest request;
    request.command = QStringList {QStringLiteral("sh"), QStringLiteral("-c"), script, kShellName};
    request.command += args;
    request.stdinData = input;
    return request;
}

api::ExecRequest program(const QStringList &argv)
{
    api::ExecRequest request;
    request.command = argv;
    return request;
}

// "$7" or "${12}": the only thing generated scripts are made of besides fixed text.
QString arg(int index)
{
    return index < 10 ? QStringLiteral("\"$%1\"").arg(index)
                      : QStringLiteral("\"${%1}\"").arg(index);
}

StatLine::Type typeOf(const QString &text)
{
    if (text == QLatin1String("regular file") || text == QLatin1String("regular empty file"))
        return StatLine::Type::File;
    if (text == QLatin1String("directory"))
        return StatLine::Type::Directory;
    return StatLine::Type::Other;
}

} // namespace

api::ExecRequest statEach(const QStringList &paths)
{
    QString script;
    for (int i = 0; i < paths.size(); ++i) {
        script += QStringLiteral("stat -c '%F|%s|%Y|%a' -- %1 2>/dev/null || echo missing\n")
                      .arg(arg(i + 1));
    }
    return shell(script, paths);
}

api::ExecRequest writeFirstChunk(
    const QString &dir, const QString &tmp, const QByteArray &base64, bool last)
{
    QString script = QStringLiteral("mkdir -p -- \"$1\" && base64 -d > \"$2\"");
    if (last)
        script += QStringLiteral(" && sha256sum < \"$2\"");
    return shell(script, {dir, tmp}, base64);
}

api::ExecRequest writeFirstOfChunks(
    const QString &dir, const QString &tmp, const QByteArray &base64)
{
    return shell(QStringLiteral("mkdir -p -- \"$1\" && base64 -d | dd of=\"$2\" bs=65536 "
                                "conv=notrunc"),
        {dir, tmp}, base64);
}

qint64 ddBlockSize(qint64 offset)
{
    qint64 block = 65536;
    while (block > 1 && offset % block != 0)
        block /= 2;
    return block;
}

api::ExecRequest writeChunkAt(const QString &tmp, qint64 offset, const QByteArray &base64)
{
    const qint64 block = ddBlockSize(offset);
    return shell(QStringLiteral("[ -f \"$1\" ] || exit %1\n"
                                "base64 -d | dd of=\"$1\" bs=\"$2\" seek=\"$3\" conv=notrunc\n")
                     .arg(kTemporaryFileGone),
        {tmp, QString::number(block), QString::number(offset / block)}, base64);
}

api::ExecRequest sizeOf(const QString &path)
{
    return program({QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%s"),
        QStringLiteral("--"), path});
}

api::ExecRequest hashOf(const QString &path)
{
    return shell(QStringLiteral("sha256sum < \"$1\""), {path});
}

api::ExecRequest writeBatch(const QString &blob, const QStringList &dirs,
    const QList<BatchPart> &parts, const QByteArray &base64)
{
    QStringList args {blob};
    QString script;
    if (!dirs.isEmpty()) {
        script += QStringLiteral("mkdir -p --");
        for (const QString &dir : dirs) {
            args.append(dir);
            script += QLatin1Char(' ') + arg(int(args.size()));
        }
        script += QStringLiteral("\n");
    }
    // The blob's name ends in the shell's process ID: a repeat that runs while the first run
    // still does must not replace or remove the blob that one is reading.
    script += QStringLiteral("base64 -d > \"$1.$$\" || exit 3\n");
    QList<int> tmpArgs;
    for (const BatchPart &part : parts) {
        args += {QString::number(part.offset + 1), QString::number(part.length), part.tmp};
        const int first = int(args.size()) - 2;
        tmpArgs.append(first + 2);
        script += QStringLiteral("tail -c +%1 -- \"$1.$$\" | head -c %2 > %3\n")
                      .arg(arg(first), arg(first + 1), arg(first + 2));
    }
    script += QStringLiteral("rm -f -- \"$1.$$\"\n");
    for (const int index : std::as_const(tmpArgs))
        script += QStringLiteral("sha256sum < %1 2>/dev/null || echo -\n").arg(arg(index));
    return shell(script, args, base64);
}

api::ExecRequest finish(const QList<FinishPart> &parts)
{
    QStringList args;
    QString script;
    QString cleanup = QStringLiteral("rm -f --");
    for (const FinishPart &part : parts) {
        args += {QString::number(part.mode, 8), part.tmp, part.destination};
        const int first = int(args.size()) - 2;
        const QString placed = part.hashPlaced
            ? QStringLiteral("echo -n 'placed ' && sha256sum < %3")
            : QStringLiteral("echo placed");
        const QString line = QStringLiteral("chmod %1 %2 && mv -f -T -- %2 %3 && ") + placed
            + QStringLiteral(" || sha256sum < %3 2>/dev/null || echo -\n");
        script += line.arg(arg(first), arg(first + 1), arg(first + 2));
        cleanup += QLatin1Char(' ') + arg(first + 1);
    }
    script += cleanup + QLatin1Char('\n');
    return shell(script, args);
}

api::ExecRequest removeFiles(const QStringList &paths)
{
    return program(
        QStringList {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--")} + paths);
}

api::ExecRequest removeTrees(const QStringList &paths)
{
    return program(
        QStringList {QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--")} + paths);
}

api::ExecRequest makeDirectory(const QString &path)
{
    return program({QStringLiteral("mkdir"), QStringLiteral("-p"), QStringLiteral("--"), path});
}

api::ExecRequest listDirectory(const QString &dir)
{
    return shell(QStringLiteral("stat -c '%F|%s|%Y|%a|%n' -- \"$1\"/* \"$1\"/.[!.]* \"$1\"/..?* "
                                "2>/dev/null; true"),
        {dir});
}

api::ExecRequest readRange(const QString &path, qint64 offset, qint64 length)
{
    return shell(QStringLiteral("tail -c +\"$2\" -- \"$1\" | head -c \"$3\" | base64 -w 0"),
        {path, QString::number(offset + 1), QString::number(length)});
}

api::ExecRequest freeSpace(const QString &dir)
{
    return program({QStringLiteral("df"), QStringLiteral("-P"), QStringLiteral("-k"),
        QStringLiteral("--"), dir});
}

FinishLine parseFinishLine(const QString &line)
{
    static const QString placed = QStringLiteral("placed");
    FinishLine result;
    result.placed = line.startsWith(placed);
    if (result.placed && line.size() > placed.size())
        result.hash = parseSha256(line.mid(placed.size() + 1));
    else if (!result.placed)
        result.hash = parseSha256(line);
    return result;
}

std::optional<QByteArray> parseSha256(const QString &line)
{
    QString text = line.trimmed();
    if (text.startsWith(QLatin1Char('\\')))
        text.remove(0, 1);
    if (text.size() < 64)
        return std::nullopt;
    const QByteArray hex = text.left(64).toLatin1().toLower();
    for (const char c : hex) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return std::nullopt;
    }
    if (text.size() > 64 && text.at(64) != QLatin1Char(' '))
        return std::nullopt;
    return hex;
}

StatLine parseStatLine(const QString &line)
{
    StatLine stat;
    const QStringList fields = line.trimmed().split(QLatin1Char('|'));
    if (fields.size() < 4)
        return stat;
    stat.type = typeOf(fields.at(0));
    stat.size = fields.at(1).toLongLong();
    stat.mtime = fields.at(2).toLongLong();
    stat.mode = fields.at(3).toInt(nullptr, 8);
    return stat;
}

QList<RemoteEntry> parseListing(const QString &output, const QString &dir)
{
    const QString prefix = dir + QLatin1Char('/');
    static const QRegularExpression head(
        QStringLiteral("^([a-z ]+)\\|(\\d+)\\|(\\d+)\\|([0-7]+)\\|"));
    QList<RemoteEntry> entries;
    const QStringList lines = outputLines(output);
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = head.match(line);
        if (match.hasMatch() && line.mid(match.capturedEnd()).startsWith(prefix)) {
            RemoteEntry entry;
            entry.typeText = match.captured(1);
            entry.type = typeOf(entry.typeText);
            entry.size = match.captured(2).toLongLong();
            entry.mtime = match.captured(3).toLongLong();
            entry.mode = match.captured(4).toInt(nullptr, 8);
            entry.name = line.mid(match.capturedEnd() + prefix.size());
            entries.append(entry);
        } else if (!entries.isEmpty()) {
            entries.last().name += QLatin1Char('\n') + line; // a name with a newline in it
        }
    }
    return entries;
}

DiskSpace parseFreeSpace(const QString &output)
{
    DiskSpace space;
    const QStringList lines = outputLines(output);
    if (lines.size() < 2)
        return space;
    const QStringList fields = lines.last().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() < 4)
        return space;
    space.totalBytes = fields.at(1).toLongLong() * 1024;
    space.availableBytes = fields.at(3).toLongLong() * 1024;
    return space;
}

QStringList outputLines(const QString &output)
{
    QStringList lines = output.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

bool isNoSpace(const QString &standardError)
{
    return standardError.contains(QLatin1String("No space left on device"));
}

QString withoutDdStatistics(const QString &standardError)
{
    static const QRegularExpression statistics(
        QStringLiteral("^(\\d+\\+\\d+ records (in|out)|\\d+ bytes .*copied.*)$"));
    QStringList kept;
    for (const QString &line : outputLines(standardError)) {
        if (!statistics.match(line).hasMatch())
            kept.append(line);
    }
    return kept.join(QLatin1Char('\n')).trimmed();
}

} // namespace hangar::core::scripts
