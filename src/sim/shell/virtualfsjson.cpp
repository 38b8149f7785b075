// Serialisation of VirtualFs for the simulator's state file.
#include "sim/shell/vfsnode_p.h"
#include "sim/shell/virtualfs.h"

#include <QJsonValue>

namespace hangar::sim {

namespace {

const QLatin1String kTypeDirectory("dir");
const QLatin1String kTypeFile("file");

QJsonObject nodeToJson(const VfsNode &node)
{
    QJsonObject json;
    json.insert(QLatin1String("mode"), node.mode);
    json.insert(QLatin1String("mtime"), double(node.mtime));
    json.insert(QLatin1String("inode"), double(node.inode));
    if (node.type == NodeType::Directory) {
        json.insert(QLatin1String("type"), kTypeDirectory);
        QJsonObject children;
        for (auto it = node.children.constBegin(); it != node.children.constEnd(); ++it)
            children.insert(it.key(), nodeToJson(*it->constData()));
        json.insert(QLatin1String("children"), children);
    } else {
        json.insert(QLatin1String("type"), kTypeFile);
        json.insert(QLatin1String("data"), QString::fromLatin1(node.bytes.toBase64()));
    }
    return json;
}

bool isValidName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..")
        && !name.contains(QLatin1Char('/')) && !name.contains(QChar(u'\0'));
}

// Fills `node` from `json`, accumulating file bytes and the highest inode seen.
bool nodeFromJson(const QJsonObject &json, const QString &where, VfsNode *node, qint64 *usedBytes,
    quint64 *highestInode, QString *errorMessage)
{
    const QJsonValue mode = json.value(QLatin1String("mode"));
    const QJsonValue mtime = json.value(QLatin1String("mtime"));
    const QJsonValue inode = json.value(QLatin1String("inode"));
    const QString type = json.value(QLatin1String("type")).toString();
    if (!mode.isDouble() || mode.toInt(-1) < 0 || mode.toInt() > 07777 || !mtime.isDouble()
        || !inode.isDouble() || inode.toDouble() < 1) {
        *errorMessage = QStringLiteral("invalid mode, mtime or inode at %1").arg(where);
        return false;
    }
    node->mode = mode.toInt();
    node->mtime = qint64(mtime.toDouble());
    node->inode = quint64(inode.toDouble());
    *highestInode = qMax(*highestInode, node->inode);

    if (type == kTypeFile) {
        node->type = NodeType::File;
        const QByteArray encoded = json.value(QLatin1String("data")).toString().toLatin1();
        auto decoded = QByteArray::fromBase64Encoding(
            encoded, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *errorMessage = QStringLiteral("invalid file data at %1").arg(where);
            return false;
        }
        node->bytes = std::move(decoded.decoded);
        *usedBytes += node->bytes.size();
        return true;
    }
    if (type != kTypeDirectory) {
        *errorMessage = QStringLiteral("unknown node type at %1").arg(where);
        return false;
    }
    node->type = NodeType::Directory;
    const QJsonObject children = json.value(QLatin1String("children")).toObject();
    for (auto it = children.constBegin(); it != children.constEnd(); ++it) {
        const QString childPath = where == QLatin1String("/")
            ? QString(where + it.key())
            : QString(where + QLatin1Char('/') + it.key());
        if (!isValidName(it.key()) || !it.value().isObject()) {
            *errorMessage = QStringLiteral("invalid entry %1").arg(childPath);
            return false;
        }
        VfsNodePointer child(new VfsNode);
        if (!nodeFromJson(it.value().toObject(), childPath, child.data(), usedBytes, highestInode,
                errorMessage)) {
            return false;
        }
        node->children.insert(it.key(), std::move(child));
    }
    return true;
}

} // namespace

QJsonObject VirtualFs::toJson() const
{
    QJsonObject json;
    json.insert(QLatin1String("capacity"), double(m_capacity));
    json.insert(QLatin1String("nextInode"), double(m_nextInode));
    json.insert(QLatin1String("root"), nodeToJson(*m_root.constData()));
    return json;
}

std::optional<VirtualFs> VirtualFs::fromJson(
    const QJsonObject &json, QString *errorMessage, Clock clock)
{
    QString error;
    const QJsonValue capacity = json.value(QLatin1String("capacity"));
    const QJsonValue root = json.value(QLatin1String("root"));
    if (!capacity.isDouble() || !root.isObject()) {
        error = QStringLiteral("missing capacity or root");
    } else {
        VirtualFs fs(qint64(capacity.toDouble()), std::move(clock));
        VfsNode *rootNode = fs.m_root.data();
        qint64 usedBytes = 0;
        quint64 highestInode = 0;
        if (nodeFromJson(root.toObject(), QStringLiteral("/"), rootNode, &usedBytes, &highestInode,
                &error)) {
            if (rootNode->type != NodeType::Directory) {
                error = QStringLiteral("the root is not a directory");
            } else {
                fs.m_usedBytes = usedBytes;
                const quint64 storedNext =
                    quint64(json.value(QLatin1String("nextInode")).toDouble());
                fs.m_nextInode = qMax(storedNext, highestInode + 1);
                return fs;
            }
        }
    }
    if (errorMessage)
        *errorMessage = QStringLiteral("Invalid virtual file system: ") + error;
    return std::nullopt;
}

} // namespace hangar::sim
