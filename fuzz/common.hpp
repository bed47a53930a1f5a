// Shared by the libFuzzer targets: checks that abort (so libFuzzer records a
// crash), the input as a byte cursor, fixed keys per curve, chunked feeding.
#pragma once
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <optional>
#include <utility>
#include <string_view>
#include <vector>

#include "seccure/curves.hpp"
#include "seccure/keys.hpp"
#include "seccure/secure.hpp"

#define FUZZ_CHECK(cond)                                                                  \
  do {                                                                                    \
    if (!(cond)) {                                                                        \
      std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);       \
      std::abort();                                                                       \
    }                                                                                     \
  } while (0)

namespace fuzz {

using seccure::ByteView;
using seccure::Bytes;

// Reads the input front to back; past the end every byte reads as 0.
class Input {
public:
  Input(const std::uint8_t* data, std::size_t size) : rest_(data, size) {}
  std::uint8_t byte() {
    if (rest_.empty()) return 0;
    std::uint8_t b = rest_[0];
    rest_ = rest_.subspan(1);
    return b;
  }
  ByteView take(std::size_t n) {
    n = std::min(n, rest_.size());
    ByteView out = rest_.first(n);
    rest_ = rest_.subspan(n);
    return out;
  }
  ByteView rest() const { return rest_; }

private:
  ByteView rest_;
};

inline std::string_view as_text(ByteView b) { return {reinterpret_cast<const char*>(b.data()), b.size()}; }

// The curve named by an input byte (any value is some curve).
inline const seccure::CurveParams& curve_of(std::uint8_t b) {
  auto curves = seccure::all_curves();
  return curves[b % curves.size()];
}
inline std::size_t curve_index(const seccure::CurveParams& c) {
  auto curves = seccure::all_curves();
  return static_cast<std::size_t>(&c - curves.data());
}

// The keys of one fixed passphrase on each curve, derived once. make-corpus
// knows it: test vectors made with it verify (signatures.txt).
inline constexpr std::string_view fixed_passphrase = "seccure is secure";
inline const seccure::PrivateKey& fixed_key(const seccure::CurveParams& c) {
  static std::vector<std::optional<seccure::PrivateKey>> keys(seccure::all_curves().size());
  auto& k = keys[curve_index(c)];
  if (!k) k = seccure::PrivateKey::from_passphrase(c, {reinterpret_cast<const std::uint8_t*>(fixed_passphrase.data()), fixed_passphrase.size()});
  return *k;
}
inline const seccure::PublicKey& fixed_public(const seccure::CurveParams& c) {
  static std::vector<std::optional<seccure::PublicKey>> keys(seccure::all_curves().size());
  auto& k = keys[curve_index(c)];
  if (!k) k = fixed_key(c).public_key();
  return *k;
}

// Splits `data` into chunks whose sizes (0..max_chunk, zero-length chunks
// included) come from a small generator seeded by an input byte.
template <class F>
void for_chunks(ByteView data, std::uint8_t seed, std::size_t max_chunk, F&& f) {
  std::uint32_t s = 0x9e3779b9u ^ seed;
  std::size_t at = 0;
  do {
    s ^= s << 13;
    s ^= s >> 17;
    s ^= s << 5;
    std::size_t n = std::min<std::size_t>(s % (max_chunk + 1), data.size() - at);
    f(data.subspan(at, n));
    at += n;
  } while (at < data.size());
}

// The decryption targets (ECIES, signcryption) check the same things: a
// decryptor from `open()` (a callable returning std::optional<Decryptor>)
// fed `body` in chunks from `seed` (0: one chunk) gives its verdict and the
// plaintext it released.
template <class Open>
auto decrypt_chunked(const Open& open, ByteView body, std::uint8_t seed, std::size_t max_chunk) {
  auto dec = open();
  FUZZ_CHECK(dec.has_value());
  Bytes plain;
  if (seed == 0)
    dec->update(body, plain);
  else
    for_chunks(body, seed, max_chunk, [&](ByteView chunk) { dec->update(chunk, plain); });
  auto status = dec->finish();
  return std::pair{status, std::move(plain)};
}

// A ciphertext we made (`body`: everything after the header, `trailer`
// bytes of tag or signature included) decrypts to `plain`; with one bit
// flipped it is refused when `flip_caught` (a tag long enough that a chance
// match is out of the question).
template <class Open>
void check_round_trip(const Open& open, Bytes body, ByteView plain, std::uint8_t seed, std::size_t max_chunk,
                      unsigned flip, bool flip_caught) {
  auto [status, out] = decrypt_chunked(open, body, seed, max_chunk);
  using Status = decltype(status);
  FUZZ_CHECK(status == Status::ok);
  FUZZ_CHECK(std::equal(out.begin(), out.end(), plain.begin(), plain.end()));
  if (!flip_caught || body.empty()) return;
  body[seed % body.size()] ^= static_cast<std::uint8_t>(1u << (flip % 8));
  FUZZ_CHECK(decrypt_chunked(open, body, seed, max_chunk).first == Status::forged);
}

// Any input after a valid header: the chunking never matters, the trailer
// is never output, and "too short" means shorter than the trailer.
template <class Open>
auto check_any_body(const Open& open, ByteView body, std::uint8_t seed, std::size_t max_chunk, std::size_t trailer) {
  auto chunked = decrypt_chunked(open, body, seed, max_chunk);
  auto whole = decrypt_chunked(open, body, 0, 0);
  using Status = decltype(whole.first);
  FUZZ_CHECK(chunked == whole);
  const bool short_input = body.size() < trailer;
  FUZZ_CHECK((whole.first == Status::too_short) == short_input);
  FUZZ_CHECK(whole.second.size() == (short_input ? 0 : body.size() - trailer));
  return whole.first;
}

}  // namespace fuzz
