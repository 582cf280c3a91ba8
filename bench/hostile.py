#!/usr/bin/env python3
"""Hostile input at scale: 10,000 generated hostile files against 10,000 ordinary
articles of the same total size. Prints both times and their ratio (the target: hostile
within 2x of ordinary, and no crash).

    bench/hostile.py [COUNT]
"""
import os
import random
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FACTLINT = os.path.join(ROOT, ".build", "release", "factlint")
OUT = os.path.join(ROOT, "bench", "corpus", "hostile")
sys.path.insert(0, os.path.join(ROOT, "bench"))
import generate  # noqa: E402

SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\u200b\ufeff"
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\uff0d"


def hostile(rng, size):
    kind = rng.randrange(12)
    if kind == 0:  # invalid UTF-8 inside names
        return b"Prime Minister Taka\xff\xfeichi met " * (size // 30)
    if kind == 1:  # binary
        return b"At Yokosuk.\x00\x01\x02" * (size // 14)
    if kind == 2:  # UTF-16 with BOM
        return b"\xff\xfe" + ("At Yokosuk. " * (size // 24)).encode("utf-16-le")
    if kind == 3:  # one long line, no spaces
        return ("x" * size).encode()
    if kind == 4:  # numbers in a row
        return " ".join(str(rng.randrange(10**9)) for _ in range(size // 8)).encode()
    if kind == 5:  # unbalanced quotes and nested brackets
        return ("\u201c([{\u2018 He said \" it's ' " * (size // 30)).encode()
    if kind == 6:  # every space and dash
        return "".join(rng.choice(SPACES + DASHES) + "Yokosuk" for _ in range(size // 10)).encode()
    if kind == 7:  # right-to-left, combining marks, emoji
        return ("\u0642\u0627\u0644 \u05e9\u05dc\u05d5\u05dd e\u0301 \U0001F44D\U0001F3FD \U0001F468\u200d\U0001F469\u200d\U0001F467 Yokosuk " * (size // 60)).encode()
    if kind == 8:  # pronouns and names with no sentence end
        return ("Takaichi he his him she her Trump " * (size // 34)).encode()
    if kind == 9:  # CRLF and BOM, lone CRs
        return b"\xef\xbb\xbf" + b"Line one.\r\nLine two\rThree\r\n" * (size // 28)
    if kind == 10:  # figures and dates everywhere
        return ("$550 pledge 1960s abducted 2009 last visit Monday, October 28, 2025 " * (size // 70)).encode()
    return ("\u201cword " * (size // 6)).encode()  # a quotation that never ends


def write(folder, files):
    shutil.rmtree(folder, ignore_errors=True)
    for i, data in enumerate(files):
        sub = os.path.join(folder, f"{i // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"f{i:05d}.txt"), "wb") as f:
            f.write(data)


def timed(folder):
    start = time.perf_counter()
    run = subprocess.run([FACTLINT, "-q", "--rules", os.path.join(ROOT, "rules"), folder], capture_output=True)
    elapsed = time.perf_counter() - start
    if run.returncode not in (0, 1):
        sys.exit(f"factlint exited {run.returncode} on {folder}: {run.stderr.decode()[-500:]}")
    return elapsed


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    subprocess.run(["swift", "build", "-c", "release", "--product", "factlint"], cwd=ROOT, check=True, capture_output=True)
    rng = random.Random(7)
    hostile_files = [hostile(rng, rng.randrange(500, 4000)) for _ in range(count)]
    total = sum(len(f) for f in hostile_files)
    ordinary, size = [], 0
    while len(ordinary) < count:
        text = generate.article(rng, len(ordinary)).encode()
        ordinary.append(text)
        size += len(text)
    scale = total / size  # trim or repeat ordinary text to the same total size
    ordinary = [(t * (int(scale) + 1))[: max(1, int(len(t) * scale))] for t in ordinary]
    write(OUT + "-files", hostile_files)
    write(OUT + "-ordinary", ordinary)
    timed(OUT + "-files")  # warm the cache
    timed(OUT + "-ordinary")
    h, o = timed(OUT + "-files"), timed(OUT + "-ordinary")
    print(f"{count} hostile files ({total / 1e6:.1f} MB): {h:.2f} s; {count} ordinary articles (same size): {o:.2f} s; "
          f"ratio {h / o:.2f} (target <= 2)")


if __name__ == "__main__":
    main()
