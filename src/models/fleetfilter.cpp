#include "models/fleetfilter.h"

#include "models/modelroles.h"

#include <QModelIndex>
#include <QRegularExpression>
#include <QVariantMap>

namespace hangar::models {

using namespace Qt::StringLiterals;

FleetFilter FleetFilter::parse(const QString &text)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    FleetFilter filter;
    const QStringList words = text.split(whitespace, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word == u"-"_s)
            continue;
        const Term term = parseTerm(word);
        if (term.field == Field::Metadata || !term.value.isEmpty())
            filter.m_terms.append(term);
    }
    return filter;
}

FleetFilter::Term FleetFilter::parseTerm(QString word)
{
    Term term;
    if (word.size() > 1 && word.startsWith(u'-')) {
        term.negated = true;
        word.remove(0, 1);
    }
    const qsizetype equals = word.indexOf(u'=');
    if (equals > 0) {
        term.field = Field::Metadata;
        term.key = word.left(equals);
        term.value = word.mid(equals + 1).toLower();
        return term;
    }
    static const std::pair<QLatin1String, Field> kPrefixes[] = {
        {"state:"_L1, Field::State},
        {"region:"_L1, Field::Region},
        {"app:"_L1, Field::App},
        {"name:"_L1, Field::Name},
        {"id:"_L1, Field::Id},
        {"image:"_L1, Field::Image},
    };
    for (const auto &[prefix, field] : kPrefixes) {
        if (word.startsWith(prefix, Qt::CaseInsensitive)) {
            term.field = field;
            term.value = word.mid(prefix.size()).toLower();
            return term;
        }
    }
    term.value = word.toLower();
    return term;
}

bool FleetFilter::matches(const QModelIndex &index) const
{
    for (const Term &term : m_terms) {
        if (termMatches(term, index) == term.negated)
            return false;
    }
    return true;
}

bool FleetFilter::termMatches(const Term &term, const QModelIndex &index)
{
    const auto contains = [&](int role) {
        return index.data(role).toString().contains(term.value, Qt::CaseInsensitive);
    };
    const auto startsWith = [&](int role) {
        return index.data(role).toString().startsWith(term.value, Qt::CaseInsensitive);
    };
    switch (term.field) {
    case Field::Text:
        // SearchTextRole is lower case already.
        return index.data(SearchTextRole).toString().contains(term.value);
    case Field::Name:
        return contains(NameRole);
    case Field::Id:
        return contains(IdRole);
    case Field::Image:
        return contains(ImageRole);
    case Field::State:
        return startsWith(StateRole);
    case Field::Region:
        return startsWith(RegionRole);
    case Field::App:
        return contains(AppNameRole);
    case Field::Metadata: {
        const QVariantMap metadata = index.data(MetadataRole).toMap();
        const auto it = metadata.constFind(term.key);
        return it != metadata.cend()
            && it.value().toString().contains(term.value, Qt::CaseInsensitive);
    }
    }
    return false;
}

} // namespace hangar::models
