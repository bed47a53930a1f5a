"""Large messages in constant memory, the GIL released, threads."""
import json
import os
import subprocess
import sys
import threading
import time

import seccure

PW = b"my private key"
PK = "8W;>i^H0qi|J&$coR5MFpR*Vn"

# Run in a fresh interpreter, so that ru_maxrss (the peak RSS, which never
# goes down) shows what the streaming itself used: a message of SIZE bytes
# goes through encrypt_file -> pipe -> decrypt_file, sign_file/verify_file
# and signcrypt_file -> pipe -> veridec_file, generated and hashed on the
# fly, never held whole.
STREAM_SCRIPT = r"""
import hashlib, json, os, resource, sys, threading
import seccure

SIZE, PK, PW = int(sys.argv[1]), sys.argv[2], sys.argv[3].encode()
BLOCK = os.urandom(1 << 20)

class Source:
    # SIZE bytes: BLOCK over and over, made as they are read
    def __init__(self):
        self.pos, self.h = 0, hashlib.sha256()
    def read(self, n=-1):
        left = SIZE - self.pos
        n = left if n is None or n < 0 else min(n, left)
        parts = []
        while n:
            off = self.pos % len(BLOCK)
            take = min(n, len(BLOCK) - off)
            parts.append(BLOCK[off:off + take])
            self.pos += take
            n -= take
        out = b"".join(parts)
        self.h.update(out)
        return out

class Sink:
    def __init__(self):
        self.n, self.h = 0, hashlib.sha256()
    def write(self, b):
        self.n += len(b)
        self.h.update(b)
        return len(b)

def piped(produce, consume):
    r, w = os.pipe()
    with open(r, "rb") as fr, open(w, "wb") as fw:
        errors = []
        def run():
            try:
                produce(fw)
            except BaseException as e:
                errors.append(e)
            finally:
                fw.close()
        t = threading.Thread(target=run)
        t.start()
        consume(fr)
        t.join()
        if errors:
            raise errors[0]

def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

# warm up: everything imported and allocated once
seccure.decrypt(seccure.encrypt(b"x" * 1000, PK), PW)
before = peak()
res = {}

src, sink = Source(), Sink()
piped(lambda f: seccure.encrypt_file(src, f, PK), lambda f: seccure.decrypt_file(f, sink, PW))
res["ecies"] = [sink.n == SIZE, src.h.digest() == sink.h.digest()]

src = Source()
sig = seccure.sign_file(src, PW)
res["sign"] = [seccure.verify_file(Source(), sig, PK), not seccure.verify_file(Source(), sig, "*jMVCU^[QC&q*v_8C1ZAFBAgD")]

bob = str(seccure.passphrase_to_pubkey(b"bob", curve="secp256r1/nistp256"))
src, sink = Source(), Sink()
piped(lambda f: seccure.signcrypt_file(src, f, PW, bob),
      lambda f: seccure.veridec_file(f, sink, b"bob", PK, curve="secp256r1/nistp256"))
res["signcrypt"] = [sink.n == SIZE, src.h.digest() == sink.h.digest()]

res["growth"] = peak() - before
# control: the same message held whole does show (so the measure works)
whole = Source().read()
res["control"] = [seccure.sign(whole, PW) == sig, peak() - before]
print(json.dumps(res))
"""

SIZE = 96 << 20  # 96 MiB, three times over


def test_large_message_in_constant_memory():
    env = dict(os.environ)
    r = subprocess.run([sys.executable, "-c", STREAM_SCRIPT, str(SIZE), PK, PW.decode()], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=600)
    assert r.returncode == 0, r.stderr.decode()
    res = json.loads(r.stdout)
    print("peak RSS growth: %d bytes" % res["growth"])
    assert res["ecies"] == [True, True]
    assert res["sign"] == [True, True]
    assert res["signcrypt"] == [True, True]
    # The pieces are 256 KiB; allow 16 MiB for allocator slack, far below
    # the 96 MiB message (each pass would need at least that if it held it).
    assert res["growth"] < 16 << 20, "peak RSS grew by %d bytes" % res["growth"]
    assert res["control"][0] and res["control"][1] >= SIZE // 2, res["control"]


def _ticks_during(call):
    """Runs call() while another thread notes the time every millisecond;
    returns (start, end, ticks)."""
    ticks, stop = [], threading.Event()

    def ticker():
        while not stop.is_set():
            ticks.append(time.monotonic())
            time.sleep(0.001)

    t = threading.Thread(target=ticker)
    t.start()
    try:
        time.sleep(0.02)
        start = time.monotonic()
        result = call()
        end = time.monotonic()
    finally:
        stop.set()
        t.join()
    return start, end, ticks, result


def test_gil_is_released():
    # One call into the core that takes a while (SHA-512 of a large buffer,
    # ECIES of it): another thread must run Python code *during* it, i.e.
    # note a time in the middle half of the call. With the GIL held that is
    # impossible, however the machine is loaded (the ticker could only run
    # before the call starts or after it ends); with it released, the ticker
    # has at least 1/4 of the call (made >= 0.2 s) to be scheduled once.
    size = 64 << 20
    while True:
        data = bytearray(size)
        start, end, ticks, sig = _ticks_during(lambda: seccure.sign(data, PW))
        if end - start >= 0.2 or size >= 1 << 30:
            break
        size *= 2
    d = end - start
    middle = [x for x in ticks if start + d / 4 < x < end - d / 4]
    assert middle, "no Python code ran during a %.3f s call: the GIL was held" % d
    assert seccure.verify(bytes(16), seccure.sign(bytes(16), PW), PK)

    start, end, ticks, ct = _ticks_during(lambda: seccure.encrypt(memoryview(data), PK))
    d = end - start
    if d >= 0.05:
        assert [x for x in ticks if start + d / 4 < x < end - d / 4], "encrypt held the GIL"
    assert len(ct) == len(data) + 31


def test_threads():
    # The core is used from several threads at once; results as sequential.
    msgs = [os.urandom(100 + i) for i in range(40)]
    want = [seccure.sign(m, PW, curve="secp384r1/nistp384") for m in msgs]
    pk = str(seccure.passphrase_to_pubkey(PW, curve="secp384r1/nistp384"))
    got, errors = {}, []

    def work(i):
        try:
            for j, m in enumerate(msgs):
                got[i, j] = seccure.sign(m, PW, curve="secp384r1/nistp384")
                assert seccure.verify(m, got[i, j], pk, curve="secp384r1/nistp384")
                assert seccure.decrypt(seccure.encrypt(m, pk), PW, curve="secp384r1/nistp384") == m
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert all(got[i, j] == want[j] for i in range(4) for j in range(len(msgs)))


def test_one_stream_from_two_threads():
    # Two threads in the same streaming object: one may get a RuntimeError
    # ("in use by another thread"), never a crash or a wrong result.
    enc = seccure._seccure.Encryptor(seccure.passphrase_to_pubkey(PW)._k, 10)
    data = bytes(8 << 20)
    outcomes = []

    def work():
        for _ in range(20):
            try:
                enc.update(data)
                outcomes.append("ok")
            except RuntimeError as e:
                assert "in use" in str(e)
                outcomes.append("busy")

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(outcomes) == 40 and "ok" in outcomes
    assert len(enc.finish()) == 10
