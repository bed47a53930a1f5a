#!/usr/bin/env python3
"""Large input (issue 5): more than 4 GiB through encrypt and decrypt, in
constant memory.

Usage: python3 tests/hostile/large.py --bin DIR [--size BYTES] [--max-rss-mib N]

A sparse file of 4 GiB + 1 byte (zeros, with marker bytes at the start, at
the 4 GiB boundary and at the very end) is piped through
`seccure-encrypt KEY | seccure-decrypt -F pw` and the result is compared with
the file as it streams by; nothing large is written to disk. Each tool's peak
resident set size (VmHWM, polled) must stay below --max-rss-mib (16).
Prints sizes, peak RSS and the run time; exit status 1 on failure.
"""

import argparse
import fcntl
import os
import subprocess
import sys
import tempfile
import time

GIB = 1 << 30
F_SETPIPE_SZ = getattr(fcntl, "F_SETPIPE_SZ", 1031)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--size", type=int, default=4 * GIB + 1)
    ap.add_argument("--max-rss-mib", type=int, default=16)
    args = ap.parse_args()
    bindir = os.path.abspath(args.bin)
    size = args.size
    markers = {0: b"S", size - 1: b"E"}
    if size > 4 * GIB:
        markers[4 * GIB - 1] = b"B"  # the last byte below 2^32
    failures = []

    with tempfile.TemporaryDirectory(prefix="seccure-large-") as d:
        pw = os.path.join(d, "pw")
        with open(pw, "wb") as f:
            f.write(b"large input test\n")
        src = os.path.join(d, "sparse")
        with open(src, "wb") as f:
            f.truncate(size)
            for off, b in markers.items():
                f.seek(off)
                f.write(b)
        key = subprocess.run([os.path.join(bindir, "seccure-key"), "-q", "-c", "p160", "-F", pw],
                             capture_output=True, check=True, stdin=subprocess.DEVNULL).stdout.decode().strip()

        start = time.time()
        enc = subprocess.Popen([os.path.join(bindir, "seccure-encrypt"), "-q", "-m", "80", "-i", src, key],
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
        dec = subprocess.Popen([os.path.join(bindir, "seccure-decrypt"), "-q", "-m", "80", "-c", "p160", "-F", pw],
                               stdin=enc.stdout, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
        enc_out = enc.stdout

        # Bigger pipes: fewer wake-ups (best effort).
        for f in (enc_out, dec.stdout):
            try:
                fcntl.fcntl(f.fileno(), F_SETPIPE_SZ, 1 << 20)
            except OSError:
                pass
        enc_out.close()

        # Peak memory of each tool: VmHWM of its own address space (ru_maxrss
        # would include the Python process it was forked from), polled while
        # it runs.
        peak = {"seccure-encrypt": 0, "seccure-decrypt": 0}

        def poll():
            for name, p in (("seccure-encrypt", enc), ("seccure-decrypt", dec)):
                try:
                    with open("/proc/%d/status" % p.pid) as f:
                        for line in f:
                            if line.startswith("VmHWM:"):
                                peak[name] = max(peak[name], int(line.split()[1]))
                except OSError:
                    pass

        # Compare the plaintext as it arrives: zeros except for the markers.
        fd = dec.stdout.fileno()
        pos = 0
        mismatch = None
        polls = 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            end = pos + len(chunk)
            inside = [off for off in markers if pos <= off < end]
            if inside:
                expect = bytearray(len(chunk))
                for off in inside:
                    expect[off - pos] = markers[off][0]
                ok = chunk == expect
            else:
                ok = chunk.count(0) == len(chunk)
            if mismatch is None and not ok:
                mismatch = pos
            pos = end
            polls += 1
            if polls % 16 == 0:
                poll()
        poll()
        dec.stdout.close()

        status = {}
        for name, p in (("seccure-encrypt", enc), ("seccure-decrypt", dec)):
            status[name] = p.wait()
        elapsed = time.time() - start
        errs = {"seccure-encrypt": enc.stderr.read(), "seccure-decrypt": dec.stderr.read()}

        print("input: %d bytes (sparse); plaintext back: %d bytes; %.1f s (%.0f MiB/s)"
              % (size, pos, elapsed, size / (1 << 20) / max(elapsed, 1e-9)))
        rss = peak
        for name in rss:
            print("%s: exit %d, peak RSS %.1f MiB%s" % (name, status[name], rss[name] / 1024,
                                                        ", stderr %r" % errs[name] if errs[name] else ""))
            if status[name] != 0:
                failures.append("%s exited %d" % (name, status[name]))
            if errs[name]:
                failures.append("%s wrote to stderr" % name)
            if not rss[name]:
                failures.append("%s: peak RSS not measured" % name)
            if rss[name] >= args.max_rss_mib * 1024:
                failures.append("%s peak RSS %.1f MiB >= %d MiB" % (name, rss[name] / 1024, args.max_rss_mib))
        if pos != size:
            failures.append("decrypted %d bytes, expected %d" % (pos, size))
        if mismatch is not None:
            failures.append("plaintext differs at byte %d" % mismatch)

    for f in failures:
        print("FAIL: " + f)
    print("%d passed, %d failed" % (0 if failures else 1, 1 if failures else 0))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
