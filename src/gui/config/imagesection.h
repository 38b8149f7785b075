#pragma once

#include "gui/config/configsection.h"

class QLabel;
class QLineEdit;

namespace hangar::gui {

// The image the machine runs, with the digest of what is running now.
class ImageSection final : public ConfigSection {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageSection)

public:
    explicit ImageSection(QWidget *parent = nullptr);
    ~ImageSection() override;

    void load(const api::MachineConfig &config, const ConfigEditorContext &context) override;
    void store(api::MachineConfig &draft) const override;
    QStringList problems() const override;
    void setImage(const QString &image);

private:
    QLineEdit *m_image;
    QLabel *m_digest;
    QString m_loaded;
};

} // namespace hangar::gui
