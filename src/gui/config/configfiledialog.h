#pragma once

#include "api/values/fileconfig.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace hangar::gui {

// Adds or edits one file written into the machine at boot (config.files): its path in the
// machine, and its content from a local file, typed text, or one of the app's secrets. The local
// file is read when the dialog is accepted, so a file that changed or vanished meanwhile is
// reported rather than half-added.
class ConfigFileDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigFileDialog)

public:
    // Config files ride in the machine config; anything bigger belongs on a volume.
    static constexpr qint64 kMaxBytes = 1024 * 1024;

    ConfigFileDialog(QStringList secretNames, QStringList takenPaths, QWidget *parent = nullptr);
    ~ConfigFileDialog() override;

    void setFile(const api::FileConfig &file); // edit an existing entry
    void setLocalFile(const QString &localPath, const QString &guestPath = {});
    void setText(const QString &text, const QString &guestPath = {});
    api::FileConfig file() const { return m_result; }

    void accept() override;

private:
    enum class Source { LocalFile, Text, Secret };

    Source source() const;
    void refresh();
    QString problem() const;
    void browse();
    void showLocalPreview();

    QStringList m_secretNames;
    QStringList m_takenPaths;
    QLineEdit *m_guestPath;
    QLineEdit *m_mode;
    QRadioButton *m_fromFile;
    QRadioButton *m_fromText;
    QRadioButton *m_fromSecret;
    QLineEdit *m_localPath;
    QPlainTextEdit *m_text;
    QComboBox *m_secret;
    QLabel *m_preview;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    api::FileConfig m_result;
};

// The first lines of a file's content as text, or a note on its size when it is binary.
QString previewOfContent(const QByteArray &bytes, int maxLines);

// "0644" → 420; -1 when the text is not an octal mode.
int parseFileMode(const QString &text);

} // namespace hangar::gui
