#pragma once

namespace hangar::cpu {

// True when this processor and the operating system support AVX2 (the OS saves the YMM
// registers). Asked once; the answer is cached.
bool hasAvx2();

} // namespace hangar::cpu
