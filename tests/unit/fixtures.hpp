// Fixtures shared by the scheme tests: keys from the raw bytes of a
// passphrase vector file, and messages read once per run.
#pragma once
#include <map>
#include <string>

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

}  // namespace tv
