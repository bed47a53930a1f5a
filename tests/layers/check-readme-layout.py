#!/usr/bin/python3
"""The README's "Layout" table matches the tree.

Every folder that git tracks at the top level, in src/, tools/ and tests/
must be named in the table (as `path/`, or as a file inside it such as
`debian/copyright`), and every `path/` the table names must exist.
Prints one line per mismatch and exits 1 if there is any.

Without git, or outside a repository (a source tarball), the tree itself is
listed, minus what .gitignore names at the top (build directories).
"""
import fnmatch
import os
import pathlib
import re
import shutil
import subprocess
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
readme = (root / "README.md").read_text()
m = re.search(r"^## Layout\n(.*?)^## ", readme, re.S | re.M)
if not m:
    sys.exit("README.md has no '## Layout' section")
table = m.group(1)
named = set(re.findall(r"`([^`\s]+)`", table))



def tracked_files():
    if shutil.which("git") and (root / ".git").exists():
        return subprocess.run(["git", "-C", str(root), "ls-files"], capture_output=True, text=True,
                              check=True).stdout.split()
    ignored = [l.strip().strip("/") for l in (root / ".gitignore").read_text().splitlines()
               if l.strip() and not l.startswith("#")] if (root / ".gitignore").exists() else []
    out = []
    for d, dirs, names in os.walk(root):
        rel = pathlib.Path(d).relative_to(root)
        dirs[:] = [x for x in dirs if not x.startswith(".")
                   and not any(fnmatch.fnmatch(x, pat) for pat in ignored)]
        out += [str(rel / n) for n in names if not any(fnmatch.fnmatch(n, pat) for pat in ignored)]
    return out


files = tracked_files()
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
