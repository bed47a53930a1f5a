#!/usr/bin/python3
"""The front's second pass releases nothing it did not check (FORMAT.md §9.3).

An interposed lseek (LD_PRELOAD) changes the input file at the moment the
front rewinds it for the second pass, as another process could: a byte in
the first block, or one in a later block. Whatever the front writes must be
a prefix of the true plaintext (or message) cut at a block boundary, the
exit status non-zero, and an -o target never created. Covered: decrypt,
veridec, verify -f, verify -a -f, to stdout and to -o.

Usage: changed-input.py --bin DIR
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

SHIM_C = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
/* On the first rewind (SEEK_SET) of the file named by CHANGE_FILE, flips the
   byte at CHANGE_AT: what an attacker with write access does between the
   front's check and its second pass. */
static int done;
static off_t change(int fd, off_t off, int whence) {
  const char *path = getenv("CHANGE_FILE"), *at = getenv("CHANGE_AT");
  struct stat a, b;
  if (!done && whence == SEEK_SET && path && at && fstat(fd, &a) == 0 && stat(path, &b) == 0 &&
      a.st_ino == b.st_ino && a.st_dev == b.st_dev) {
    done = 1;
    int w = open(path, O_RDWR);
    unsigned char c;
    off_t pos = (off_t)atoll(at);
    if (w >= 0 && pread(w, &c, 1, pos) == 1) {
      c ^= 0x01;
      pwrite(w, &c, 1, pos);
    }
    if (w >= 0) close(w);
  }
  return off;
}
off_t lseek(int fd, off_t off, int whence) {
  static off_t (*real)(int, off_t, int);
  if (!real) real = (off_t (*)(int, off_t, int))dlsym(RTLD_NEXT, "lseek");
  change(fd, off, whence);
  return real(fd, off, whence);
}
off_t lseek64(int fd, off_t off, int whence) __attribute__((alias("lseek")));
"""

BLOCK = 1 << 20
KEY160 = "2@DupCaCKykHBe-QHpAP%d%B["
KEY_PW2 = "8W;>i^H0qi|J&$coR5MFpR*Vn"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    args = ap.parse_args()
    bindir = os.path.abspath(args.bin)
    cc = shutil.which("cc") or shutil.which("gcc")
    if not cc:
        sys.exit("changed-input: FAILED: no C compiler to build the interposed lseek")
    work = tempfile.mkdtemp(prefix="seccure-changed-")
    failed = passed = 0
    try:
        shim = os.path.join(work, "shim.so")
        with open(os.path.join(work, "shim.c"), "w") as f:
            f.write(SHIM_C)
        subprocess.run([cc, "-shared", "-fPIC", "-O2", "-o", shim, os.path.join(work, "shim.c"), "-ldl"], check=True)

        def tool(*argv, env=None, stdin=None):
            return subprocess.run([os.path.join(bindir, argv[0])] + list(argv[1:]), cwd=work, env=env,
                                  stdin=stdin, capture_output=True)

        def P(name):
            return os.path.join(work, name)

        for name, text in (("pw", b"seccure is secure\n"), ("pw2", b"my private key\n")):
            with open(P(name), "wb") as f:
                f.write(text)
            os.chmod(P(name), 0o600)
        plain = os.urandom(3 * BLOCK + 1000)
        with open(P("plain"), "wb") as f:
            f.write(plain)
        assert tool("seccure-encrypt", "-q", "-m", "80", "-i", P("plain"), "-o", P("ct"), KEY160).returncode == 0
        assert tool("seccure-signcrypt", "-q", "-c", "p160", "-c", "p160", "-F", P("pw2"), "-i", P("plain"),
                    "-o", P("sc"), KEY160).returncode == 0
        assert tool("seccure-sign", "-q", "-a", "-c", "p160", "-F", P("pw"), "-i", P("plain"),
                    "-o", P("signed")).returncode == 0
        sig = tool("seccure-sign", "-q", "-c", "p160", "-F", P("pw"), "-i", P("plain")).stderr.strip()
        with open(P("sig"), "wb") as f:
            f.write(sig + b"\n")

        # Header lengths, from the sizes: ciphertext = header + body + trailer.
        ct_header = os.path.getsize(P("ct")) - len(plain) - 10
        sc_header = os.path.getsize(P("sc")) - len(plain) - len(sig)
        cases = [
            ("decrypt", "ct", ct_header, lambda inp, out: ["seccure", "decrypt", "-q", "-c", "p160", "-F", P("pw"), "-i", inp] + out),
            ("veridec", "sc", sc_header, lambda inp, out: ["seccure", "veridec", "-q", "-c", "p160", "-c", "p160", "-F", P("pw"),
                                                   "-i", inp, KEY_PW2] + out),
            ("verify -f", "plain", 0, lambda inp, out: ["seccure", "verify", "-q", "-f", "-s", P("sig"), "-i", inp,
                                                      KEY160] + out),
            ("verify -a -f", "signed", 0, lambda inp, out: ["seccure", "verify", "-q", "-a", "-f", "-i", inp,
                                                          KEY160] + out),
        ]
        for label, src, header, argv in cases:
            for where in (header + 10, header + BLOCK + 10, header + 2 * BLOCK + 999):
                for to_file in (False, True):
                    inp = P("in")
                    shutil.copyfile(P(src), inp)
                    out = P("out")
                    if os.path.exists(out):
                        os.unlink(out)
                    env = dict(os.environ, LD_PRELOAD=shim, CHANGE_FILE=inp, CHANGE_AT=str(where), LC_ALL="C")
                    r = tool(*argv(inp, ["-o", out] if to_file else []), env=env)
                    problems = []
                    if r.returncode == 0:
                        problems.append("exit status 0")
                    if b"The input changed after it was checked" not in r.stderr:
                        problems.append("stderr %r" % r.stderr[-300:])
                    if to_file:
                        if os.path.exists(out):
                            problems.append("-o target was created")
                        if r.stdout:
                            problems.append("stdout not empty")
                    else:
                        # A prefix of the truth that ends before the block
                        # (of the input after its header) that changed.
                        got = r.stdout
                        changed_block = (where - header) // BLOCK
                        if got != plain[:len(got)] or len(got) > changed_block * BLOCK:
                            problems.append("released %d bytes, not an unchanged prefix ending before block %d"
                                            % (len(got), changed_block))
                    name = "%s, byte %d changed, to %s" % (label, where, "-o" if to_file else "stdout")
                    if problems:
                        failed += 1
                        print("FAIL: %s: %s" % (name, "; ".join(problems)))
                    else:
                        passed += 1
        # Unchanged, the same commands release everything (the shim is inert).
        for label, src, header, argv in cases:
            env = dict(os.environ, LD_PRELOAD=shim, LC_ALL="C")
            r = tool(*argv(P(src), []), env=env)
            if r.returncode != 0 or r.stdout != plain:
                failed += 1
                print("FAIL: %s unchanged: status %d, %d bytes" % (label, r.returncode, len(r.stdout)))
            else:
                passed += 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
