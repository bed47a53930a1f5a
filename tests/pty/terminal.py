#!/usr/bin/env python3
"""The front at a terminal (issue 9), driven through a pseudo-terminal:

- genkey --protect asks for a password twice (never echoed) and seals line 1
  of the key file; the front asks for it again when the key file is used;
  a wrong password, a tampered file and two different passwords are errors;
- binary output is refused on a terminal everywhere in the front
  (ciphertexts, binary signatures on stderr, binary plaintext), while text
  plaintext is shown; a wrong key shows nothing but the message.

Usage: terminal.py --bin BUILD/bin
Prints one line per check and "N passed, M failed" last; exit 1 on failure.
"""
import argparse
import os
import pty
import select
import signal
import stat
import subprocess
import sys
import tempfile
import termios
import time

PASSED, FAILED = 0, 0


def check(name, ok, detail=""):
    global PASSED, FAILED
    if ok:
        PASSED += 1
        print(f"ok   {name}")
    else:
        FAILED += 1
        print(f"FAIL {name}\n     {detail}")


def run_pty(argv, cwd, answers=(), stdin_file=None, timeout=120):
    """Runs argv with stdout, stderr and the controlling terminal on a pty
    (stdin too, unless stdin_file). Each answer is typed when its prompt
    text has appeared. Returns (exit status, everything the terminal got)."""
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.chdir(cwd)
            if stdin_file:
                f = os.open(stdin_file, os.O_RDONLY)
                os.dup2(f, 0)
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    out = b""
    pending = list(answers)
    deadline = time.time() + timeout
    while True:
        if pending and pending[0][0] in out:
            prompt, answer = pending.pop(0)
            # Consume the prompt so that a repeated prompt needs new text.
            out = out.replace(prompt, b"<" + prompt.strip() + b">", 1)
            os.write(fd, answer)
        r, _, _ = select.select([fd], [], [], 0.2)
        if r:
            try:
                data = os.read(fd, 65536)
            except OSError:
                data = b""
            if not data:
                break
            out += data
        if time.time() > deadline:
            os.kill(pid, 9)
            break
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), out


