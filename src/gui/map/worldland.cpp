#include "gui/map/worldland.h"

#include <QDataStream>
#include <QFile>

#include <algorithm>

namespace hangar::gui::map {

namespace {

constexpr char kMagic[4] = {'H', 'L', 'N', 'D'};
constexpr quint32 kVersion = 1;
// More than Natural Earth's 1:110m land has by far; guards against a corrupt count.
constexpr quint32 kMaxPoints = 1u << 20;

} // namespace

WorldLand WorldLand::fromFile(const QString &path)
{
    WorldLand land;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return land;
    QDataStream in(&file);
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    char magic[4] = {};
    quint32 version = 0;
    quint32 ringCount = 0;
    if (in.readRawData(magic, 4) != 4 || !std::equal(magic, magic + 4, kMagic))
        return land;
    in >> version >> ringCount;
    if (version != kVersion || ringCount > kMaxPoints)
        return land;
    QList<QPolygonF> rings;
    quint32 total = 0;
    for (quint32 r = 0; r < ringCount && in.status() == QDataStream::Ok; ++r) {
        quint32 count = 0;
        in >> count;
        total += count;
        if (total > kMaxPoints)
            return land;
        QPolygonF ring;
        ring.reserve(count);
        for (quint32 i = 0; i < count; ++i) {
            float lon = 0;
            float lat = 0;
            in >> lon >> lat;
            ring.append(QPointF(lon, lat));
        }
        rings.append(ring);
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return land;
    land.m_rings = rings;
    land.m_path.setFillRule(Qt::OddEvenFill);
    for (const QPolygonF &ring : std::as_const(land.m_rings)) {
        QPolygonF flipped = ring;
        for (QPointF &point : flipped)
            point.setY(-point.y());
        land.m_path.addPolygon(flipped);
        land.m_path.closeSubpath();
    }
    return land;
}

const WorldLand &WorldLand::embedded()
{
    static const WorldLand land = fromFile(QStringLiteral(":/hangar/map/land-110m.bin"));
    return land;
}

int WorldLand::pointCount() const
{
    int count = 0;
    for (const QPolygonF &ring : m_rings)
        count += int(ring.size());
    return count;
}

} // namespace hangar::gui::map
