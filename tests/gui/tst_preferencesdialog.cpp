// The preferences dialog: what it shows, what OK, Cancel and Restore Defaults do, and the
// transfer options the stored preference gives.
#include "core/settings/settings.h"
#include "core/transfer/transferoptions.h"
#include "gui/dialogs/preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using namespace hangar;

class TestPreferencesDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_settings = std::make_unique<core::Settings>(m_dir.filePath(QStringLiteral("p.ini")));
        m_settings->reset(core::Setting::CopyAskAboveMiB);
    }

    void theShippedDefaultIsOneGiB()
    {
        QCOMPARE(core::transferOptionsFrom(*m_settings).askAboveBytes, qint64(1) << 30);
        gui::PreferencesDialog dialog(*m_settings);
        QVERIFY(check(dialog)->isChecked());
        QCOMPARE(size(dialog)->value(), 1);
        QCOMPARE(unit(dialog)->currentIndex(), 1); // GiB
        QVERIFY(check(dialog)->text().contains(QLatin1Char('&')));
        // With HANGAR_SCREENSHOT_DIR set, what it looks like, to be looked at.
        const QString directory = qEnvironmentVariable("HANGAR_SCREENSHOT_DIR");
        if (!directory.isEmpty()) {
            dialog.resize(dialog.sizeHint());
            dialog.grab().save(QDir(directory).filePath(QStringLiteral("preferences.png")));
        }
    }

    void okStoresTheSizeAndCopiesUseIt()
    {
        gui::PreferencesDialog dialog(*m_settings);
        dialog.open();
        unit(dialog)->setCurrentIndex(0); // MiB
        size(dialog)->setValue(200);
        dialog.accept();
        QCOMPARE(m_settings->value(core::Setting::CopyAskAboveMiB).toLongLong(), 200);
        QCOMPARE(core::transferOptionsFrom(*m_settings).askAboveBytes, qint64(200) << 20);

        // A size that is not whole GiB comes back in MiB.
        m_settings->setValue(core::Setting::CopyAskAboveMiB, 1536);
        gui::PreferencesDialog again(*m_settings);
        QCOMPARE(size(again)->value(), 1536);
        QCOMPARE(unit(again)->currentIndex(), 0);
    }

    void switchingTheUnitKeepsTheSize()
    {
        gui::PreferencesDialog dialog(*m_settings);
        dialog.open();
        QCOMPARE(size(dialog)->value(), 1);
        unit(dialog)->setCurrentIndex(0); // MiB
        QCOMPARE(size(dialog)->value(), 1024);
        size(dialog)->setValue(1536);
        unit(dialog)->setCurrentIndex(1); // GiB: rounded to whole GiB
        QCOMPARE(size(dialog)->value(), 2);
        size(dialog)->setValue(3);
        unit(dialog)->setCurrentIndex(0);
        QCOMPARE(size(dialog)->value(), 3072);
        dialog.accept();
        QCOMPARE(m_settings->value(core::Setting::CopyAskAboveMiB).toLongLong(), 3072);

        // Showing a stored size does not convert it a second time.
        gui::PreferencesDialog again(*m_settings);
        QCOMPARE(unit(again)->currentIndex(), 1);
        QCOMPARE(size(again)->value(), 3);
        again.restoreDefaults();
        QCOMPARE(size(again)->value(), 1);
        QCOMPARE(unit(again)->currentIndex(), 1);
    }

    void notAskingAtAllIsAChoice()
    {
        gui::PreferencesDialog dialog(*m_settings);
        dialog.open();
        check(dialog)->setChecked(false);
        QVERIFY(!size(dialog)->isEnabled());
        QVERIFY(!unit(dialog)->isEnabled());
        dialog.accept();
        QCOMPARE(m_settings->value(core::Setting::CopyAskAboveMiB).toLongLong(), 0);
        QCOMPARE(core::transferOptionsFrom(*m_settings).askAboveBytes,
            std::numeric_limits<qint64>::max());
        gui::PreferencesDialog again(*m_settings);
        QVERIFY(!check(again)->isChecked());
        QCOMPARE(size(again)->value(), 1); // the default, ready if it is ticked again
    }

    void aDamagedValueKeepsTheQuestion()
    {
        for (const QVariant &damaged : {QVariant(QStringLiteral("lots")), QVariant(-5)}) {
            m_settings->setValue(core::Setting::CopyAskAboveMiB, damaged);
            QCOMPARE(core::transferOptionsFrom(*m_settings).askAboveBytes, qint64(1) << 30);
            gui::PreferencesDialog dialog(*m_settings);
            QVERIFY(check(dialog)->isChecked());
            QCOMPARE(size(dialog)->value(), 1);
        }
        // Too large to count in bytes: kept as a size that never asks, without overflowing.
        m_settings->setValue(core::Setting::CopyAskAboveMiB, qint64(1) << 60);
        QVERIFY(core::transferOptionsFrom(*m_settings).askAboveBytes > (qint64(1) << 50));
    }

    void cancelChangesNothingAndDefaultsCanBeRestored()
    {
        m_settings->setValue(core::Setting::CopyAskAboveMiB, 300);
        gui::PreferencesDialog dialog(*m_settings);
        dialog.open();
        size(dialog)->setValue(5);
        dialog.reject();
        QCOMPARE(m_settings->value(core::Setting::CopyAskAboveMiB).toLongLong(), 300);

        gui::PreferencesDialog restoring(*m_settings);
        restoring.open();
        check(restoring)->setChecked(false);
        auto *buttons = restoring.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QVERIFY(check(restoring)->isChecked());
        QCOMPARE(size(restoring)->value(), 1);
        QCOMPARE(unit(restoring)->currentIndex(), 1);
        restoring.accept();
        QCOMPARE(m_settings->value(core::Setting::CopyAskAboveMiB).toLongLong(), 1024);
    }

private:
    static QCheckBox *check(const QDialog &dialog)
    {
        return dialog.findChild<QCheckBox *>(QStringLiteral("askAboveCheck"));
    }
    static QSpinBox *size(const QDialog &dialog)
    {
        return dialog.findChild<QSpinBox *>(QStringLiteral("askAboveSize"));
    }
    static QComboBox *unit(const QDialog &dialog)
    {
        return dialog.findChild<QComboBox *>(QStringLiteral("askAboveUnit"));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<core::Settings> m_settings;
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
