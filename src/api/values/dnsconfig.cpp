#include "api/values/dnsconfig.h"

namespace hangar::api {

using namespace Qt::StringLiterals;

QString DnsOption::name() const
{
    return stringValue("name"_L1);
}

void DnsOption::setName(const QString &name)
{
    setField("name"_L1, name);
}

QString DnsOption::value() const
{
    return stringValue("value"_L1);
}

void DnsOption::setValue(const QString &value)
{
    setField("value"_L1, value);
}

QString DnsForwardRule::basename() const
{
    return stringValue("basename"_L1);
}

void DnsForwardRule::setBasename(const QString &basename)
{
    setField("basename"_L1, basename);
}

QString DnsForwardRule::addr() const
{
    return stringValue("addr"_L1);
}

void DnsForwardRule::setAddr(const QString &address)
{
    setField("addr"_L1, address);
}

bool DnsConfig::skipRegistration() const
{
    return boolValue("skip_registration"_L1);
}

void DnsConfig::setSkipRegistration(bool skip)
{
    setField("skip_registration"_L1, skip);
}

QStringList DnsConfig::nameservers() const
{
    return stringListValue("nameservers"_L1);
}

void DnsConfig::setNameservers(const QStringList &nameservers)
{
    setStringList("nameservers"_L1, nameservers);
}

QStringList DnsConfig::searches() const
{
    return stringListValue("searches"_L1);
}

void DnsConfig::setSearches(const QStringList &domains)
{
    setStringList("searches"_L1, domains);
}

QList<DnsOption> DnsConfig::options() const
{
    return listValue<DnsOption>("options"_L1);
}

void DnsConfig::setOptions(const QList<DnsOption> &options)
{
    setList("options"_L1, options);
}

QList<DnsForwardRule> DnsConfig::dnsForwardRules() const
{
    return listValue<DnsForwardRule>("dns_forward_rules"_L1);
}

void DnsConfig::setDnsForwardRules(const QList<DnsForwardRule> &rules)
{
    setList("dns_forward_rules"_L1, rules);
}

QString DnsConfig::hostname() const
{
    return stringValue("hostname"_L1);
}

void DnsConfig::setHostname(const QString &hostname)
{
    setField("hostname"_L1, hostname);
}

QString DnsConfig::hostnameFqdn() const
{
    return stringValue("hostname_fqdn"_L1);
}

void DnsConfig::setHostnameFqdn(const QString &hostname)
{
    setField("hostname_fqdn"_L1, hostname);
}

} // namespace hangar::api
