#!/usr/bin/env python3
"""Writes Markdown and HTML copies of plain-text articles, with the same prose plus markup
that must never be reported: front matter, a fenced code block, a link target, an HTML
comment, <script> and <style>, each holding a wrong weekday.

    convert-articles.py TXT_DIR MD_DIR HTML_DIR
"""
import html
import pathlib
import re
import sys

WRONG = "Monday, March 4, 2025"  # was a Tuesday: reported if any of the markup leaks


def markdown(text: str) -> str:
    def escape_line(line: str) -> str:
        line = re.sub(r"([\\`*_\[\]<>&#])", r"\\\1", line)
        return re.sub(r"^(\s*)([-+]|\d+[.)])(\s)", lambda m: m.group(1) + "\\" + m.group(2) + m.group(3), line)

    body = "\n".join(escape_line(line) for line in text.split("\n"))
    head = f'---\ntitle: "{WRONG}"\n---\n\n'
    tail = f"\n\n```\n{WRONG}\n```\n\n![](https://example.com/{WRONG.replace(' ', '-')}) <!-- {WRONG} -->\n"
    return head + body + tail


def to_html(text: str) -> str:
    paragraphs = re.split(r"(\n\s*\n)", text)
    out = []
    for part in paragraphs:
        if part.strip() == "":
            out.append(part)
            continue
        escaped = html.escape(part, quote=False).replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;")
        out.append(f"<p>{escaped}</p>")
    head = f"<html><head><title>{WRONG}</title><script>var d = '{WRONG}';</script><style>p {{ }}</style></head><body>\n"
    return head + "".join(out) + f'\n<a href="https://example.com/{WRONG}"></a><pre>{WRONG}</pre></body></html>\n'


def main() -> None:
    source, md_dir, html_dir = (pathlib.Path(p) for p in sys.argv[1:4])
    for article in sorted(source.glob("*.txt")):
        text = article.read_text(encoding="utf-8")
        (md_dir / (article.stem + ".md")).write_text(markdown(text), encoding="utf-8")
        (html_dir / (article.stem + ".html")).write_text(to_html(text), encoding="utf-8")


if __name__ == "__main__":
    main()
