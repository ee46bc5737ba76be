#!/usr/bin/env python3
"""Keeps a module's fi/sv/en .resx files in step.

  tools/resx.py dump  src/Modules/TrainingSite.Accounts/Resources/AccountsStrings   > strings.tsv
  tools/resx.py write src/Modules/TrainingSite.Accounts/Resources/AccountsStrings   < strings.tsv

The TSV has one string a line: key, Finnish, Swedish, English (tab-separated, "\\n" for a newline).
`write` replaces the three .resx files with exactly the TSV's strings, sorted by key, so a string
cannot exist in one language and be missing in another. A test checks the same for every module.
"""
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

CULTURES = ["fi", "sv", "en"]
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


def read(base):
    table = {}
    for culture in CULTURES:
        try:
            root = ET.parse(f"{base}.{culture}.resx").getroot()
        except FileNotFoundError:
            continue
        for data in root.findall("data"):
            table.setdefault(data.get("name"), {})[culture] = data.findtext("value") or ""
    return table


def dump(base):
    for key, values in sorted(read(base).items()):
        cells = [values.get(c, "").replace("\n", "\\n") for c in CULTURES]
        print("\t".join([key] + cells))


def write(base):
    rows = {}
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4 or not all(p.strip() for p in parts):
            sys.exit(f"every line needs a key and three non-empty texts: {line!r}")
        rows[parts[0]] = [p.replace("\\n", "\n") for p in parts[1:]]
    for index, culture in enumerate(CULTURES):
        with open(f"{base}.{culture}.resx", "w", encoding="utf-8") as out:
            out.write(HEADER)
            for key in sorted(rows):
                value = escape(rows[key][index])
                out.write(f'  <data name="{escape(key)}" xml:space="preserve"><value>{value}</value></data>\n')
            out.write("</root>\n")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("dump", "write"):
        sys.exit(__doc__)
    {"dump": dump, "write": write}[sys.argv[1]](sys.argv[2])
