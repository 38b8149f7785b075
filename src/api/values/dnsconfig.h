#pragma once

#include "api/values/jsonobjectview.h"

namespace hangar::api {

// {name, value}: one resolv.conf option.
class DnsOption : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString name() const;
    void setName(const QString &name);
    QString value() const;
    void setValue(const QString &value);
};

// {basename, addr}: forward lookups under basename to addr.
class DnsForwardRule : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    QString basename() const;
    void setBasename(const QString &basename);
    QString addr() const;
    void setAddr(const QString &address);
};

// config.dns: the machine's resolver settings and 6PN name registration.
class DnsConfig : public JsonObjectView {
public:
    using JsonObjectView::JsonObjectView;

    bool skipRegistration() const;
    void setSkipRegistration(bool skip);
    QStringList nameservers() const;
    void setNameservers(const QStringList &nameservers);
    QStringList searches() const;
    void setSearches(const QStringList &domains);
    QList<DnsOption> options() const;
    void setOptions(const QList<DnsOption> &options);
    QList<DnsForwardRule> dnsForwardRules() const;
    void setDnsForwardRules(const QList<DnsForwardRule> &rules);
    QString hostname() const;
    void setHostname(const QString &hostname);
    QString hostnameFqdn() const;
    void setHostnameFqdn(const QString &hostname);
};

} // namespace hangar::api
