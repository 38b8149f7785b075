#include "api/values/guestconfig.h"
#include "valuetestsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace hangar::api;
using namespace Qt::StringLiterals;

namespace {

GuestConfig guestOf(const QString &kind, int cpus, int memoryMb)
{
    GuestConfig guest;
    guest.setCpuKind(kind);
    guest.setCpus(cpus);
    guest.setMemoryMb(memoryMb);
    return guest;
}

} // namespace

class TestGuestConfig : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsAndWritesEveryField()
    {
        GuestConfig guest(valuetest::parseObject(R"({
            "cpu_kind": "performance", "cpus": 8, "memory_mb": 32768, "gpu_kind": "a100-pcie-40gb",
            "gpus": 1, "max_memory_mb": 65536, "host_dedication_id": "hd_1",
            "kernel_args": ["mitigations=off"], "required_host_features": ["gpu"],
            "persist_rootfs": "always", "x_unknown": {"keep": [1, 2]}
        })"));
        QCOMPARE(guest.cpuKind(), u"performance"_s);
        QCOMPARE(guest.cpus(), 8);
        QCOMPARE(guest.memoryMb(), 32768);
        QCOMPARE(guest.gpuKind(), u"a100-pcie-40gb"_s);
        QCOMPARE(guest.gpus(), 1);
        QCOMPARE(guest.maxMemoryMb(), 65536);
        QCOMPARE(guest.hostDedicationId(), u"hd_1"_s);
        QCOMPARE(guest.kernelArgs(), QStringList {u"mitigations=off"_s});
        QCOMPARE(guest.requiredHostFeatures(), QStringList {u"gpu"_s});
        QCOMPARE(guest.persistRootfs(), u"always"_s);
        QCOMPARE(guest.presetName(), u"a100-40gb"_s);

        const QJsonObject before = guest.json();
        guest.setMaxMemoryMb(49152);
        guest.setKernelArgs({});
        guest.setHostDedicationId(u"hd_2"_s);
        guest.setRequiredHostFeatures({u"gpu"_s, u"nvme"_s});
        guest.setGpuKind(u"l40s"_s);
        guest.setGpus(2);
        QCOMPARE(valuetest::changedPaths(before, guest.json()),
            (QStringList {u"gpu_kind"_s, u"gpus"_s, u"host_dedication_id"_s, u"kernel_args"_s,
                u"max_memory_mb"_s, u"required_host_features"_s}));
        QCOMPARE(guest.json().value("x_unknown"_L1), before.value("x_unknown"_L1));
    }

    void presetsMatchFlyGo_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("cpus");
        QTest::addColumn<int>("memoryMb");
        QTest::addColumn<QString>("gpuKind");
        for (const int cpus : {1, 2, 4, 6, 8}) {
            const QString name = u"shared-cpu-"_s + QString::number(cpus) + u"x"_s;
            QTest::newRow(qPrintable(name))
                << name << u"shared"_s << cpus << 256 * cpus << QString();
        }
        for (const int cpus : {1, 2, 4, 6, 8, 10, 12, 14, 16}) {
            const QString name = u"performance-"_s + QString::number(cpus) + u"x"_s;
            QTest::newRow(qPrintable(name))
                << name << u"performance"_s << cpus << 2048 * cpus << QString();
        }
        QTest::newRow("a10") << u"a10"_s << u"performance"_s << 8 << 32768 << u"a10"_s;
        QTest::newRow("l40s") << u"l40s"_s << u"performance"_s << 8 << 32768 << u"l40s"_s;
        QTest::newRow("a100-40gb")
            << u"a100-40gb"_s << u"performance"_s << 8 << 32768 << u"a100-pcie-40gb"_s;
        QTest::newRow("a100-80gb")
            << u"a100-80gb"_s << u"performance"_s << 8 << 32768 << u"a100-sxm4-80gb"_s;
    }

    void presetsMatchFlyGo()
    {
        QFETCH(QString, preset);
        QFETCH(QString, kind);
        QFETCH(int, cpus);
        QFETCH(int, memoryMb);
        QFETCH(QString, gpuKind);

        QVERIFY(GuestConfig::presetNames().contains(preset));
        const GuestConfig guest = GuestConfig::fromPreset(preset);
        QCOMPARE(guest.cpuKind(), kind);
        QCOMPARE(guest.cpus(), cpus);
        QCOMPARE(guest.memoryMb(), memoryMb);
        QCOMPARE(guest.gpuKind(), gpuKind);
        QCOMPARE(guest.gpus(), gpuKind.isEmpty() ? 0 : 1);
        QCOMPARE(guest.presetName(), preset);
        QVERIFY2(guest.validationError().isEmpty(), qPrintable(guest.validationError()));
    }

    void namesOnlyExactPresets()
    {
        QCOMPARE(guestOf(u"shared"_s, 1, 256).presetName(), u"shared-cpu-1x"_s);
        QCOMPARE(guestOf(QString(), 1, 256).presetName(), u"shared-cpu-1x"_s); // "" is shared
        QCOMPARE(guestOf(u"shared"_s, 1, 512).presetName(), QString());
        QCOMPARE(guestOf(u"performance"_s, 2, 8192).presetName(), QString());
        QCOMPARE(guestOf(u"performance"_s, 8, 16384).presetName(), u"performance-8x"_s);
        GuestConfig gpu = guestOf(u"performance"_s, 8, 32768);
        QCOMPARE(gpu.presetName(), QString()); // no CPU-only preset has 4 GB per CPU
        gpu.setGpuKind(u"a10"_s);
        QCOMPARE(gpu.presetName(), QString()); // gpu_kind without gpus
        gpu.setGpus(1);
        QCOMPARE(gpu.presetName(), u"a10"_s);
        QCOMPARE(GuestConfig().presetName(), QString());
    }

    void applyingAPresetKeepsOtherFields()
    {
        GuestConfig guest(valuetest::parseObject(R"({
            "cpu_kind": "performance", "cpus": 8, "memory_mb": 32768, "gpu_kind": "a10", "gpus": 1,
            "kernel_args": ["quiet"], "x_unknown": 1
        })"));
        QVERIFY(guest.applyPreset(u"shared-cpu-2x"_s));
        const QJsonObject expected = valuetest::parseObject(R"({
            "cpu_kind": "shared", "cpus": 2, "memory_mb": 512, "kernel_args": ["quiet"], "x_unknown": 1
        })");
        QCOMPARE(guest.json(), expected);
        QVERIFY(!guest.applyPreset(u"huge-cpu-99x"_s));
        QCOMPARE(guest.json(), expected);
        QVERIFY(GuestConfig::fromPreset(u"huge-cpu-99x"_s).isNull());

        GuestConfig nullGpu(valuetest::parseObject(R"({"gpu_kind": null, "cpus": 1})"));
        nullGpu.applyPreset(u"performance-1x"_s);
        QVERIFY(nullGpu.contains("gpu_kind"_L1)); // a null GPU is harmless and left alone
    }

    void validatesSizes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("cpus");
        QTest::addColumn<int>("memoryMb");
        QTest::addColumn<QString>("error"); // a fragment of the sentence; empty when valid

        QTest::newRow("shared minimum") << u"shared"_s << 1 << 256 << QString();
        QTest::newRow("shared maximum") << u"shared"_s << 1 << 2048 << QString();
        QTest::newRow("shared 4 cpus 8 GB") << u"shared"_s << 4 << 8192 << QString();
        QTest::newRow("shared 6 cpus 1.5 GB") << u"shared"_s << 6 << 1536 << QString();
        QTest::newRow("empty kind is shared") << QString() << 2 << 768 << QString();
        QTest::newRow("shared 3 cpus")
            << u"shared"_s << 3 << 768 << u"1, 2, 4, 6 or 8 CPUs, not 3"_s;
        QTest::newRow("shared 16 cpus") << u"shared"_s << 16 << 4096 << u"not 16"_s;
        QTest::newRow("shared zero cpus") << u"shared"_s << 0 << 256 << u"not 0"_s;
        QTest::newRow("shared too little")
            << u"shared"_s << 2 << 256 << u"between 512 MB and 4096 MB"_s;
        QTest::newRow("shared too much")
            << u"shared"_s << 1 << 2304 << u"between 256 MB and 2048 MB"_s;
        QTest::newRow("shared step") << u"shared"_s << 1 << 300 << u"multiple of 256 MB"_s;
        QTest::newRow("no memory") << u"shared"_s << 1 << 0 << u"between 256 MB and 2048 MB"_s;

        QTest::newRow("performance minimum") << u"performance"_s << 1 << 2048 << QString();
        QTest::newRow("performance 1 GB step") << u"performance"_s << 1 << 3072 << QString();
        QTest::newRow("performance maximum") << u"performance"_s << 1 << 8192 << QString();
        QTest::newRow("performance 128 cpus") << u"performance"_s << 128 << 262144 << QString();
        QTest::newRow("performance 32 cpus") << u"performance"_s << 32 << 65536 << QString();
        QTest::newRow("performance 3 cpus")
            << u"performance"_s << 3 << 6144 << u"32, 64 or 128 CPUs, not 3"_s;
        QTest::newRow("performance 20 cpus") << u"performance"_s << 20 << 40960 << u"not 20"_s;
        QTest::newRow("performance too little")
            << u"performance"_s << 2 << 2048 << u"between 4096 MB and 16384 MB"_s;
        QTest::newRow("performance too much")
            << u"performance"_s << 1 << 9216 << u"between 2048 MB and 8192 MB"_s;
        QTest::newRow("performance step")
            << u"performance"_s << 1 << 2560 << u"multiple of 1024 MB"_s;
        QTest::newRow("unknown kind") << u"turbo"_s << 1 << 256 << u"Unknown CPU kind"_s;
    }

    void validatesSizes()
    {
        QFETCH(QString, kind);
        QFETCH(int, cpus);
        QFETCH(int, memoryMb);
        QFETCH(QString, error);

        const QString message = guestOf(kind, cpus, memoryMb).validationError();
        if (error.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
        } else {
            QVERIFY2(message.contains(error), qPrintable(message));
            QVERIFY(message.endsWith(QLatin1Char('.'))); // a sentence for the user
        }
    }
};

QTEST_GUILESS_MAIN(TestGuestConfig)
#include "tst_guestconfig.moc"
