// Fixtures shared by the scheme tests: keys from the raw bytes of a
// passphrase vector file, and messages read once per run.
#pragma once
#include <map>
#include <optional>
#include <span>
#include <string>

#include "keys/keys.hpp"  // PassphraseHasher
#include "seccure/keys.hpp"
#include "vectors.hpp"

namespace tv {

// The key of a passphrase file's raw bytes, hashed as the tools read them
// (first line, carriage returns dropped: FORMAT.md §3).
inline seccure::PrivateKey key_of_raw(const seccure::CurveParams& c, const Bytes& raw) {
  seccure::PassphraseHasher h;
  h.feed(raw);
  seccure::SecureBuffer hash = h.finish();
  return seccure::PrivateKey::from_passphrase_hash(c, hash.view());
}

// testvectors/messages/NAME, read once.
inline const Bytes& cached_message(const std::string& name) {
  static std::map<std::string, Bytes> cache;
  auto it = cache.find(name);
  if (it == cache.end()) it = cache.emplace(name, message(name)).first;
  return it->second;
}

// What a decryptor (EciesDecryptor, VeridecDecryptor) made of a ciphertext.
template <class Status>
struct Opened {
  bool header_ok = false;
  Status status = Status::forged;
  Bytes plain;
};

// Feeds everything after the first `header_len` bytes of `ct` to `dec` (the
// decryptor opened on them; nullopt: a bad header) in the chunking `mode`
// (see chunking), checking that it never releases plaintext that may still
// be part of the `trailer` (MAC tag or signature).
template <class Decryptor>
auto open_chunked(std::optional<Decryptor> dec, const Bytes& ct, std::size_t header_len, std::size_t trailer, int mode) {
  Opened<decltype(dec->finish())> r;
  if (!dec) return r;
  r.header_ok = true;
  std::size_t at = header_len;
  for (std::size_t n : chunking(ct.size() - header_len, mode)) {
    dec->update(seccure::ByteView(ct).subspan(at, n), r.plain);
    at += n;
    CHECK(r.plain.size() == (at - header_len > trailer ? at - header_len - trailer : 0));
  }
  r.status = dec->finish();
  return r;
}

// header || body || trailer from an encryptor (EciesEncryptor,
// SigncryptEncryptor) fed `msg` in the chunking `mode`.
template <class Encryptor>
Bytes seal_chunked(Encryptor enc, const Bytes& msg, std::size_t trailer, int mode) {
  Bytes out(enc.header().begin(), enc.header().end());
  Bytes body = msg;
  std::size_t at = 0;
  for (std::size_t n : chunking(body.size(), mode)) {
    enc.encrypt(std::span(body).subspan(at, n));
    at += n;
  }
  out.insert(out.end(), body.begin(), body.end());
  Bytes tail = enc.finish();
  CHECK(tail.size() == trailer);
  out.insert(out.end(), tail.begin(), tail.end());
  return out;
}

}  // namespace tv
