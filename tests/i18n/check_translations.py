#!/usr/bin/env python3
"""Fails on a translation that is not finished or that breaks its source.

For every translations/hangar_*.ts: each message has a translation (no type="unfinished", no
empty text, every plural form filled), and each translation keeps its source's placeholders
(%1, %2, %n) and HTML tags, and has at most one & mnemonic. The English file, whose sources are
English already, only needs its plural forms.

Usage: check_translations.py TRANSLATIONS_DIR
"""
import re
import sys
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:\d+|n)")
TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")


def mnemonics(text):
    return len(re.findall(r"&(?!&)(?=[^\s;])", text.replace("&&", "")))


def check(path):
    problems = []
    # The sources are English: the English file only spells out plural forms.
    plurals_only = path.stem == "hangar_en"
    tree = ElementTree.parse(path)
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{path.name}: {name}: \"{source[:60]}\""
            if plurals_only and message.get("numerus") != "yes":
                continue
            if translation is None or translation.get("type") in ("unfinished",):
                problems.append(f"{where}: not translated")
                continue
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            if not texts or any(not text.strip() for text in texts):
                problems.append(f"{where}: empty translation")
                continue
            wanted = Counter(PLACEHOLDER.findall(source))
            tags = Counter(t.lower() for t in TAG.findall(source))
            for text in texts:
                got = Counter(PLACEHOLDER.findall(text))
                # A plural form may leave %n out ("one machine"), but never invent or drop others.
                if message.get("numerus") == "yes":
                    got.pop("%n", None)
                    wanted_here = Counter({k: v for k, v in wanted.items() if k != "%n"})
                else:
                    wanted_here = wanted
                if got != wanted_here:
                    problems.append(f"{where}: placeholders {dict(got)} instead of {dict(wanted_here)}")
                if Counter(t.lower() for t in TAG.findall(text)) != tags:
                    problems.append(f"{where}: HTML tags differ from the source")
                if mnemonics(text) > 1:
                    problems.append(f"{where}: more than one & mnemonic")
    return problems


def main():
    directory = Path(sys.argv[1] if len(sys.argv) > 1 else "translations")
    files = sorted(directory.glob("hangar_*.ts"))
    if not files:
        print(f"no translations in {directory}", file=sys.stderr)
        return 1
    problems = [problem for path in files for problem in check(path)]
    for problem in problems[:200]:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in the translations", file=sys.stderr)
        return 1
    print(f"{len(files)} translation(s) complete: " + ", ".join(p.stem for p in files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
