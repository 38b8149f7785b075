#include "gui/config/dnssection.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLineEdit>
#include <QRegularExpression>

namespace hangar::gui {

namespace {

QStringList splitList(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
}

const QRegularExpression &hostnamePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return pattern;
}

} // namespace

DnsSection::DnsSection(QWidget *parent)
    : ConfigSection(tr("DNS"), parent)
    , m_hostname(new QLineEdit(this))
    , m_nameservers(new QLineEdit(this))
    , m_searches(new QLineEdit(this))
    , m_skipRegistration(new QCheckBox(tr("Do not register in the app's private DNS"), this))
{
    setObjectName(QStringLiteral("dnsSection"));
    m_hostname->setObjectName(QStringLiteral("hostnameEdit"));
    m_hostname->setPlaceholderText(tr("the machine ID"));
    setHelp(m_hostname, tr("The machine's hostname as its processes see it."));
    m_nameservers->setObjectName(QStringLiteral("nameserversEdit"));
    m_nameservers->setPlaceholderText(tr("Fly's resolver"));
    setHelp(m_nameservers, tr("IP addresses of resolvers, separated by commas."));
    m_searches->setObjectName(QStringLiteral("searchesEdit"));
    setHelp(m_searches, tr("Search domains, separated by commas."));
    m_skipRegistration->setObjectName(QStringLiteral("skipRegistrationCheck"));
    setHelp(m_skipRegistration,
        tr("Other machines of the app then cannot find this one by "
           "<app>.internal names."));

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Host&name:"), m_hostname);
    layout->addRow(tr("Name&servers:"), m_nameservers);
    layout->addRow(tr("Search &domains:"), m_searches);
    layout->addRow(QString(), m_skipRegistration);

    for (QLineEdit *edit : {m_hostname, m_nameservers, m_searches})
        connect(edit, &QLineEdit::textEdited, this, &DnsSection::onEdited);
    connect(m_skipRegistration, &QCheckBox::toggled, this, &DnsSection::onEdited);
}

DnsSection::~DnsSection() = default;

void DnsSection::load(const api::MachineConfig &config, const ConfigEditorContext &)
{
    setLoading(true);
    m_loaded = config.dns();
    m_hostname->setText(m_loaded.hostname());
    m_nameservers->setText(m_loaded.nameservers().join(QStringLiteral(", ")));
    m_searches->setText(m_loaded.searches().join(QStringLiteral(", ")));
    m_skipRegistration->setChecked(m_loaded.skipRegistration());
    onEdited();
    setLoading(false);
}

void DnsSection::store(api::MachineConfig &draft) const
{
    api::DnsConfig dns = m_loaded;
    const QString hostname = m_hostname->text().trimmed();
    if (dns.hostname() != hostname) {
        if (hostname.isEmpty())
            dns.remove(QLatin1String("hostname"));
        else
            dns.setHostname(hostname);
    }
    const QStringList nameservers = splitList(m_nameservers->text());
    if (dns.nameservers() != nameservers)
        dns.setNameservers(nameservers);
    const QStringList searches = splitList(m_searches->text());
    if (dns.searches() != searches)
        dns.setSearches(searches);
    if (dns.skipRegistration() != m_skipRegistration->isChecked())
        dns.setSkipRegistration(m_skipRegistration->isChecked());
    if (dns != m_loaded)
        draft.setDns(dns);
}

QString DnsSection::nameserverProblem() const
{
    const QStringList nameservers = splitList(m_nameservers->text());
    for (const QString &address : nameservers)
        if (QHostAddress(address).isNull())
            return tr("“%1” is not an IP address.").arg(address);
    return {};
}

QString DnsSection::hostnameProblem() const
{
    const QString hostname = m_hostname->text().trimmed();
    if (!hostname.isEmpty() && !hostnamePattern().match(hostname).hasMatch())
        return tr("“%1” is not a valid hostname: use letters, digits and hyphens, in dot-separated "
                  "parts.")
            .arg(hostname);
    return {};
}

QStringList DnsSection::problems() const
{
    QStringList found;
    for (const QString &problem : {hostnameProblem(), nameserverProblem()})
        if (!problem.isEmpty())
            found.append(problem);
    const QStringList searches = splitList(m_searches->text());
    for (const QString &domain : searches)
        if (!hostnamePattern().match(domain).hasMatch())
            found.append(tr("“%1” is not a valid search domain.").arg(domain));
    return found;
}

void DnsSection::onEdited()
{
    markField(m_hostname, hostnameProblem());
    markField(m_nameservers, nameserverProblem());
    emitEdited();
}

} // namespace hangar::gui
