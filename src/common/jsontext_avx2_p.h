#pragma once

#include <QtGlobal>

// The AVX2 half of verbatimJsonStringEnd(): whole blocks only, jsontext.cpp does the rest.
// Compiled for AVX2 regardless of the build's target and only called when cpu::hasAvx2().
namespace hangar::detail {

// How many bytes from `in`, in whole blocks of 32, are verbatim JSON text holding no quote.
// Stops before the first block with a quote or any other byte that is not verbatim.
qsizetype verbatimBlocksAvx2(const unsigned char *in, qsizetype size);

} // namespace hangar::detail
