#!/usr/bin/python3
"""The library's layering, checked on the tree (docs/ARCHITECTURE.md).

src/ has one folder per layer, in this order:
    base -> encoding -> ec -> keys -> schemes -> api
and a file may include only headers of its own layer or of an earlier one.
An installed header include/seccure/X.hpp belongs to the layer of its
source src/LAYER/X.cpp (every installed header has exactly one such
source). Internal headers src/LAYER/X.hpp
are paired the same way when they have a source (src/LAYER/X.hpp may be
the internal half of include/seccure/X.hpp, defined in the same source).
An installed header includes only installed headers.

Prints one line per violation and exits 1 if there is any.
"""
import pathlib
import re
import sys

LAYERS = ["base", "encoding", "ec", "keys", "schemes", "api"]
# Build tools in src/ (not linked into the library) and the headers from
# outside the library they may include: the table generator computes with
# the tests' reference arithmetic.
BUILD_TOOL_INCLUDES = {"src/ec/gen_base_tables.cpp": {"reference/ref_ec.hpp"}}

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
src, inc = root / "src", root / "include" / "seccure"
problems = []

# Which layer owns each header, by the folder of its paired source.
owner = {}
for layer in LAYERS:
    folder = src / layer
    if not folder.is_dir():
        problems.append(f"src/{layer}/ is missing")
        continue
    for f in folder.iterdir():
        if f.suffix in (".cpp", ".hpp"):
            owner[f"{layer}/{f.name}"] = layer
for f in src.iterdir():
    if f.suffix in (".cpp", ".hpp"):
        problems.append(f"src/{f.name}: every source belongs in a layer folder")
for folder in src.iterdir():
    if folder.is_dir() and folder.name not in LAYERS:
        problems.append(f"src/{folder.name}/: not a layer ({', '.join(LAYERS)})")

for h in sorted(inc.glob("*.hpp")):
    sources = sorted(src.glob(f"*/{h.stem}.cpp"))
    if len(sources) != 1:
        problems.append(f"include/seccure/{h.name}: expected one source src/*/{h.stem}.cpp, found {len(sources)}")
        continue
    owner[f"seccure/{h.name}"] = sources[0].parent.name

# Internal headers: paired with a source of the same name when they have one.
for h in sorted(src.glob("*/*.hpp")):
    stray = [s for s in src.glob(f"*/{h.stem}.cpp") if s.parent != h.parent]
    if stray:
        problems.append(f"{h.relative_to(root)}: its source {stray[0].relative_to(root)} is in another layer")

include_re = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def check(path, layer, installed=False):
    for target in include_re.findall(path.read_text()):
        if target.startswith("seccure/generated"):
            continue
        if target in BUILD_TOOL_INCLUDES.get(path.relative_to(root).as_posix(), ()):
            continue
        # What is installed must compile with what is installed.
        if installed and not (target.startswith("seccure/") and (inc / target.removeprefix("seccure/")).is_file()):
            problems.append(f"{path.relative_to(root)}: installed, includes \"{target}\", which is not installed")
            continue
        t = owner.get(target)
        if t is None:
            problems.append(f"{path.relative_to(root)}: includes \"{target}\", which is not a library header")
        elif LAYERS.index(t) > LAYERS.index(layer):
            problems.append(f"{path.relative_to(root)} ({layer}) includes \"{target}\" ({t}): points up a layer")


for layer in LAYERS:
    for f in sorted((src / layer).glob("*.[ch]pp")):
        check(f, layer)
for h in sorted(inc.glob("*.hpp")):
    check(h, owner.get(f"seccure/{h.name}", "api"), installed=True)

for p in problems:
    print(p)
print(f"layers: {len(problems)} problem(s) in {len(list(src.glob('*/*.[ch]pp')))} sources and "
      f"{len(list(inc.glob('*.hpp')))} installed headers")
sys.exit(1 if problems else 0)
