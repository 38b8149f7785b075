#include "core/configdiff/sidebyside.h"

#include "core/configdiff/arraykeys.h"
#include "core/configdiff/jsonlines.h"
#include "core/configdiff/textdiff.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace hangar::core {

using namespace Qt::StringLiterals;

namespace {

class Builder {
public:
    QList<DiffLine> lines;

    void entry(const DiffEntry &entry, int depth, bool identity);

private:
    void add(DiffKind kind, const QString *left, const QString *right, const QString &path,
        bool context = false)
    {
        DiffLine line;
        line.kind = kind;
        line.path = path;
        line.context = context;
        if (left) {
            line.left = *left;
            line.leftNumber = ++m_leftNumber;
        }
        if (right) {
            line.right = *right;
            line.rightNumber = ++m_rightNumber;
        }
        lines.append(line);
    }
    QStringList render(const DiffEntry &entry, const QJsonValue &value, int depth) const;
    void leaf(const DiffEntry &entry, int depth, bool identity);
    void lineDiff(const QStringList &left, const QStringList &right, const QString &path);

    int m_leftNumber = 0;
    int m_rightNumber = 0;
};

QStringList Builder::render(const DiffEntry &entry, const QJsonValue &value, int depth) const
{
    if (entry.path.isEmpty())
        return jsonlines::renderRoot(value);
    if (entry.element)
        return jsonlines::renderElement(entry.arrayName, value, depth);
    return jsonlines::renderField(entry.name, value, depth);
}

void Builder::entry(const DiffEntry &entry, int depth, bool identity)
{
    if (!entry.container) {
        leaf(entry, depth, identity);
        return;
    }
    // Only the opening line carries the field name, so it is taken from the rendering of {}.
    const bool isObject = entry.oldValue.isObject();
    QString open =
        render(entry, isObject ? QJsonValue(QJsonObject()) : QJsonValue(QJsonArray()), depth)
            .constFirst();
    open.chop(1); // "{}" or "[]" -> "{" or "["
    const QString close = QString(jsonlines::indentation(depth) + (isObject ? u'}' : u']'));
    const bool changed = entry.kind != DiffKind::Unchanged;
    add(DiffKind::Unchanged, &open, &open, entry.path, changed);
    const QStringList identityFields =
        entry.element && changed ? arraykeys::identityFields(entry.arrayName) : QStringList();
    for (const DiffEntry &child : entry.children)
        this->entry(child, depth + 1, !child.element && identityFields.contains(child.name));
    add(DiffKind::Unchanged, &close, &close, entry.path, changed);
}

void Builder::leaf(const DiffEntry &entry, int depth, bool identity)
{
    const QStringList left =
        entry.oldValue.isUndefined() ? QStringList() : render(entry, entry.oldValue, depth);
    const QStringList right =
        entry.newValue.isUndefined() ? QStringList() : render(entry, entry.newValue, depth);
    switch (entry.kind) {
    case DiffKind::Added:
        for (const QString &line : right)
            add(DiffKind::Added, nullptr, &line, entry.path);
        return;
    case DiffKind::Removed:
        for (const QString &line : left)
            add(DiffKind::Removed, &line, nullptr, entry.path);
        return;
    case DiffKind::Changed:
        lineDiff(left, right, entry.path);
        return;
    case DiffKind::Unchanged:
        break;
    }
    // Unchanged, though null, {}, [] and absence may read differently on each side.
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        add(DiffKind::Unchanged, i < left.size() ? &left.at(i) : nullptr,
            i < right.size() ? &right.at(i) : nullptr, entry.path, identity);
    }
}

// Aligns two renderings: common lines face each other, and within each run of differing lines
// the removed and added lines pair up as changed lines while both last.
void Builder::lineDiff(const QStringList &left, const QStringList &right, const QString &path)
{
    const QList<textdiff::Step> steps = textdiff::diffLines(left, right);
    const qsizetype firstLine = lines.size();
    qsizetype k = 0;
    while (k < steps.size()) {
        if (steps.at(k).op == textdiff::Op::Same) {
            add(DiffKind::Unchanged, &left.at(steps.at(k).oldIndex),
                &right.at(steps.at(k).newIndex), path);
            ++k;
            continue;
        }
        QList<int> removed;
        QList<int> added;
        for (; k < steps.size() && steps.at(k).op != textdiff::Op::Same; ++k) {
            if (steps.at(k).op == textdiff::Op::Removed)
                removed.append(steps.at(k).oldIndex);
            else
                added.append(steps.at(k).newIndex);
        }
        for (qsizetype i = 0; i < std::max(removed.size(), added.size()); ++i) {
            const QString *oldLine = i < removed.size() ? &left.at(removed.at(i)) : nullptr;
            const QString *newLine = i < added.size() ? &right.at(added.at(i)) : nullptr;
            add(oldLine && newLine ? DiffKind::Changed
                    : oldLine      ? DiffKind::Removed
                                   : DiffKind::Added,
                oldLine, newLine, path);
        }
    }
    // The values differ but read the same (a shortened string, a trailing newline): the first
    // line still shows that something changed.
    bool visible = false;
    for (qsizetype i = firstLine; i < lines.size(); ++i)
        visible = visible || lines.at(i).kind != DiffKind::Unchanged;
    if (!visible && firstLine < lines.size())
        lines[firstLine].kind = DiffKind::Changed;
}

} // namespace

QChar DiffLine::marker() const
{
    if (folded > 0)
        return u'⋯';
    switch (kind) {
    case DiffKind::Added:
        return u'+';
    case DiffKind::Removed:
        return u'-';
    case DiffKind::Changed:
        return u'~';
    case DiffKind::Unchanged:
        break;
    }
    return u' ';
}

QList<DiffLine> sideBySide(const ConfigDiff &diff)
{
    Builder builder;
    const DiffEntry &root = diff.root();
    if (!root.oldValue.isUndefined() || !root.newValue.isUndefined())
        builder.entry(root, 0, false);
    return builder.lines;
}

QList<DiffLine> changedOnly(const QList<DiffLine> &lines)
{
    QList<DiffLine> kept;
    qsizetype runStart = -1; // first hidden line of the current run
    const auto endRun = [&](qsizetype end) {
        if (runStart < 0)
            return;
        if (end - runStart == 1) { // a fold would take the same room as the line itself
            kept.append(lines.at(runStart));
        } else {
            DiffLine fold;
            fold.folded = int(end - runStart);
            kept.append(fold);
        }
        runStart = -1;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const DiffLine &line = lines.at(i);
        if (line.kind == DiffKind::Unchanged && !line.context) {
            if (runStart < 0)
                runStart = i;
            continue;
        }
        endRun(i);
        kept.append(line);
    }
    endRun(lines.size());
    return kept;
}

QList<int> changeStarts(const QList<DiffLine> &lines)
{
    QList<int> starts;
    bool inChange = false;
    for (int i = 0; i < lines.size(); ++i) {
        const bool changed = lines.at(i).kind != DiffKind::Unchanged;
        if (changed && !inChange)
            starts.append(i);
        inChange = changed;
    }
    return starts;
}

} // namespace hangar::core
