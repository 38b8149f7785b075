#!/usr/bin/env bash
# Makes the screenshots of the user guide: the app photographs itself in the sandbox.
# Usage: scripts/make-screenshots.sh [BUILD_DIR]   (default: build)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="${1:-$ROOT/build}"
APP="$BUILD_DIR/src/app/hangar"
OUT="$ROOT/docs/images"
[ -x "$APP" ] || { echo "no app at $APP: run scripts/hangar test or build first" >&2; exit 1; }
mkdir -p "$OUT"

# name  size  selection  view
SHOTS=(
    "main-window          1280x800  web-frontend/web-1      overview"
    "config-editor        1280x800  api-backend/api-1       config"
    "config-history       1280x800  api-backend/api-1       history"
    "new-machine-wizard   1280x800  api-backend             new-machine"
    "volume-files         1280x800  postgres-main/pg_data   files"
    "volume-snapshots     1280x800  postgres-main/pg_data   snapshots"
    "app-secrets          1280x800  api-backend             secrets"
    "regions-map          1920x1080 -                       regions"
)

for line in "${SHOTS[@]}"; do
    read -r name size selection view <<<"$line"
    args=(--sandbox --screenshot "$OUT/$name.png" --size "$size" --show "$view")
    [ "$selection" != "-" ] && args+=(--select "$selection")
    # A fresh home each time: the sandbox starts from the demo fleet, in English.
    home="$(mktemp -d)"
    runtime="$(mktemp -d)"
    LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME="$home" XDG_RUNTIME_DIR="$runtime" \
        xvfb-run -a -s "-screen 0 ${size}x24" "$APP" "${args[@]}"
    rm -rf "$home" "$runtime"
    echo "docs/images/$name.png"
done
