#include "common/cpufeatures.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define HANGAR_CPUID 1
#include <cpuid.h>
#endif

namespace hangar::cpu {

namespace {

bool detectAvx2()
{
#ifdef HANGAR_CPUID
    unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    // The operating system must save the YMM registers (OSXSAVE, then XCR0 bits 1 and 2).
    const bool osxsave = (ecx & (1u << 27)) != 0;
    if (!osxsave)
        return false;
    unsigned int xcr0Low = 0, xcr0High = 0;
    __asm__("xgetbv" : "=a"(xcr0Low), "=d"(xcr0High) : "c"(0));
    if ((xcr0Low & 6u) != 6u)
        return false;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    return (ebx & (1u << 5)) != 0;
#else
    return false;
#endif
}

bool detectShaExtensions()
{
#ifdef HANGAR_CPUID
    unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const bool ssse3 = (ecx & (1u << 9)) != 0;
    const bool sse41 = (ecx & (1u << 19)) != 0;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    const bool sha = (ebx & (1u << 29)) != 0;
    return ssse3 && sse41 && sha;
#else
    return false;
#endif
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
