#!/usr/bin/env python3
"""Converts Natural Earth's 1:110m land outlines into the world map resource Hangar embeds.

Source: the npm package `world-atlas` (https://github.com/topojson/world-atlas), a TopoJSON
redistribution of Natural Earth's 1:110m "land" vectors (https://www.naturalearthdata.com/).
Natural Earth data is in the public domain; world-atlas itself is ISC-licensed packaging.
The app never needs npm: run this once, by hand, and commit its output.

    mkdir -p /tmp/world-atlas && cd /tmp/world-atlas && npm install world-atlas@2.0.2
    scripts/make-world-map.py /tmp/world-atlas/node_modules/world-atlas/land-110m.json \
        resources/map/land-110m.bin

Output, little-endian (read by src/gui/map/worldland.cpp):
    char[4]  magic "HLND"
    uint32   format version (1)
    uint32   ring count
    per ring: uint32 point count, then that many (float32 longitude, float32 latitude) pairs
Rings are closed implicitly (the last point is not repeated) and cut at the antimeridian, which
the TopoJSON stitches across. Antarctica is left out: no Fly region is near it and the map is
cropped above it. Python standard library only.
"""
import json
import struct
import sys
from pathlib import Path

MAGIC = b"HLND"
VERSION = 1
SOUTHERNMOST_KEPT = -60.0  # a ring entirely south of this is Antarctica


def decode_arcs(topology):
    """The topology's arcs as lists of (longitude, latitude), undoing quantisation."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        points = []
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            for dx, dy in arc:
                x += dx
                y += dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [(p[0], p[1]) for p in arc]
        arcs.append(points)
    return arcs


def ring_points(ring_arcs, arcs):
    """Stitches a ring's arcs (a negative index ~i is arc i reversed) into one closed ring."""
    points = []
    for index in ring_arcs:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()
    return points


def unwrap(points):
    """Makes longitudes continuous: a step across the antimeridian becomes one past ±180."""
    out = [points[0]]
    for lon, lat in points[1:]:
        previous = out[-1][0]
        while lon - previous > 180:
            lon -= 360
        while lon - previous < -180:
            lon += 360
        out.append((lon, lat))
    return out


def clip_half_plane(points, inside, cross):
    """Sutherland-Hodgman against one half-plane (exact for any ring: a half-plane is convex)."""
    out = []
    for i, current in enumerate(points):
        previous = points[i - 1]
        if inside(current):
            if not inside(previous):
                out.append(cross(previous, current))
            out.append(current)
        elif inside(previous):
            out.append(cross(previous, current))
    return out


def at_longitude(limit):
    def cross(a, b):
        t = (limit - a[0]) / (b[0] - a[0])
        return (limit, a[1] + t * (b[1] - a[1]))
    return cross


def split_at_antimeridian(points):
    """TopoJSON stitches rings across 180° (Chukotka, Fiji); a flat map needs them cut there.
    Returns the ring's pieces, each within -180..180."""
    ring = unwrap(points)
    if max(lon for lon, _ in ring) <= 180 and min(lon for lon, _ in ring) >= -180:
        return [points]
    pieces = []
    for shift in (-360, 0, 360):
        moved = [(lon + shift, lat) for lon, lat in ring]
        moved = clip_half_plane(moved, lambda p: p[0] <= 180, at_longitude(180))
        moved = clip_half_plane(moved, lambda p: p[0] >= -180, at_longitude(-180)) if moved else []
        if len(moved) >= 3:
            pieces.append(moved)
    return pieces


def polygons(geometry):
    kind = geometry["type"]
    if kind == "Polygon":
        return [geometry["arcs"]]
    if kind == "MultiPolygon":
        return geometry["arcs"]
    if kind == "GeometryCollection":
        return [p for child in geometry["geometries"] for p in polygons(child)]
    return []


def convert(source, target):
    topology = json.loads(Path(source).read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    rings = []
    for polygon in polygons(topology["objects"]["land"]):
        for ring_arcs in polygon:
            points = ring_points(ring_arcs, arcs)
            if len(points) < 3 or max(lat for _, lat in points) < SOUTHERNMOST_KEPT:
                continue
            rings.extend(split_at_antimeridian(points))
    out = bytearray(MAGIC + struct.pack("<II", VERSION, len(rings)))
    for points in rings:
        out += struct.pack("<I", len(points))
        for lon, lat in points:
            out += struct.pack("<ff", lon, lat)
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    Path(target).write_bytes(bytes(out))
    total = sum(len(points) for points in rings)
    print(f"{target}: {len(rings)} rings, {total} points, {len(out)} bytes")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(f"usage: {sys.argv[0]} land-110m.json OUTPUT.bin")
    convert(sys.argv[1], sys.argv[2])
