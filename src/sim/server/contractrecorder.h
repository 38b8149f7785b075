#pragma once

#include <QFile>
#include <QString>

namespace hangar::sim {

struct HttpResponse;

// Appends every answer to a JSON Lines file, so that CI can check each one against the
// official API document (tests/contract). Off unless given a directory.
class ContractRecorder final {
public:
    explicit ContractRecorder(const QString &directory);

    bool isEnabled() const { return m_file.isOpen(); }
    void record(const QByteArray &method, const QString &route, const HttpResponse &response);

private:
    QFile m_file;
};

} // namespace hangar::sim
