#!/usr/bin/env python3
"""Compares factlint's JSON findings on text, Markdown and HTML copies of the same articles:
the same rule, message and flagged source text (read back from each file at the reported
line and columns) must be found in every format.

    compare-formats.py ROOT TXT_JSON MD_JSON HTML_JSON
"""
import json
import pathlib
import re
import sys


def findings(root: pathlib.Path, report: str) -> list:
    result = []
    for d in json.loads(pathlib.Path(report).read_text(encoding="utf-8"))["diagnostics"]:
        lines = (root / d["path"]).read_text(encoding="utf-8").split("\n")
        line = lines[d["line"] - 1]
        end = d["endColumn"] - 1 if d["endLine"] == d["line"] else len(line)
        flagged = line[d["column"] - 1:end]
        message = re.sub(r"\S+/([^/\s]+)\.(txt|md|html):\d+", r"\1", d["message"])
        result.append((pathlib.Path(d["path"]).stem, d["rule"], message, flagged))
    return sorted(result)


def main() -> int:
    root = pathlib.Path(sys.argv[1])
    text, md, html = (findings(root, r) for r in sys.argv[2:5])
    status = 0
    for name, other in (("Markdown", md), ("HTML", html)):
        if other != text:
            status = 1
            print(f"{name} differs from text:")
            for f in sorted(set(text) - set(other)):
                print("  only in text:", f)
            for f in sorted(set(other) - set(text)):
                print(f"  only in {name}:", f)
    print(f"{len(text)} findings, identical in text, Markdown and HTML" if status == 0 else "")
    return status


if __name__ == "__main__":
    sys.exit(main())
