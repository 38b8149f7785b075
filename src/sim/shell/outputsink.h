#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace hangar::sim {

// Where a command's stdout or stderr goes: a buffer owned by the caller (a pipe or the exec
// result), a file, or nowhere. Output to a file is collected and written to the file system
// when the command finishes, which is when a write error (a full volume) is reported.
// Two descriptors share one sink after "2>&1", so their output interleaves in order.
class OutputSink {
public:
    static std::shared_ptr<OutputSink> toBuffer(QByteArray *buffer);
    static std::shared_ptr<OutputSink> toFile(const QString &absolutePath);
    static std::shared_ptr<OutputSink> discard();

    void write(const QByteArray &bytes);

    bool isFile() const { return !m_path.isEmpty(); }
    const QString &path() const { return m_path; }
    QByteArray takePending();

private:
    OutputSink() = default;

    QByteArray *m_buffer = nullptr;
    QString m_path;
    QByteArray m_pending;
};

} // namespace hangar::sim
