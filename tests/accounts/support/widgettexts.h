#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QStringList>
#include <QWidget>

namespace hangar::tests {

namespace detail {

inline void collectModel(
    const QAbstractItemModel *model, const QModelIndex &parent, QStringList &texts)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole),
                     int(Qt::StatusTipRole), int(Qt::WhatsThisRole)})
                texts.append(index.data(role).toString());
            collectModel(model, index, texts);
        }
    }
}

} // namespace detail

// Everything a person could read in a widget and its children: texts, titles, tool tips,
// placeholders, item views and combo boxes. A password field shows its bullets only.
inline QStringList readableTexts(const QWidget &root)
{
    QList<const QWidget *> widgets {&root};
    for (const QWidget *child : root.findChildren<QWidget *>())
        widgets.append(child);
    QStringList texts;
    for (const QWidget *widget : std::as_const(widgets)) {
        texts << widget->windowTitle() << widget->toolTip() << widget->statusTip()
              << widget->whatsThis() << widget->accessibleName() << widget->accessibleDescription();
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
            texts << edit->displayText() << edit->placeholderText();
            continue; // its `text` is the input itself; displayText is what shows
        }
        for (const char *property : {"text", "plainText", "title", "placeholderText",
                 "informativeText", "detailedText", "currentText"}) {
            const QVariant value = widget->property(property);
            if (value.isValid())
                texts << value.toString();
        }
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
            if (view->model())
                detail::collectModel(view->model(), view->rootIndex(), texts);
        }
        if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i) << combo->itemData(i).toString();
        }
    }
    texts.removeAll(QString());
    return texts;
}

// The first readable text that contains `secret`, or an empty string.
inline QString textContaining(const QWidget &root, const QString &secret)
{
    for (const QString &text : readableTexts(root)) {
        if (text.contains(secret))
            return text;
    }
    return {};
}

} // namespace hangar::tests
