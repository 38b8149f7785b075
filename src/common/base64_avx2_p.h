#pragma once

#include <QtGlobal>

// The AVX2 halves of the base64 codec: whole blocks only, the scalar code in base64.cpp does the
// rest (edges, whitespace, padding, errors). Compiled for AVX2 regardless of the build's target
// and only called when cpu::hasAvx2().
namespace hangar::base64::detail {

// Encodes 24 bytes into 32 characters at a time while at least 28 bytes are left to read (each
// block loads 16 bytes at offsets 0 and 12). Returns how many input bytes it encoded.
qsizetype encodeBlocksAvx2(const unsigned char *in, qsizetype size, char *out);

// Decodes 32 characters into 24 bytes at a time while at least 32 are left and all of them are
// alphabet characters; stops before the first block holding anything else. Each block stores 32
// bytes, so `out` needs 8 bytes of room beyond what is decoded. Returns characters consumed.
qsizetype decodeBlocksAvx2(const unsigned char *in, qsizetype size, char *out);

} // namespace hangar::base64::detail
