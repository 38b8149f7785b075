#!/usr/bin/env python3
"""Render Hangar's application icons from resources/icons/hangar.svg.

Writes, relative to the repository root:

  packaging/linux/icons/hangar-<N>.png   hicolor PNGs, N = 16 22 24 32 48 64 128 256 512
  resources/icons/hangar.ico             Windows icon (16-256 px); also the window icon
  packaging/macos/hangar.icns            macOS bundle icon (16-1024 px)

The .ico and .icns hold PNG-compressed images, which Windows (Vista and later) and
macOS (10.7 and later) read. Rendering needs rsvg-convert (Debian: librsvg2-bin);
the containers are written here, so nothing else is needed.

Run it after editing the SVG and commit the results:  python3 scripts/make-icons.py
"""

import argparse
import pathlib
import shutil
import struct
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "hangar.svg"

LINUX_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# Sizes the Windows shell asks for at 100-250 % scaling, plus 128 for good measure.
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# ICNS element types that hold PNG data, and their pixel sizes.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),    # 16 pt @2x
    (b"ic12", 64),    # 32 pt @2x
    (b"ic07", 128),
    (b"ic13", 256),   # 128 pt @2x
    (b"ic08", 256),
    (b"ic14", 512),   # 256 pt @2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512 pt @2x
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def render(svg: pathlib.Path, size: int, out: pathlib.Path) -> bytes:
    subprocess.run(
        ["rsvg-convert", "--width", str(size), "--height", str(size), "--format", "png",
         "--output", str(out), str(svg)],
        check=True)
    data = out.read_bytes()
    if not data.startswith(PNG_SIGNATURE):
        sys.exit(f"make-icons: rsvg-convert did not write a PNG for {size} px")
    width, height = struct.unpack(">II", data[16:24])
    if (width, height) != (size, size):
        sys.exit(f"make-icons: wanted {size}x{size}, got {width}x{height}")
    return data


def ico_bytes(images: dict) -> bytes:
    """An ICO file: ICONDIR, one 16-byte ICONDIRENTRY per image, then the PNG data."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        png = images[size]
        dimension = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_bytes(images: dict) -> bytes:
    """An ICNS file: 'icns', total length, then (type, length, PNG data) elements."""
    body = b""
    for kind, size in ICNS_TYPES:
        png = images[size]
        body += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=pathlib.Path, default=SOURCE, help="source SVG")
    parser.add_argument("--root", type=pathlib.Path, default=ROOT,
                        help="where to write (default: the repository)")
    args = parser.parse_args()
    if shutil.which("rsvg-convert") is None:
        sys.exit("make-icons: rsvg-convert is missing (Debian: apt-get install librsvg2-bin)")

    linux_dir = args.root / "packaging" / "linux" / "icons"
    macos_dir = args.root / "packaging" / "macos"
    ico_path = args.root / "resources" / "icons" / "hangar.ico"
    for directory in (linux_dir, macos_dir, ico_path.parent):
        directory.mkdir(parents=True, exist_ok=True)

    wanted = set(LINUX_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    with tempfile.TemporaryDirectory() as scratch:
        images = {size: render(args.svg, size, pathlib.Path(scratch) / f"{size}.png")
                  for size in sorted(wanted)}

    for size in LINUX_SIZES:
        (linux_dir / f"hangar-{size}.png").write_bytes(images[size])
    ico_path.write_bytes(ico_bytes({size: images[size] for size in ICO_SIZES}))
    (macos_dir / "hangar.icns").write_bytes(icns_bytes(images))
    print(f"make-icons: wrote {len(LINUX_SIZES)} PNGs, {ico_path.name} and hangar.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
