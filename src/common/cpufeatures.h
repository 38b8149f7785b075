#pragma once

namespace hangar::cpu {

// True when this processor and the operating system support AVX2 (the OS saves the YMM
// registers). Asked once; the answer is cached.
bool hasAvx2();
// True when it has the SHA extensions (with the SSSE3 and SSE4.1 the SHA-256 code also uses).
bool hasShaExtensions();

} // namespace hangar::cpu
