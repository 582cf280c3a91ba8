#!/usr/bin/env python3
"""Builds a platform wheel that carries the factlint binary, as ruff and typos do.

`pip install factlint-*.whl` puts `factlint` on PATH (the binary is installed as a
script from the wheel's .data folder); no Swift toolchain is needed to run it.

    packaging/build_wheel.py [--binary PATH] [--out DIR] [--platform TAG]

Without --binary it builds the stripped static release binary first. The platform tag
is derived from the binary: on Linux the newest GLIBC symbol version it needs
(manylinux_2_XX_<arch>), on macOS macosx_13_0_<arch>. Standard library only.
"""
import argparse
import base64
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = "factlint"
SUMMARY = "A fact-consistency linter for news articles: compares reports of one event and flags what disagrees."


def version():
    """The version, from the one place it is set (Sources/FactlintCLI/Version.swift)."""
    with open(os.path.join(ROOT, "Sources", "FactlintCLI", "Version.swift"), encoding="utf-8") as f:
        match = re.search(r'current = "([^"]+)"', f.read())
    if not match:
        sys.exit("build_wheel: no version in Sources/FactlintCLI/Version.swift")
    return match.group(1)


def build_binary():
    args = ["swift", "build", "-c", "release"]
    if sys.platform.startswith("linux"):
        args.append("--static-swift-stdlib")
    subprocess.run(args, cwd=ROOT, check=True)
    binary = os.path.join(ROOT, ".build", "release", NAME)
    stripped = os.path.join(ROOT, ".build", "release", NAME + "-stripped")
    shutil.copyfile(binary, stripped)
    subprocess.run(["strip", stripped], check=True)
    os.chmod(stripped, 0o755)
    return stripped


def platform_tag(binary):
    machine = platform.machine().lower()
    arch = {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)
    if sys.platform == "darwin":
        return "macosx_13_0_" + ("arm64" if arch == "aarch64" else arch)
    out = subprocess.run(["objdump", "-T", binary], capture_output=True, text=True, check=True).stdout
    versions = [tuple(int(p) for p in v.split(".")) for v in re.findall(r"GLIBC_([0-9]+(?:\.[0-9]+)+)", out)]
    major, minor = max(versions)[:2] if versions else (2, 17)
    return f"manylinux_{major}_{minor}_{arch}"


def record_line(path, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(data)}"


def build_wheel(binary, out_dir, tag):
    ver = version()
    dist_info = f"{NAME}-{ver}.dist-info"
    data_dir = f"{NAME}-{ver}.data"
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    metadata = (
        "Metadata-Version: 2.1\n"
        f"Name: {NAME}\n"
        f"Version: {ver}\n"
        f"Summary: {SUMMARY}\n"
        "License: MIT\n"
        "Requires-Python: >=3.7\n"
        "Description-Content-Type: text/markdown\n\n" + readme
    )
    wheel = f"Wheel-Version: 1.0\nGenerator: factlint build_wheel.py\nRoot-Is-Purelib: false\nTag: py3-none-{tag}\n"
    with open(binary, "rb") as f:
        binary_bytes = f.read()
    with open(os.path.join(ROOT, "LICENSE"), "rb") as f:
        license_bytes = f.read()
    files = [
        (f"{data_dir}/scripts/{NAME}", binary_bytes, 0o755),
        (f"{dist_info}/METADATA", metadata.encode(), 0o644),
        (f"{dist_info}/WHEEL", wheel.encode(), 0o644),
        (f"{dist_info}/LICENSE", license_bytes, 0o644),
    ]
    record = [record_line(p, d) for p, d, _ in files] + [f"{dist_info}/RECORD,,"]
    files.append((f"{dist_info}/RECORD", ("\n".join(record) + "\n").encode(), 0o644))
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, f"{NAME}-{ver}-py3-none-{tag}.whl")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data, mode in files:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))  # reproducible
            info.external_attr = (0o100000 | mode) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", help="a built factlint binary (default: build the stripped static release)")
    parser.add_argument("--out", default=os.path.join(ROOT, "dist"), help="output folder (default dist/)")
    parser.add_argument("--platform", help="platform tag (default: derived from the binary)")
    args = parser.parse_args()
    binary = args.binary or build_binary()
    tag = args.platform or platform_tag(binary)
    print(build_wheel(binary, args.out, tag))


if __name__ == "__main__":
    main()
