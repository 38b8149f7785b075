#pragma once

namespace hangar::sim {

class CommandContext;

// One function per command; each returns the exit status. Grouped by the file defining them.

// builtincommands.cpp
int runColon(CommandContext &context);
int runTrue(CommandContext &context);
int runFalse(CommandContext &context);
int runExit(CommandContext &context);
int runCd(CommandContext &context);
int runSet(CommandContext &context);
int runShift(CommandContext &context);
int runEcho(CommandContext &context);

// testcommand.cpp: "test" and "["
int runTest(CommandContext &context);

// shcommand.cpp: "sh" and "bash"
int runSh(CommandContext &context);

// filecommands.cpp
int runCat(CommandContext &context);
int runTouch(CommandContext &context);
int runMkdir(CommandContext &context);
int runRmdir(CommandContext &context);
int runRm(CommandContext &context);
int runChmod(CommandContext &context);

// copymovecommands.cpp
int runCp(CommandContext &context);
int runMv(CommandContext &context);

// ddcommand.cpp
int runDd(CommandContext &context);

// lscommand.cpp
int runLs(CommandContext &context);

// statcommand.cpp
int runStat(CommandContext &context);

// checksumcommands.cpp
int runSha256sum(CommandContext &context);
int runSha1sum(CommandContext &context);
int runSha512sum(CommandContext &context);
int runMd5sum(CommandContext &context);

// base64command.cpp
int runBase64(CommandContext &context);

// bytecommands.cpp
int runHead(CommandContext &context);
int runTail(CommandContext &context);
int runWc(CommandContext &context);

// dfcommand.cpp
int runDf(CommandContext &context);

// systemcommands.cpp
int runSync(CommandContext &context);
int runUname(CommandContext &context);
int runHostname(CommandContext &context);
int runPwd(CommandContext &context);
int runDirname(CommandContext &context);
int runBasename(CommandContext &context);
int runSleep(CommandContext &context);

} // namespace hangar::sim
