#include "common/cpufeatures.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define HANGAR_CPUID 1
#include <cpuid.h>
#endif

namespace hangar::cpu {

namespace {

// The feature bits both checks read: CPUID leaf 1's ECX and leaf 7's EBX.
struct FeatureLeaves {
    bool read = false;
    unsigned int leaf1Ecx = 0;
    unsigned int leaf7Ebx = 0;
};

FeatureLeaves readFeatureLeaves()
{
    FeatureLeaves leaves;
#ifdef HANGAR_CPUID
    unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return leaves;
    leaves.leaf1Ecx = ecx;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return leaves;
    leaves.leaf7Ebx = ebx;
    leaves.read = true;
#endif
    return leaves;
}

bool detectAvx2()
{
#ifdef HANGAR_CPUID
    const FeatureLeaves leaves = readFeatureLeaves();
    // The operating system must save the YMM registers (OSXSAVE, then XCR0 bits 1 and 2).
    const bool osxsave = (leaves.leaf1Ecx & (1u << 27)) != 0;
    if (!leaves.read || !osxsave)
        return false;
    unsigned int xcr0Low = 0, xcr0High = 0;
    __asm__("xgetbv" : "=a"(xcr0Low), "=d"(xcr0High) : "c"(0));
    if ((xcr0Low & 6u) != 6u)
        return false;
    return (leaves.leaf7Ebx & (1u << 5)) != 0;
#else
    return false;
#endif
}

bool detectShaExtensions()
{
    const FeatureLeaves leaves = readFeatureLeaves();
    const bool ssse3 = (leaves.leaf1Ecx & (1u << 9)) != 0;
    const bool sse41 = (leaves.leaf1Ecx & (1u << 19)) != 0;
    const bool sha = (leaves.leaf7Ebx & (1u << 29)) != 0;
    return leaves.read && ssse3 && sse41 && sha;
}

} // namespace

bool hasAvx2()
{
    static const bool available = detectAvx2();
    return available;
}

bool hasShaExtensions()
{
    static const bool available = detectShaExtensions();
    return available;
}

} // namespace hangar::cpu
