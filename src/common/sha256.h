#pragma once

#include <QByteArray>

#include <array>
#include <cstddef>

namespace hangar {

// SHA-256 (FIPS 180-4). Copies into volumes hash every byte twice (the client what it sends,
// the simulated machine's sha256sum what it wrote), and QCryptographicHash in Qt 6.4 uses a
// portable implementation that does about 100 MB/s. This one uses the x86 SHA extensions when
// the processor has them (detected at run time) and a plain C++ version otherwise. Its tests
// check it against the FIPS vectors and against QCryptographicHash.
class Sha256 final {
public:
    static constexpr int DigestBytes = 32;
    enum class Implementation { Fastest, Portable };

    explicit Sha256(Implementation implementation = Implementation::Fastest);

    void reset();
    void addData(const char *data, std::size_t size);
    void addData(const QByteArray &data) { addData(data.constData(), std::size_t(data.size())); }
    // The 32-byte digest; the object is reset afterwards.
    QByteArray result();

    static QByteArray hash(
        const QByteArray &data, Implementation implementation = Implementation::Fastest);
    // True when this processor has the SHA extensions and Fastest uses them.
    static bool hardwareAvailable();

private:
    using Compress = void (*)(quint32 *state, const unsigned char *blocks, std::size_t count);

    Compress m_compress;
    std::array<quint32, 8> m_state {};
    std::array<unsigned char, 64> m_buffer {};
    std::size_t m_buffered = 0;
    quint64 m_length = 0; // bytes
};

} // namespace hangar