def echo_after_signal(program, sig, timeout=30):
    """Runs `program` (which asks for a passphrase) on a pty, sends `sig`
    while the prompt waits, and returns (ECHO while waiting, ECHO after the
    program died, how it ended). The parent keeps the slave open, so the
    terminal's settings can still be read once the program is gone."""
    master, slave = pty.openpty()
    attrs = termios.tcgetattr(slave)
    attrs[3] |= termios.ECHO
    termios.tcsetattr(slave, termios.TCSANOW, attrs)
    p = subprocess.Popen([program], stdin=slave, stdout=slave, stderr=slave, start_new_session=True)
    out, deadline = b"", time.time() + timeout
    while b"Enter private key" not in out and time.time() < deadline:
        r, _, _ = select.select([master], [], [], 0.2)
        if r:
            out += os.read(master, 4096)
    time.sleep(0.2)  # the prompt is printed after echo is turned off; let the read start
    waiting = bool(termios.tcgetattr(slave)[3] & termios.ECHO)
    p.send_signal(sig)
    try:
        rc = p.wait(timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        rc = p.wait()
    after = bool(termios.tcgetattr(slave)[3] & termios.ECHO)
    os.close(master)
    os.close(slave)
    return waiting, after, rc


def is_text(data):
    return all(c >= 0x20 or c in b"\t\n\r\x08" for c in data if c != 0x1b) and b"\x00" not in data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    args = ap.parse_args()
    seccure = os.path.join(os.path.abspath(args.bin), "seccure")
    d = tempfile.mkdtemp(prefix="seccure-pty-")
    pw = b"correct horse\n"

    # --protect: two prompts, no echo, a sealed line 1, mode 0600.
    st, out = run_pty([seccure, "genkey", "--protect", "-o", "k.key", "-p", "k.pub"], d,
                      [(b"Password to protect", pw), (b"Again:", pw)])
    check("genkey --protect exits 0", st == 0, out)
    check("the password is not echoed", b"correct horse" not in out, out)
    lines = open(os.path.join(d, "k.key"), "rb").read().split(b"\n")
    check("line 1 is sealed", lines[0].startswith(b"SECCURE-PROTECTED-KEY-1-"), lines[0])
    check("the key file is 0600", stat.S_IMODE(os.stat(os.path.join(d, "k.key")).st_mode) == 0o600)
    pub = open(os.path.join(d, "k.pub"), "rb").read().split(b"\n")[2]

    st, out = run_pty([seccure, "key", "-q", "-F", "k.key"], d, [(b"Password for 'k.key'", pw)])
    check("the protected key file gives its public key", st == 0 and pub in out, out)

    st, out = run_pty([seccure, "key", "-q", "-F", "k.key"], d, [(b"Password for 'k.key'", b"wrong\n")])
    check("a wrong password is refused", st == 1 and b"Wrong password for 'k.key'" in out and pub not in out, out)

    # Tampering with any byte of the sealed line is caught by the AEAD.
    sealed = bytearray(lines[0])
    pos = len(sealed) - 5
    sealed[pos] = ord("A") if sealed[pos] != ord("A") else ord("B")
    with open(os.path.join(d, "t.key"), "wb") as f:
        f.write(bytes(sealed) + b"\n" + b"\n".join(lines[1:]))
    os.chmod(os.path.join(d, "t.key"), 0o600)
    st, out = run_pty([seccure, "key", "-q", "-F", "t.key"], d, [(b"Password for 't.key'", pw)])
    check("a tampered key file is refused", st == 1 and b"or the file was modified" in out, out)

    st, out = run_pty([seccure, "genkey", "--protect", "-o", "m.key"], d,
                      [(b"Password to protect", pw), (b"Again:", b"other\n")])
    check("two different passwords: an error and no file",
          st == 1 and b"The two passwords differ" in out and not os.path.exists(os.path.join(d, "m.key")), out)

    # Decrypting with the protected key file.
    subprocess.run([seccure, "encrypt", "-q", "--key-file", "k.pub", "-o", "text.enc"], cwd=d,
                   input=b"attack at dawn\n", check=True)
    st, out = run_pty([seccure, "decrypt", "-q", "-F", "k.key", "-i", "text.enc"], d, [(b"Password for", pw)])
    check("text plaintext is shown on the terminal", st == 0 and b"attack at dawn" in out, out)

    # Binary to a terminal: refused everywhere in the front.
    with open(os.path.join(d, "pw"), "wb") as f:
        f.write(b"seccure is secure\n")
    binary = bytes(range(256)) * 16
    subprocess.run([seccure, "encrypt", "-q", "-o", "bin.enc", "--", "2@DupCaCKykHBe-QHpAP%d%B["], cwd=d,
                   input=binary, check=True)
    st, out = run_pty([seccure, "decrypt", "-q", "-F", "pw", "-i", "bin.enc"], d)
    check("binary plaintext is refused on a terminal",
          st == 1 and b"Refusing to write binary data to a terminal" in out and is_text(out), out[:300])
    # (Made for k.pub, opened with the key of pw on the same curve: a wrong
    # key whose header is still a valid point.)
    subprocess.run([seccure, "encrypt", "-q", "--key-file", "k.pub", "-o", "bin256.enc"], cwd=d, input=binary,
                   check=True)
    st, out = run_pty([seccure, "decrypt", "-q", "-c", "p256", "-F", "pw", "-i", "bin256.enc"], d)
    check("a wrong key shows only the message", st == 1 and b"Integrity check failed" in out and is_text(out),
          out[:300])
    # A header that is no point of the curve: said even under -q in the front.
    st, out = run_pty([seccure, "decrypt", "-q", "-F", "k.key", "-i", "bin.enc"], d, [(b"Password for", pw)])
    check("a wrong curve shows a message", st == 1 and (b"Not a ciphertext for secp256r1" in out or b"Integrity check failed" in out)
          and is_text(out), out[:300])
    st, out = run_pty([seccure, "encrypt", "-q", "-i", "pw", "--", "2@DupCaCKykHBe-QHpAP%d%B["], d)
    check("a ciphertext is refused on a terminal", st == 1 and b"Refusing to write binary" in out and is_text(out),
          out[:300])
    st, out = run_pty([seccure, "sign", "-q", "-b", "-F", "pw", "-i", "pw"], d)
    check("a binary signature is refused on the terminal (stderr)",
          st == 1 and b"Refusing to write binary" in out and is_text(out), out[:300])
    st, out = run_pty([seccure, "decrypt", "-q", "-F", "pw", "-i", "bin.enc", "-o", "bin.out"], d)
    check("binary plaintext goes to a file", st == 0 and open(os.path.join(d, "bin.out"), "rb").read() == binary,
          out[:300])
    # The seccure-* programs keep the original's behaviour for the signature.
    st, out = run_pty([os.path.join(os.path.dirname(seccure), "seccure-sign"), "-q", "-b", "-F", "pw", "-i", "pw"], d)
    check("seccure-sign -b still writes the signature to stderr", st == 0 and len(out) >= 40, out[:300])

    # Echo comes back whatever catchable signal ends a passphrase prompt,
    # and the program dies of that signal (a shell sees 128+N).
    for sig in (signal.SIGTERM, signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM, signal.SIGXCPU,
                signal.SIGVTALRM, signal.SIGPROF, signal.SIGRTMIN):
        waiting, after, rc = echo_after_signal(os.path.join(os.path.dirname(seccure), "seccure-key"), sig)
        check(f"echo is back after signal {sig}", not waiting and after and rc == -sig,
              f"echo while waiting {waiting}, after {after}, rc {rc}")

    print(f"{PASSED} passed, {FAILED} failed")
    return 1 if FAILED or not PASSED else 0


if __name__ == "__main__":
    sys.exit(main())
