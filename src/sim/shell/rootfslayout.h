#pragma once

#include <QString>

namespace hangar::sim {

class VirtualFs;

// The repository part of an image reference: "docker.io/library/nginx:1.25@sha256:..." and
// "nginx:alpine" both give "nginx".
QString imageRepositoryName(const QString &image);

// Adds a plausible base layout to a fresh root file system: /bin (with an entry for every
// simulated command), /etc (hostname, hosts, passwd, group, os-release), /tmp (1777), /var,
// /usr, /root (0700), /home, /dev, /proc, /run, /srv, /opt and /mnt. Images whose tag or
// repository mentions "alpine" get Alpine's os-release, others Debian's. For the nginx
// repository it also adds /etc/nginx/nginx.conf, /etc/nginx/conf.d/default.conf and
// /usr/share/nginx/html/index.html. An empty `hostname` means "localhost".
void populateRootFs(VirtualFs &root, const QString &image, const QString &hostname = {});

} // namespace hangar::sim
