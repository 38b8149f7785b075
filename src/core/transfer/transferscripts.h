#pragma once

#include "api/apiclient.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hangar::core::scripts {

// Every command the transfer engine runs on a machine. The script texts are fixed (or generated
// from a count alone); every path, name, mode and number travels as a positional argument of
// `sh -c SCRIPT hangar ARGS...`, so no user-supplied text is ever parsed by a shell. The same
// commands work with busybox (alpine) and GNU coreutils (debian). docs/file-transfer.md lists
// them.

// `stat` of each path, one line per path in order: "type|size|mtime|mode", or "missing".
api::ExecRequest statEach(const QStringList &paths);
// A file of one chunk: create the directory, write the temporary file from the base64 in
// stdin (truncating it), and when `last`, print its SHA-256. Safe to repeat.
api::ExecRequest writeFirstChunk(
    const QString &dir, const QString &tmp, const QByteArray &base64, bool last);
// The first chunk of a larger file: create the directory, and write the chunk at the start of
// the temporary file, creating it but never cutting it (chunks after it may land first).
api::ExecRequest writeFirstOfChunks(
    const QString &dir, const QString &tmp, const QByteArray &base64);
// A later chunk written at `offset` of the temporary file (`dd seek=… conv=notrunc`), which
// the first chunk made. Chunks so written may land in any order and are safe to repeat. If
// the temporary file is not there (this chunk overtook the first one, or a cleanup overtook
// this command) it is not made: the command exits with kTemporaryFileGone.
api::ExecRequest writeChunkAt(const QString &tmp, qint64 offset, const QByteArray &base64);
// dd seeks in blocks, and both busybox and GNU read and write `bs` bytes at a time: a chunk at
// `offset` is written with the largest power of two up to 64 KiB that divides the offset.
qint64 ddBlockSize(qint64 offset);
constexpr int kTemporaryFileGone = 3;
api::ExecRequest sizeOf(const QString &path); // prints the size in bytes
api::ExecRequest hashOf(const QString &path); // prints "<sha256>  -"

// Many small files in one exec: stdin is the base64 of their contents end to end; it is decoded
// into `blob` and the shell's process ID (so runs at once never share one), split into each
// file's temporary name, the blob removed, and one line printed per
// file: its SHA-256, or "-" when it could not be written. Safe to repeat.
struct BatchPart {
    qint64 offset = 0; // in the decoded blob
    qint64 length = 0;
    QString tmp;
};
api::ExecRequest writeBatch(const QString &blob, const QStringList &dirs,
    const QList<BatchPart> &parts, const QByteArray &base64);

// Puts finished files in place: chmod, then rename over the destination. One line per file:
// "placed" if this run renamed it, followed by the SHA-256 of what is at the destination then
// if `hashPlaced`; else the SHA-256 of what is at the destination ("-" if nothing), so a repeat
// after a lost answer can tell a finished file from a failed one. Then every temporary name is
// removed. Safe to repeat. The hash after the rename catches a write still running from a
// lost answer that shortened the file between its check and the rename; it costs a command
// per file, so it is kept for files written whole in one go, where that window is widest.
struct FinishPart {
    int mode = 0644;
    QString tmp;
    QString destination;
    bool hashPlaced = false;
};
api::ExecRequest finish(const QList<FinishPart> &parts);
struct FinishLine {
    bool placed = false; // this run renamed the file into place
    std::optional<QByteArray> hash; // SHA-256 of the destination, lowercase hex, if printed
};
FinishLine parseFinishLine(const QString &line);

api::ExecRequest removeFiles(const QStringList &paths); // rm -f
api::ExecRequest removeTrees(const QStringList &paths); // rm -rf
api::ExecRequest makeDirectory(const QString &path); // mkdir -p
api::ExecRequest listDirectory(const QString &dir);
// `length` bytes from `offset`, printed as base64 without line breaks.
api::ExecRequest readRange(const QString &path, qint64 offset, qint64 length);
api::ExecRequest freeSpace(const QString &dir);

// --- Reading the answers ---

// The 64 hex digits at the start of a sha256sum line (GNU prefixes escaped names with "\").
std::optional<QByteArray> parseSha256(const QString &line);

struct StatLine {
    enum class Type { Missing, File, Directory, Other };
    Type type = Type::Missing;
    qint64 size = 0;
    qint64 mtime = 0;
    int mode = 0;
};
StatLine parseStatLine(const QString &line);

struct RemoteEntry {
    QString name;
    StatLine::Type type = StatLine::Type::Other;
    QString typeText; // as stat says it: "regular file", "directory", "symbolic link", ...
    qint64 size = 0;
    qint64 mtime = 0;
    int mode = 0;
};
// The output of listDirectory(dir). A name with a newline continues on the next line(s).
QList<RemoteEntry> parseListing(const QString &output, const QString &dir);

struct DiskSpace {
    qint64 totalBytes = -1;
    qint64 availableBytes = -1;
};
DiskSpace parseFreeSpace(const QString &output);

// The lines of an output, without the final empty one.
QStringList outputLines(const QString &output);
// stderr says the disk is full.
bool isNoSpace(const QString &standardError);
// stderr without the statistics dd prints on success and failure ("… records in"), so that
// what remains is the error itself.
QString withoutDdStatistics(const QString &standardError);

} // namespace hangar::core::scripts
