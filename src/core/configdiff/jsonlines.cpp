#include "core/configdiff/jsonlines.h"

#include "core/configdiff/arraykeys.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include <algorithm>

namespace hangar::core::jsonlines {

using namespace Qt::StringLiterals;

namespace {

constexpr int kIndentWidth = 2;
// Longer strings (base64 content, certificates) are shortened in the middle.
constexpr qsizetype kLongString = 160;
constexpr qsizetype kLongStringHead = 96;
constexpr qsizetype kLongStringTail = 32;
// Decoded file content is shown only up to this size.
constexpr qsizetype kMaxTextBytes = 256 * 1024;

QString jsonScalar(const QJsonValue &value)
{
    // QJsonDocument escapes exactly as JSON does; the array brackets are cut off again.
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString shortString(const QString &text)
{
    if (text.size() <= kLongString)
        return jsonScalar(text);
    const QString shortened =
        QString(text.left(kLongStringHead) + u'…' + text.right(kLongStringTail));
    return QString(
        jsonScalar(shortened) + u" ("_s + QString::number(text.size()) + u" characters)"_s);
}

bool fitsOnOneLine(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject().isEmpty();
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::none_of(array.begin(), array.end(),
            [](const QJsonValue &item) { return item.isObject() || item.isArray(); });
    }
    return true;
}

QStringList render(const QString &prefix, const QJsonValue &value, int depth,
    const QStringList &firstKeys, const QString &arrayName)
{
    if (fitsOnOneLine(value))
        return {QString(prefix + inlineValue(value))};
    QStringList lines;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        lines.append(QString(prefix + u'{'));
        for (const QString &key : orderedKeys(object, {}, firstKeys))
            lines += renderField(key, object.value(key), depth + 1);
        lines.append(QString(indentation(depth) + u'}'));
        return lines;
    }
    lines.append(QString(prefix + u'['));
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        lines += renderElement(arrayName, item, depth + 1);
    lines.append(QString(indentation(depth) + u']'));
    return lines;
}

bool isReadable(const QString &text)
{
    return std::none_of(text.begin(), text.end(), [](QChar c) {
        return c.category() == QChar::Other_Control && c != u'\n' && c != u'\t' && c != u'\r';
    });
}

} // namespace

const QStringList &topLevelOrder()
{
    static const QStringList order {u"image"_s, u"guest"_s, u"size"_s, u"env"_s, u"services"_s,
        u"checks"_s, u"mounts"_s, u"files"_s, u"metadata"_s, u"restart"_s, u"auto_destroy"_s,
        u"init"_s, u"stop_config"_s, u"schedule"_s, u"dns"_s, u"processes"_s, u"statics"_s,
        u"metrics"_s, u"containers"_s, u"volumes"_s, u"standbys"_s, u"rootfs"_s, u"cache_drive"_s,
        u"spot"_s};
    return order;
}

QStringList orderedKeys(const QJsonObject &a, const QJsonObject &b, const QStringList &first)
{
    QStringList keys;
    for (const QString &key : first) {
        if (a.contains(key) || b.contains(key))
            keys.append(key);
    }
    QStringList rest = a.keys(); // sorted
    for (const QString &key : b.keys()) {
        if (!a.contains(key))
            rest.append(key);
    }
    std::sort(rest.begin(), rest.end());
    for (const QString &key : std::as_const(rest)) {
        if (!first.contains(key))
            keys.append(key);
    }
    return keys;
}

QString indentation(int depth)
{
    return QString(depth * kIndentWidth, u' ');
}

QStringList renderRoot(const QJsonValue &value)
{
    return render({}, value, 0, topLevelOrder(), {});
}

QStringList renderField(const QString &name, const QJsonValue &value, int depth)
{
    const QString prefix = QString(indentation(depth) + jsonScalar(name) + u": "_s);
    QStringList text;
    if (name == "raw_value"_L1 && decodeText(value, &text)) {
        QStringList lines {QString(prefix + u"(base64, decoded below)"_s)};
        for (const QString &line : std::as_const(text))
            lines.append(QString(indentation(depth + 1) + u"│ "_s + line));
        return lines;
    }
    return render(prefix, value, depth, {}, name);
}

QStringList renderElement(const QString &arrayName, const QJsonValue &value, int depth)
{
    return render(indentation(depth), value, depth, arraykeys::identityFields(arrayName), {});
}

QString inlineValue(const QJsonValue &value)
{
    if (value.isString())
        return shortString(value.toString());
    if (value.isObject())
        return u"{}"_s;
    if (value.isArray()) {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            items.append(inlineValue(item));
        return QString(u'[' + items.join(u", "_s) + u']');
    }
    if (value.isUndefined())
        return {};
    return jsonScalar(value);
}

bool decodeText(const QJsonValue &base64, QStringList *lines)
{
    if (!base64.isString())
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(
        base64.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() > kMaxTextBytes)
        return false;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(decoded.decoded);
    if (utf8.hasError() || !isReadable(text))
        return false;
    text.remove(u'\r');
    if (text.endsWith(u'\n'))
        text.chop(1);
    *lines = text.split(u'\n');
    return true;
}

} // namespace hangar::core::jsonlines
