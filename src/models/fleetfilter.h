#pragma once

#include <QList>
#include <QString>

class QModelIndex;

namespace hangar::models {

// A parsed filter text, matched against the roles of a machine or volume row.
//
// The text is split on whitespace; a row must match every term. A term is:
//   word          a case-insensitive substring of the name, ID, image, state or region
//                 (SearchTextRole); "nginx:latest" is a plain word too
//   key=value     config.metadata has exactly `key` (case-sensitive) and its value contains
//                 `value` (case-insensitive substring); `key=` only asks for the key
//   state:VALUE   the state starts with VALUE ("state:stop" finds stopped and stopping)
//   region:VALUE  the region code starts with VALUE
//   app:VALUE     the app name contains VALUE
//   name:, id:, image:  that field contains VALUE
//   -TERM         negates any of the above ("-state:started")
// Only those field prefixes are special: any other "x:y" is a plain word.
class FleetFilter {
public:
    FleetFilter() = default;
    static FleetFilter parse(const QString &text);

    bool isEmpty() const { return m_terms.isEmpty(); }
    // Whether the row at `index` (a machine or volume, read through the shared roles) passes.
    bool matches(const QModelIndex &index) const;

private:
    enum class Field { Text, Name, Id, Image, State, Region, App, Metadata };
    struct Term {
        Field field = Field::Text;
        QString key; // metadata key
        QString value; // lower case, except for Field::Metadata keys
        bool negated = false;
    };

    static Term parseTerm(QString word);
    static bool termMatches(const Term &term, const QModelIndex &index);

    QList<Term> m_terms;
};

} // namespace hangar::models
