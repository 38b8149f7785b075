#pragma once

#include "sim/shell/machinefs.h"
#include "sim/shell/rootfslayout.h"
#include "sim/shell/shell.h"
#include "sim/shell/virtualfs.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <memory>

namespace hangar::sim::test {

// 2023-11-14 22:13:20 UTC: every test runs at this simulated time unless it advances it.
constexpr qint64 kFixedNow = 1700000000;

// A clock the test controls; copies of the returned VirtualFs::Clock read the same value.
class TestClock {
public:
    qint64 now() const { return *m_now; }
    void set(qint64 seconds) { *m_now = seconds; }
    void advance(qint64 seconds) { *m_now += seconds; }
    VirtualFs::Clock function() const
    {
        const std::shared_ptr<qint64> now = m_now;
        return [now] { return *now; };
    }

private:
    std::shared_ptr<qint64> m_now = std::make_shared<qint64>(kFixedNow);
};

// A machine with a populated root file system and a volume mounted at /data.
class MachineFixture {
public:
    explicit MachineFixture(qint64 volumeCapacity = 10 * 1024 * 1024)
        : volume(std::make_shared<VirtualFs>(volumeCapacity, clock.function()))
        , fs(VirtualFs(VirtualFs::Unlimited, clock.function()))
    {
        populateRootFs(fs.root(), QStringLiteral("nginx:1.25"), QStringLiteral("e2865013a1d986"));
        fs.mount(QStringLiteral("/data"), volume);
    }

    ExecResult run(const QStringList &argv, const QByteArray &stdinData = {})
    {
        Shell shell(fs);
        return shell.run(argv, stdinData);
    }

    // sh -c SCRIPT hangar ARGS..., the way the desktop client passes user paths.
    ExecResult sh(
        const QString &script, const QStringList &arguments = {}, const QByteArray &stdinData = {})
    {
        return run(QStringList {QStringLiteral("sh"), QStringLiteral("-c"), script,
                       QStringLiteral("hangar")}
                + arguments,
            stdinData);
    }

    QByteArray read(const QString &path) const
    {
        QByteArray contents;
        fs.readFile(path, &contents);
        return contents;
    }

    void write(const QString &path, const QByteArray &contents) { fs.writeFile(path, contents); }

    TestClock clock;
    std::shared_ptr<VirtualFs> volume;
    MachineFs fs;
};

inline QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// A QStringList from UTF-8 literals, for data tables (QT_NO_CAST_FROM_ASCII forbids the
// implicit conversion).
inline QStringList stringList(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

} // namespace hangar::sim::test
