#!/usr/bin/env python3
"""Transcript runner for the seccure++ command-line tests.

Usage: python3 tests/cli/run.py --bin DIR [--orig] [--verbose] FILE...

See tests/cli/README.md for the format of the .t files.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

SRC = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TIMEOUT = 60
NOEOL = " (no-eol)"
TOOLS = ["seccure-" + t for t in
         ("key", "encrypt", "decrypt", "sign", "verify", "signcrypt", "veridec", "dh")]


class TranscriptError(Exception):
    pass


class Expect:
    """Expectation for one stream: a list of (kind, text) items.

    kind is 'lit' (exact line) or 're' (regex, fullmatch); rest=True means
    any further output on the stream is allowed.  noeol=True means the last
    expected line is not terminated by a newline.
    """

    def __init__(self):
        self.items = []
        self.rest = False
        self.noeol = False


class Command:
    def __init__(self, lineno, cmd):
        self.lineno = lineno
        self.cmd = cmd
        self.out = Expect()
        self.err = Expect()
        self.status = None


def parse(path):
    """Return (flags, commands) for the transcript at path."""
    flags = set()
    commands = []
    cur = None
    in_header = True
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        lineno = i + 1
        i += 1
        if line.strip() == "":
            continue
        if line.startswith("#"):
            if in_header and line.strip() in ("# ours-only", "# orig-only"):
                flags.add(line.strip()[2:])
            continue
        if line.startswith("$ "):
            in_header = False
            cmd = line[2:]
            # a trailing backslash continues the command on the next line
            while cmd.endswith("\\") and i < len(lines):
                cmd = cmd + "\n" + lines[i]
                i += 1
            cur = Command(lineno, cmd)
            commands.append(cur)
            continue
        if cur is None:
            raise TranscriptError("%s:%d: expectation before any command" % (path, lineno))
        if line[0] in ">!":
            exp = cur.out if line[0] == ">" else cur.err
            if exp.rest or exp.noeol:
                raise TranscriptError("%s:%d: line after '%s*' or (no-eol)" % (path, lineno, line[0]))
            rest = line[1:]
            if rest == "*":
                exp.rest = True
                continue
            if rest.startswith("~ ") or rest == "~":
                kind, text = "re", rest[2:]
            elif rest.startswith(" ") or rest == "":
                kind, text = "lit", rest[1:]
            else:
                raise TranscriptError("%s:%d: bad expectation line %r" % (path, lineno, line))
            if text.endswith(NOEOL):
                text = text[: -len(NOEOL)]
                exp.noeol = True
            if kind == "re":
                try:
                    re.compile(text)
                except re.error as e:
                    raise TranscriptError("%s:%d: bad regex: %s" % (path, lineno, e))
            exp.items.append((kind, text))
            continue
        m = re.fullmatch(r"\? (\d+)", line)
        if m:
            if cur.status is not None:
                raise TranscriptError("%s:%d: second status line" % (path, lineno))
            cur.status = int(m.group(1))
            continue
        raise TranscriptError("%s:%d: cannot parse %r" % (path, lineno, line))
    return flags, commands


def split_lines(data):
    """Split decoded output into (lines, ends_with_newline)."""
    if data == "":
        return [], True
    eol = data.endswith("\n")
    if eol:
        data = data[:-1]
    return data.split("\n"), eol


def check_stream(exp, data):
    """Return None when data satisfies exp, else a short reason."""
    lines, eol = split_lines(data)
    for idx, (kind, text) in enumerate(exp.items):
        if idx >= len(lines):
            return "output ends before expected line %d" % (idx + 1)
        got = lines[idx]
        if kind == "lit" and got != text:
            return "line %d differs" % (idx + 1)
        if kind == "re" and not re.fullmatch(text, got):
            return "line %d does not match the regex" % (idx + 1)
    n = len(exp.items)
    if exp.rest:
        # Everything after the checked lines is allowed, but a checked last
        # line must still be complete (or explicitly marked no-eol).
        if n and n == len(lines) and not eol and not exp.noeol:
            return "line %d lacks its newline" % n
        return None
    if len(lines) > n:
        return "unexpected extra output from line %d" % (n + 1)
    if n and eol == exp.noeol:
        return "last line has no newline" if not eol else "last line should have no newline"
    return None


def show(s):
    """Printable form of an output line."""
    if s.isprintable() and not s.startswith(" ") and not s.endswith(" "):
        return s
    return repr(s)


def format_expect(exp, prefix):
    out = []
    for kind, text in exp.items:
        out.append("%s%s %s" % (prefix, "~" if kind == "re" else "", show(text)))
    if exp.noeol and out:
        out[-1] += NOEOL
    if exp.rest:
        out.append(prefix + "*")
    if not out:
        out.append("(nothing)")
    return out


def format_actual(data):
    lines, eol = split_lines(data)
    if not lines:
        return ["(nothing)"]
    out = ["| " + show(l) for l in lines]
    if not eol:
        out[-1] += NOEOL
    return out


def show_status(status):
    if status is not None and status < 0:
        return "%d (killed by signal %d)" % (status, -status)
    return str(status)


def run_command(cmd, env, cwd):
    try:
        p = subprocess.run(
            ["bash", "-c", cmd],
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
            timeout=TIMEOUT,
        )
        return p.stdout, p.stderr, p.returncode, False
    except subprocess.TimeoutExpired as e:
        return e.stdout or b"", e.stderr or b"", None, True


def decode(b):
    return b.decode("utf-8", errors="surrogateescape")


def run_file(path, bindir, orig, verbose, counts):
    try:
        flags, commands = parse(path)
    except (OSError, TranscriptError) as e:
        print("ERROR: %s" % e)
        counts["failed"] += 1
        return
    if (orig and "ours-only" in flags) or (not orig and "orig-only" in flags):
        why = "ours-only" if orig else "orig-only"
        print("SKIP %s (%s, %d commands)" % (path, why, len(commands)))
        counts["skipped"] += len(commands)
        return
    env = dict(os.environ)
    env["PATH"] = bindir + os.pathsep + env.get("PATH", "/usr/bin:/bin")
    env["SRC"] = SRC
    env["LC_ALL"] = "C"
    env.pop("LANG", None)
    env.pop("LANGUAGE", None)
    tmp = tempfile.mkdtemp(prefix="clitest-")
    try:
        env["HOME"] = tmp
        env["TMPDIR"] = tmp
        for c in commands:
            out, err, status, timed_out = run_command(c.cmd, env, tmp)
            out, err = decode(out), decode(err)
            want = 0 if c.status is None else c.status
            problems = []
            if timed_out:
                problems.append("timed out after %d s" % TIMEOUT)
            else:
                r = check_stream(c.out, out)
                if r:
                    problems.append("stdout: " + r)
                r = check_stream(c.err, err)
                if r:
                    problems.append("stderr: " + r)
                if status != want:
                    problems.append("exit status %s, expected %d" % (show_status(status), want))
            if not problems:
                counts["passed"] += 1
                if verbose:
                    print("ok   %s:%d: %s" % (path, c.lineno, c.cmd))
                continue
            counts["failed"] += 1
            print("FAIL %s:%d: $ %s" % (path, c.lineno, c.cmd))
            for p in problems:
                print("    " + p)
            print("  expected stdout:")
            for l in format_expect(c.out, ">"):
                print("      " + l)
            print("  actual stdout:")
            for l in format_actual(out):
                print("      " + l)
            print("  expected stderr:")
            for l in format_expect(c.err, "!"):
                print("      " + l)
            print("  actual stderr:")
            for l in format_actual(err):
                print("      " + l)
            print("  status: expected %d, actual %s" % (want, "timeout" if timed_out else show_status(status)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description="Run seccure CLI transcripts.")
    ap.add_argument("--bin", required=True, help="directory holding the seccure-* programs")
    ap.add_argument("--orig", action="store_true", help="testing the original: skip '# ours-only' files")
    ap.add_argument("--verbose", "-v", action="store_true", help="list passing commands too")
    ap.add_argument("files", nargs="+", metavar="FILE")
    args = ap.parse_args()
    bindir = os.path.abspath(args.bin)
    # PATH falls back to the system's directories, so a missing program in
    # DIR would silently test an installed seccure: refuse to run instead.
    missing = [t for t in TOOLS if not os.access(os.path.join(bindir, t), os.X_OK)]
    if missing:
        print("ERROR: not executable in %s: %s" % (bindir, " ".join(missing)))
        sys.exit(2)
    counts = {"passed": 0, "failed": 0, "skipped": 0}
    for path in args.files:
        run_file(path, bindir, args.orig, args.verbose, counts)
    print("%d passed, %d failed, %d skipped" % (counts["passed"], counts["failed"], counts["skipped"]))
    if counts["failed"] or counts["passed"] == 0:
        sys.exit(1)


if __name__ == "__main__":
    main()
