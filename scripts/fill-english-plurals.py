#!/usr/bin/env python3
"""Fills the plural forms of translations/hangar_en.ts.

Hangar's source strings are English and write plurals as "%n machine(s)". Qt picks the right
form only from a translation, so the English one spells both: "%n machine" and "%n machines".
Every numerus message gets them derived from its "(s)"; a message already translated by hand
is left alone. Run after lupdate (scripts/hangar translations does both).
"""
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

TS_FILE = Path(__file__).resolve().parent.parent / "translations" / "hangar_en.ts"


def forms(source):
    """The singular and plural of a source text written with "(s)"."""
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill(path):
    tree = ElementTree.parse(path)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ElementTree.SubElement(message, "translation")
        existing = [form.text for form in translation.findall("numerusform") if form.text]
        if len(existing) == 2 and translation.get("type") != "unfinished":
            continue
        for form in list(translation):
            translation.remove(form)
        for text in forms(message.findtext("source")):
            ElementTree.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
        filled += 1
    ElementTree.indent(tree, space="    ")
    with open(path, "wb") as output:
        output.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(output, encoding="utf-8", xml_declaration=False)
        output.write(b"\n")
    return filled


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else TS_FILE
    print(f"{fill(target)} plural message(s) filled in {target}")
