#!/usr/bin/python3
"""Writes a key file sealed in the first protected format (version 1), as
`seccure genkey --protect` made them before version 2 bound the curve and
public key lines (FORMAT.md §9.1). Computed here with libsodium directly
(ctypes), independently of seccure++, at the lowest Argon2id cost so that
the test is quick.

Usage: seal-v1.py PASSPHRASE PASSWORD CURVE PUBLIC_KEY > FILE
"""
import base64
import ctypes
import ctypes.util
import os
import struct
import sys

sodium = ctypes.CDLL(ctypes.util.find_library("sodium") or "libsodium.so.23")
assert sodium.sodium_init() >= 0
passphrase, password, curve, public_key = (a.encode() for a in sys.argv[1:5])
ops, mem = 1, 8192  # crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN
salt, nonce = os.urandom(16), os.urandom(24)
fields = bytes([1]) + struct.pack(">II", ops, mem // 1024) + salt
key = ctypes.create_string_buffer(32)
ALG_ARGON2ID13 = 2
assert sodium.crypto_pwhash(key, ctypes.c_ulonglong(32), password, ctypes.c_ulonglong(len(password)), salt,
                            ctypes.c_ulonglong(ops), ctypes.c_size_t(mem), ALG_ARGON2ID13) == 0
out = ctypes.create_string_buffer(len(passphrase) + 16)
outlen = ctypes.c_ulonglong()
sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(out, ctypes.byref(outlen), passphrase,
                                                  ctypes.c_ulonglong(len(passphrase)), fields,
                                                  ctypes.c_ulonglong(len(fields)), None, nonce, key)
sealed = fields + nonce + out.raw[:outlen.value]
line = "SECCURE-PROTECTED-KEY-1-" + base64.urlsafe_b64encode(sealed).decode().rstrip("=")
sys.stdout.write("%s\n# seccure key file: line 1 is the passphrase, sealed with a password\n"
                 "# curve: %s\n# public key: %s\n" % (line, curve.decode(), public_key.decode()))
