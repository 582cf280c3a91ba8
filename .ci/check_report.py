#!/usr/bin/env python3
"""Checks the HTML report as Chromium rendered it (standard library only).

usage: check_report.py DOM.html CONSOLE.log ARTICLE-PREFIX VALUE...

Fails (exit 1) when the console log shows a JavaScript error or any console output
(the page has no scripts, so there should be none), when a link to '#id' has no
element with that id, or when the fact table has no row naming every VALUE whose cell
in the column of the article whose file name starts with ARTICLE-PREFIX is highlighted
as the outlier, or when the collapsed count of facts the articles agree on differs from
its rows, or one of those rows has a highlighted cell.
"""
import re
import sys
from html.parser import HTMLParser


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links = set(), []
        self.columns, self.rows = [], []
        self.in_facts = 0
        self.cell = None  # (kind, attrs, text parts) of the th/td being read
        self.row = None
        self.agreed_rows, self.agreed_outliers, self.agreed_row = 0, 0, False
        self.summary = None  # text of the <summary> being read, then all summaries read
        self.summaries = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and a.get("href", "").startswith("#"):
            self.links.append(a["href"][1:])
        if tag == "summary":
            self.summary = []
        if tag == "tr" and a.get("class") == "agreed":
            self.agreed_rows += 1
        if tag == "td" and "outlier" in a.get("class", "").split() and self.row is not None and self.agreed_row:
            self.agreed_outliers += 1
        if tag == "table" and "facts" in a.get("class", "").split():
            self.in_facts += 1
        if not self.in_facts:
            return
        if tag == "tr":
            self.row = []
            self.agreed_row = a.get("class") == "agreed"
        elif tag in ("th", "td"):
            self.cell = (tag, a, [])

    def handle_data(self, data):
        if self.summary is not None:
            self.summary.append(data)
        if self.cell is not None:
            self.cell[2].append(data)

    def handle_endtag(self, tag):
        if tag == "summary" and self.summary is not None:
            self.summaries.append("".join(self.summary))
            self.summary = None
        if tag == "table" and self.in_facts:
            self.in_facts -= 1
        if not self.in_facts:
            return
        if tag in ("th", "td") and self.cell is not None:
            kind, attrs, text = self.cell
            self.row.append((kind, attrs, "".join(text)))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            if self.row and all(k == "th" and c.get("scope") == "col" for k, c, _ in self.row):
                self.columns = self.row
            else:
                self.rows.append(self.row)
            self.row = None


def main():
    dom, console, prefix, values = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    problems = []
    for line in open(console, encoding="utf-8", errors="replace"):
        if ":CONSOLE" in line or "Uncaught" in line:
            problems.append("console: " + line.strip())
    page = Page()
    page.feed(open(dom, encoding="utf-8").read())
    broken = sorted(set(page.links) - page.ids)
    if broken:
        problems.append("broken internal links: " + ", ".join("#" + b for b in broken[:20]))
    if not page.links:
        problems.append("no internal links at all: the report did not render")
    column = next((i for i, (_, attrs, _) in enumerate(page.columns)
                   if attrs.get("title", "").rsplit("/", 1)[-1].startswith(prefix)), None)
    if column is None:
        problems.append(f"fact table has no column for an article starting with {prefix!r}")
    else:
        rows = [r for r in page.rows if r and all(v in r[0][2] for v in values)]
        if not rows:
            problems.append(f"fact table has no row naming {values}")
        elif not any(len(r) > column and "outlier" in r[column][1].get("class", "").split() for r in rows):
            problems.append(f"the {prefix}… cell of the row naming {values} is not highlighted as the outlier")
    agreed = [int(m.group(1)) for t in page.summaries for m in [re.match(r"(\d+) facts? the articles agree on$", t)] if m]
    if agreed != ([page.agreed_rows] if page.agreed_rows else []):
        problems.append(f"agreed facts: the summary counts {agreed}, the table has {page.agreed_rows} rows")
    if page.agreed_outliers:
        problems.append(f"{page.agreed_outliers} cells of rows the articles agree on are highlighted as outliers")
    for p in problems:
        print("report check: " + p, file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"report check: {len(page.links)} internal links resolve, no console output, "
          f"the {' / '.join(values)} row highlights {prefix}…, {page.agreed_rows} agreed facts counted")


if __name__ == "__main__":
    main()
