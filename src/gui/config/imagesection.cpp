#include "gui/config/imagesection.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace hangar::gui {

ImageSection::ImageSection(QWidget *parent)
    : ConfigSection(tr("Image"), parent)
    , m_image(new QLineEdit(this))
    , m_digest(new QLabel(this))
{
    setObjectName(QStringLiteral("imageSection"));
    m_image->setObjectName(QStringLiteral("imageEdit"));
    m_image->setPlaceholderText(QStringLiteral("nginx:latest")); // i18n: verbatim
    setHelp(m_image,
        tr("The container image to run: a Docker Hub name such as nginx:1.27, or a full "
           "reference such as registry.fly.io/my-app:deployment-01H…"));
    m_digest->setObjectName(QStringLiteral("imageDigestLabel"));
    m_digest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_digest->setWordWrap(true);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Image:"), m_image);
    layout->addRow(QString(), m_digest);
    connect(m_image, &QLineEdit::textEdited, this, [this] {
        markField(m_image, problems().value(0));
        emitEdited();
    });
}

ImageSection::~ImageSection() = default;

void ImageSection::load(const api::MachineConfig &config, const ConfigEditorContext &context)
{
    setLoading(true);
    m_loaded = config.image();
    m_image->setText(m_loaded);
    m_digest->setText(
        context.imageDigest.isEmpty() ? QString() : tr("Running now: %1").arg(context.imageDigest));
    m_digest->setVisible(!context.imageDigest.isEmpty());
    // An image not typed yet is not an error yet; the page or the Apply button says what is
    // missing.
    markField(m_image, m_loaded.isEmpty() ? QString() : problems().value(0));
    setLoading(false);
}

void ImageSection::store(api::MachineConfig &draft) const
{
    const QString image = m_image->text().trimmed();
    if (image != m_loaded)
        draft.setImage(image);
}

void ImageSection::setImage(const QString &image)
{
    m_image->setText(image);
    markField(m_image, problems().value(0));
    emitEdited();
}

QStringList ImageSection::problems() const
{
    const QString image = m_image->text().trimmed();
    if (image.isEmpty())
        return {tr("An image is required, for example nginx:latest.")};
    if (image.contains(QLatin1Char(' ')))
        return {tr("An image reference has no spaces.")};
    return {};
}

} // namespace hangar::gui
