// stat [-c FORMAT | --printf FORMAT] [-L] PATH...
#include "sim/shell/commandcontext.h"
#include "sim/shell/commands.h"
#include "sim/shell/filemode.h"
#include "sim/shell/formatting.h"
#include "sim/shell/machinefs.h"
#include "sim/shell/optionparser.h"

namespace hangar::sim {

namespace {

// GNU stat's default (non-terse) format.
const QLatin1String kDefaultFormat("  File: %N\n"
                                   "  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n"
                                   "Device: %Hd,%Ld\tInode: %-11i Links: %h\n"
                                   "Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\n"
                                   "Access: %x\n"
                                   "Modify: %y\n"
                                   "Change: %z\n"
                                   " Birth: %w\n");

QString fileTypeName(const FileInfo &info)
{
    switch (info.type) {
    case NodeType::Directory:
        return QStringLiteral("directory");
    case NodeType::CharDevice:
        return QStringLiteral("character special file");
    case NodeType::File:
        break;
    }
    return info.size == 0 ? QStringLiteral("regular empty file") : QStringLiteral("regular file");
}

QString quotedName(const QString &name)
{
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && !QStringView(u"._/-+,:@%^=").contains(c))
            return quoted(name);
    }
    return name;
}

// Expands one directive; `numeric` tells whether the '0' flag may pad it.
QString directiveValue(QChar conversion, QChar modifier, const FileInfo &info,
    const QString &operand, const MachineFs &fs, const QString &path, bool *numeric)
{
    *numeric = true;
    const quint32 major = info.device >> 8;
    const quint32 minor = info.device & 0xff;
    switch (conversion.unicode()) {
    case 'a':
        return QString::number(info.mode, 8);
    case 'b':
        return QString::number(info.isDirectory() ? 8 : (info.size + 4095) / 4096 * 8);
    case 'B':
        return QStringLiteral("512");
    case 'd':
        if (modifier == QLatin1Char('H'))
            return QString::number(major);
        if (modifier == QLatin1Char('L'))
            return QString::number(minor);
        return QString::number(info.device);
    case 'D':
        return QString::number(info.device, 16);
    case 'f':
        return QString::number((info.isDirectory()                         ? 040000
                                       : info.type == NodeType::CharDevice ? 020000
                                                                           : 0100000)
                | info.mode,
            16);
    case 'g':
    case 'u':
        return QStringLiteral("0");
    case 'h':
        return QString::number(info.linkCount);
    case 'i':
        return QString::number(info.inode);
    case 'o':
        return QStringLiteral("4096");
    case 's':
        return QString::number(info.isDirectory() ? 4096 : info.size); // an ext4 directory block
    case 't':
        return info.type == NodeType::CharDevice ? QStringLiteral("1") : QStringLiteral("0");
    case 'T':
        return info.type == NodeType::CharDevice ? QStringLiteral("3") : QStringLiteral("0");
    case 'W':
        return QStringLiteral("0");
    case 'X':
    case 'Y':
    case 'Z':
        return QString::number(info.mtime);
    default:
        break;
    }
    *numeric = false;
    switch (conversion.unicode()) {
    case 'A':
        return modeString(info.type, info.mode);
    case 'F':
        return fileTypeName(info);
    case 'G':
    case 'U':
        return QStringLiteral("root");
    case 'm': {
        FilesystemUsage usage;
        fs.usage(path, &usage);
        return usage.mountPoint;
    }
    case 'n':
        return operand;
    case 'N':
        return quotedName(operand);
    case 'w':
        return QStringLiteral("-");
    case 'x':
    case 'y':
    case 'z':
        return formatStatTime(info.mtime);
    case 'C':
    default:
        return QStringLiteral("?");
    }
}

QString expandFormat(const QString &format, const FileInfo &info, const QString &operand,
    const MachineFs &fs, const QString &path)
{
    QString output;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c != QLatin1Char('%') || i + 1 >= format.size()) {
            output += c;
            continue;
        }
        ++i;
        QString flags;
        while (i < format.size() && QStringView(u"-0#+ '").contains(format.at(i)))
            flags += format.at(i++);
        QString width;
        while (i < format.size() && format.at(i).isDigit())
            width += format.at(i++);
        QString precision;
        bool hasPrecision = false;
        if (i < format.size() && format.at(i) == QLatin1Char('.')) {
            hasPrecision = true;
            ++i;
            while (i < format.size() && format.at(i).isDigit())
                precision += format.at(i++);
        }
        QChar modifier;
        if (i < format.size()
            && (format.at(i) == QLatin1Char('H') || format.at(i) == QLatin1Char('L'))) {
            modifier = format.at(i++);
        }
        if (i >= format.size()) {
            output += QLatin1Char('%') + flags + width;
            break;
        }
        const QChar conversion = format.at(i);
        if (conversion == QLatin1Char('%')) {
            output += QLatin1Char('%');
            continue;
        }
        bool numeric = false;
        QString value = directiveValue(conversion, modifier, info, operand, fs, path, &numeric);
        if (hasPrecision && !numeric)
            value.truncate(precision.toInt());
        const qsizetype fieldWidth = width.toInt();
        if (flags.contains(QLatin1Char('-')))
            value = padRight(value, fieldWidth);
        else if (flags.contains(QLatin1Char('0')) && numeric)
            value = value.rightJustified(fieldWidth, QLatin1Char('0'));
        else
            value = padLeft(value, fieldWidth);
        output += value;
    }
    return output;
}

// --printf interprets backslash escapes (and adds no newline).
QString interpretEscapes(const QString &text)
{
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('\\') || i + 1 >= text.size()) {
            result += text.at(i);
            continue;
        }
        const QChar next = text.at(++i);
        switch (next.unicode()) {
        case 'n':
            result += QLatin1Char('\n');
            break;
        case 't':
            result += QLatin1Char('\t');
            break;
        case 'r':
            result += QLatin1Char('\r');
            break;
        case '\\':
            result += QLatin1Char('\\');
            break;
        case '"':
            result += QLatin1Char('"');
            break;
        default:
            result += QLatin1Char('\\');
            result += next;
            break;
        }
    }
    return result;
}

} // namespace

int runStat(CommandContext &context)
{
    OptionParser options(
        {{'c', "format", true}, {'P', "printf", true, false}, {'L', "dereference"}});
    if (!options.parse(context.arguments()))
        return context.usageError(options.errorMessage());
    if (options.operands().isEmpty())
        return context.usageError(QStringLiteral("missing operand"));

    QString format = kDefaultFormat;
    const char formatOption = options.lastOf('c', 'P');
    if (formatOption == 'c')
        format = options.value('c') + QLatin1Char('\n');
    else if (formatOption == 'P')
        format = interpretEscapes(options.value('P'));

    int status = 0;
    for (const QString &operand : options.operands()) {
        const QString path = context.absolutePath(operand);
        FileInfo info;
        const FsError error = context.fs().stat(path, &info);
        if (error != FsError::Ok) {
            context.printError(
                QStringLiteral("cannot statx %1: %2").arg(quoted(operand), fsErrorMessage(error)));
            status = 1;
            continue;
        }
        context.writeOut(expandFormat(format, info, operand, context.fs(), path));
    }
    return status;
}

} // namespace hangar::sim
