#!/usr/bin/python3
"""The README's "Layout" table matches the tree.

Every folder that git tracks at the top level, in src/, tools/ and tests/
must be named in the table (as `path/`, or as a file inside it such as
`debian/copyright`), and every `path/` the table names must exist.
Prints one line per mismatch and exits 1 if there is any.
"""
import pathlib
import re
import subprocess
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
readme = (root / "README.md").read_text()
m = re.search(r"^## Layout\n(.*?)^## ", readme, re.S | re.M)
if not m:
    sys.exit("README.md has no '## Layout' section")
table = m.group(1)
named = set(re.findall(r"`([^`\s]+)`", table))

files = subprocess.run(["git", "-C", str(root), "ls-files"], capture_output=True, text=True, check=True).stdout.split()
folders = set()
for f in files:
    parts = f.split("/")
    if len(parts) > 1 and not parts[0].startswith("."):
        folders.add(parts[0])
        if parts[0] in ("src", "tools", "tests") and len(parts) > 2:
            folders.add(parts[0] + "/" + parts[1])

problems = []
for folder in sorted(folders):
    leaf = folder.split("/")[-1]
    # A row may name a folder by its full path, or (inside the src/ row) by
    # its own name, or through a file in it.
    ok = any(n.rstrip("/") == folder or n.startswith(folder + "/") for n in named)
    if not ok and folder.startswith("src/"):
        ok = f"{leaf}/" in named
    if not ok:
        problems.append(f"README layout does not name {folder}/")
for n in sorted(named):
    if n.endswith("/") and not ((root / n).is_dir() or (root / "src" / n).is_dir()):
        problems.append(f"README layout names {n}, which does not exist")
for p in problems:
    print(p)
print(f"readme-layout: {len(problems)} problem(s), {len(folders)} folders")
sys.exit(1 if problems else 0)
