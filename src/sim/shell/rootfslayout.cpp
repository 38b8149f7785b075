#include "sim/shell/rootfslayout.h"

#include "sim/shell/commandregistry.h"
#include "sim/shell/virtualfs.h"

namespace hangar::sim {

namespace {

const char kDebianOsRelease[] = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n"
                                "NAME=\"Debian GNU/Linux\"\n"
                                "VERSION_ID=\"12\"\n"
                                "VERSION=\"12 (bookworm)\"\n"
                                "VERSION_CODENAME=bookworm\n"
                                "ID=debian\n"
                                "HOME_URL=\"https://www.debian.org/\"\n"
                                "SUPPORT_URL=\"https://www.debian.org/support\"\n"
                                "BUG_REPORT_URL=\"https://bugs.debian.org/\"\n";

const char kAlpineOsRelease[] =
    "NAME=\"Alpine Linux\"\n"
    "ID=alpine\n"
    "VERSION_ID=3.20.3\n"
    "PRETTY_NAME=\"Alpine Linux v3.20\"\n"
    "HOME_URL=\"https://alpinelinux.org/\"\n"
    "BUG_REPORT_URL=\"https://gitlab.alpinelinux.org/alpine/aports/-/issues\"\n";

const char kNginxConf[] = "user  nginx;\n"
                          "worker_processes  auto;\n"
                          "\n"
                          "error_log  /var/log/nginx/error.log notice;\n"
                          "pid        /var/run/nginx.pid;\n"
                          "\n"
                          "events {\n"
                          "    worker_connections  1024;\n"
                          "}\n"
                          "\n"
                          "http {\n"
                          "    include       /etc/nginx/mime.types;\n"
                          "    default_type  application/octet-stream;\n"
                          "    access_log  /var/log/nginx/access.log;\n"
                          "    sendfile        on;\n"
                          "    keepalive_timeout  65;\n"
                          "    include /etc/nginx/conf.d/*.conf;\n"
                          "}\n";

const char kNginxDefaultSite[] = "server {\n"
                                 "    listen       80;\n"
                                 "    server_name  localhost;\n"
                                 "\n"
                                 "    location / {\n"
                                 "        root   /usr/share/nginx/html;\n"
                                 "        index  index.html index.htm;\n"
                                 "    }\n"
                                 "}\n";

const char kNginxIndex[] = "<!DOCTYPE html>\n"
                           "<html>\n"
                           "<head>\n"
                           "<title>Welcome to nginx!</title>\n"
                           "</head>\n"
                           "<body>\n"
                           "<h1>Welcome to nginx!</h1>\n"
                           "<p>If you see this page, the nginx web server is successfully "
                           "installed and working.</p>\n"
                           "</body>\n"
                           "</html>\n";

void addDirectories(VirtualFs &root)
{
    const std::pair<const char *, int> directories[] = {
        {"/bin", 0755},
        {"/sbin", 0755},
        {"/etc", 0755},
        {"/tmp", 01777},
        {"/var", 0755},
        {"/var/log", 0755},
        {"/var/tmp", 01777},
        {"/var/run", 0755},
        {"/usr", 0755},
        {"/usr/bin", 0755},
        {"/usr/sbin", 0755},
        {"/usr/local", 0755},
        {"/usr/local/bin", 0755},
        {"/usr/share", 0755},
        {"/root", 0700},
        {"/home", 0755},
        {"/dev", 0755},
        {"/proc", 0555},
        {"/run", 0755},
        {"/srv", 0755},
        {"/opt", 0755},
        {"/mnt", 0755},
    };
    for (const auto &[path, mode] : directories)
        root.makeDirectory(QLatin1String(path), true, mode);
}

void addFile(VirtualFs &root, const QString &path, const QByteArray &contents, int mode = 0644)
{
    root.writeFile(path, contents);
    root.setMode(path, mode);
}

} // namespace

QString imageRepositoryName(const QString &image)
{
    QString reference = image.trimmed();
    const qsizetype digest = reference.indexOf(QLatin1Char('@'));
    if (digest >= 0)
        reference.truncate(digest);
    // A ':' after the last '/' starts the tag; one before it belongs to a registry port.
    const qsizetype lastSlash = reference.lastIndexOf(QLatin1Char('/'));
    const qsizetype tag = reference.indexOf(QLatin1Char(':'), lastSlash + 1);
    if (tag >= 0)
        reference.truncate(tag);
    return reference.mid(lastSlash + 1).toLower();
}

void populateRootFs(VirtualFs &root, const QString &image, const QString &hostname)
{
    addDirectories(root);
    for (const QString &command : executableCommandNames())
        addFile(root, QStringLiteral("/bin/") + command, QByteArray(), 0755);

    const QString name = hostname.isEmpty() ? QStringLiteral("localhost") : hostname;
    addFile(root, QStringLiteral("/etc/hostname"), name.toUtf8() + '\n');
    addFile(root, QStringLiteral("/etc/hosts"),
        "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n");
    addFile(root, QStringLiteral("/etc/passwd"),
        "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/"
        "nologin\n");
    addFile(root, QStringLiteral("/etc/group"), "root:x:0:\nnogroup:x:65534:\n");

    const bool alpine = image.contains(QLatin1String("alpine"), Qt::CaseInsensitive);
    addFile(root, QStringLiteral("/etc/os-release"),
        QByteArray(alpine ? kAlpineOsRelease : kDebianOsRelease));

    if (imageRepositoryName(image) == QLatin1String("nginx")) {
        root.makeDirectory(QStringLiteral("/etc/nginx/conf.d"), true);
        root.makeDirectory(QStringLiteral("/usr/share/nginx/html"), true);
        root.makeDirectory(QStringLiteral("/var/log/nginx"), true);
        addFile(root, QStringLiteral("/etc/nginx/nginx.conf"), QByteArray(kNginxConf));
        addFile(
            root, QStringLiteral("/etc/nginx/conf.d/default.conf"), QByteArray(kNginxDefaultSite));
        addFile(root, QStringLiteral("/usr/share/nginx/html/index.html"), QByteArray(kNginxIndex));
    }
}

} // namespace hangar::sim
