// sha256sum, sha1sum, sha512sum and md5sum [-b|-t] [--tag] [FILE...]
#include "common/sha256.h"
#include "sim/shell/commandcontext.h"
#include "sim/shell/commands.h"
#include "sim/shell/machinefs.h"
#include "sim/shell/optionparser.h"

#include <QCryptographicHash>

namespace hangar::sim {

namespace {

// GNU escapes a name holding a backslash or newline and marks the line with a leading "\".
bool escapeName(QString *name)
{
    if (!name->contains(QLatin1Char('\\')) && !name->contains(QLatin1Char('\n')))
        return false;
    name->replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    name->replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return true;
}

// The raw digest of a file operand or of standard input ("-").
FsError checksumOf(CommandContext &context, const QString &operand,
    QCryptographicHash::Algorithm algorithm, QByteArray *digest)
{
    // SHA-256 is what every verified transfer runs over whole files. A file, named or
    // redirected to stdin, comes with the hash its writes kept up to date (VirtualFs::sha256).
    const bool sha256 = algorithm == QCryptographicHash::Sha256;
    const bool isStdin = operand == QLatin1String("-");
    const QString file = isStdin ? context.stdinFile() : context.absolutePath(operand);
    if (sha256 && !file.isEmpty()) {
        const FsError error = context.fs().sha256(file, digest);
        if (isStdin)
            context.readStdin(); // consumed, as reading it would have
        return error;
    }
    QByteArray contents;
    if (isStdin) {
        contents = context.readStdin();
    } else if (const FsError error = context.fs().readFile(file, &contents); error != FsError::Ok) {
        return error;
    }
    // The own SHA-256 is several times faster than Qt 6.4's.
    *digest = sha256 ? Sha256::hash(contents) : QCryptographicHash::hash(contents, algorithm);
    return FsError::Ok;
}

int runChecksum(
    CommandContext &context, QCryptographicHash::Algorithm algorithm, const QString &tagName)
{
    OptionParser options({{'b', "binary"}, {'t', "text"}, {'T', "tag", false, false}});
    if (!options.parse(context.arguments()))
        return context.usageError(options.errorMessage());
    QStringList operands = options.operands();
    if (operands.isEmpty())
        operands.append(QStringLiteral("-"));
    const bool binary = options.lastOf('b', 't') == 'b';

    int status = 0;
    for (const QString &operand : std::as_const(operands)) {
        QByteArray digest;
        const FsError error = checksumOf(context, operand, algorithm, &digest);
        if (error != FsError::Ok) {
            context.printError(operand + QStringLiteral(": ") + fsErrorMessage(error));
            status = 1;
            continue;
        }
        digest = digest.toHex();
        QString name = operand;
        const bool escaped = escapeName(&name);
        QByteArray line = escaped ? QByteArray("\\") : QByteArray();
        if (options.isSet('T')) {
            line +=
                (tagName + QStringLiteral(" (") + name + QStringLiteral(") = ")).toUtf8() + digest;
        } else {
            line += digest + (binary ? " *" : "  ") + name.toUtf8();
        }
        line += '\n';
        context.writeOut(line);
    }
    return status;
}

} // namespace

int runSha256sum(CommandContext &context)
{
    return runChecksum(context, QCryptographicHash::Sha256, QStringLiteral("SHA256"));
}

int runSha1sum(CommandContext &context)
{
    return runChecksum(context, QCryptographicHash::Sha1, QStringLiteral("SHA1"));
}

int runSha512sum(CommandContext &context)
{
    return runChecksum(context, QCryptographicHash::Sha512, QStringLiteral("SHA512"));
}

int runMd5sum(CommandContext &context)
{
    return runChecksum(context, QCryptographicHash::Md5, QStringLiteral("MD5"));
}

} // namespace hangar::sim
