#!/usr/bin/env python3
"""Fails on user-visible text that bypasses translation.

The rule: in the GUI and app sources, the text argument of a call that puts words on screen
(setText, setWindowTitle, setToolTip, setPlaceholderText, setStatusTip, setWhatsThis,
setLabelText, setAccessibleName, setAccessibleDescription, addTab, setTabText, setTitle,
showMessage, setHeaderLabels, and the text constructors of QLabel, QPushButton, QCheckBox,
QRadioButton, QGroupBox, QAction and QMessageBox) must not be a string literal with a letter
in it. Such text goes through tr() (or QCoreApplication::translate). Words that are the same in
every language (a command, a unit, an example value) are marked on their line with
`// i18n: verbatim`.

Usage: check_ui_strings.py SOURCE_DIR
"""
import re
import sys
from pathlib import Path

CALLS = (
    "setText|setWindowTitle|setToolTip|setPlaceholderText|setStatusTip|setWhatsThis|"
    "setLabelText|setAccessibleName|setAccessibleDescription|addTab|setTabText|setTitle|"
    "showMessage|setHeaderLabels|setSubTitle|setButtonText|setIconText"
)
CONSTRUCTORS = "QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QToolButton"
LITERAL = r'(?:QStringLiteral\(\s*"(?P<a>[^"]*)"\s*\)|u"(?P<b>[^"]*)"_s|QLatin1String\(\s*"(?P<c>[^"]*)"\s*\)|"(?P<d>[^"]*)")'
PATTERNS = [
    re.compile(r"(?:->|\.)\s*(?:" + CALLS + r")\s*\(\s*(?:[^(),]*,\s*)?" + LITERAL),
    re.compile(r"new\s+(?:" + CONSTRUCTORS + r")\s*\(\s*" + LITERAL),
]
MARK = "i18n: verbatim"
DIRECTORIES = ("src/gui", "src/app")


def has_words(text):
    return bool(re.search(r"[A-Za-z]{2,}", text))


def violations(root):
    found = []
    for directory in DIRECTORIES:
        for path in sorted((root / directory).rglob("*.cpp")):
            lines = path.read_text(encoding="utf-8").splitlines()
            for number, line in enumerate(lines, 1):
                if MARK in line or line.lstrip().startswith("//"):
                    continue
                for pattern in PATTERNS:
                    for match in pattern.finditer(line):
                        text = next(g for g in match.groups() if g is not None)
                        if has_words(text):
                            found.append(f"{path.relative_to(root)}:{number}: \"{text}\"")
    return found


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    found = violations(root)
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} user-visible string(s) bypass tr(); translate them or mark the line "
              f"with // {MARK}", file=sys.stderr)
        return 1
    print("every user-visible string goes through tr()")
    return 0


if __name__ == "__main__":
    sys.exit(main())
