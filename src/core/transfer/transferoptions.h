#pragma once

#include <QString>

namespace hangar::core {

class Settings;

// What a copy into a volume may do, and how. The defaults are what Hangar ships; tests and the
// benchmark change them.
struct TransferOptions {
    // Raw bytes per exec. Sent as base64 in the JSON body, so a request is about 4/3 of this:
    // 6 MiB fits the simulator's (and Fly's proxy's) 10 MiB body limit with room to spare, and
    // a bigger chunk matters because exec is limited to one request per second per machine.
    // A 413 halves it, down to minChunkBytes. See docs/file-transfer.md for the measurement.
    qint64 chunkBytes = 6 * 1024 * 1024;
    qint64 minChunkBytes = 48 * 1024;
    // Chunks of one file travelling at once. Each is written at its own offset, so they may
    // land in any order. Over loopback one is as fast as three (the machine is the limit); with
    // latency, three hide most of it (docs/file-transfer.md). Each holds about 14 MiB.
    int chunksInFlight = 3;
    // Files up to this size travel packed together, several per exec.
    qint64 smallFileBytes = 512 * 1024;
    int batchFiles = 500; // keeps each generated script (~110 bytes a file) under 128 KiB
    // Larger files are copied only after the user says so (a preference: see below).
    qint64 askAboveBytes = qint64(1) << 30;
    // Symbolic links inside dropped folders: false = ask (and skip unless the user says follow).
    bool followSymlinks = false;
    // Attempts for one step that failed in a way worth repeating (5xx, a dropped connection), and
    // rewrites of one file whose checksum did not match.
    int maxAttempts = 4;
    int retryDelayMs = 400;
    int execTimeoutSecs = 60;

    // The short-lived machine that mounts a volume nobody has mounted.
    QString helperImage = QStringLiteral("registry-1.docker.io/library/alpine:3");
    QString helperMountPath = QStringLiteral("/data");
    // The helper's main process sleeps this long, then exits and auto_destroy removes it: a
    // helper left behind by a crash goes away by itself even if Hangar never runs again.
    int helperLifetimeSecs = 12 * 60 * 60;
};

// The size in MiB above which copies ask first, as stored (0: never ask); a damaged value
// stands for the default, never for "don't ask".
qint64 askAboveMiB(const Settings &settings);
// The shipped options with the user's preferences applied (the size above which to ask).
TransferOptions transferOptionsFrom(const Settings &settings);

} // namespace hangar::core
