// ECIES decryption: EciesDecryptor::open + update in input-driven chunk sizes
// + finish, with the fixed key of the curve the first byte names.
// Input: curve byte; MAC byte (low 6 bits % 33: MAC length in bytes; bit 7:
// round-trip mode); chunk-size seed; then the ciphertext (header || body),
// or in round-trip mode the plaintext, which is encrypted to the fixed key
// and must decrypt to itself (and fail once a bit is flipped).
#include "common.hpp"
#include "seccure/ecies.hpp"

using namespace seccure;

namespace {

struct Result {
  DecryptStatus status;
  Bytes plain;
};

// Decrypts `body` in chunks from `seed` (seed 0: one chunk).
Result decrypt(EciesDecryptor dec, ByteView body, std::uint8_t seed, std::size_t max_chunk) {
  Result r;
  if (seed == 0)
    dec.update(body, r.plain);
  else
    fuzz::for_chunks(body, seed, max_chunk, [&](ByteView chunk) { dec.update(chunk, r.plain); });
  r.status = dec.finish();
  return r;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::Input in(data, size);
  const CurveParams& c = fuzz::curve_of(in.byte());
  std::uint8_t m = in.byte();
  std::size_t mac = (m & 0x3f) % (max_mac_bytes + 1);
  std::uint8_t seed = in.byte();
  std::size_t max_chunk = 1 + seed % (2 * mac + 3);  // around the tag length
  const PrivateKey& key = fuzz::fixed_key(c);

  if (m & 0x80) {
    ByteView plain = in.rest();
    EciesEncryptor enc(fuzz::fixed_public(c), mac);
    Bytes ct(enc.header().begin(), enc.header().end());
    FUZZ_CHECK(ct.size() == c.pk_bin);
    Bytes body(plain.begin(), plain.end());
    enc.encrypt(body);
    Bytes tag = enc.finish();
    FUZZ_CHECK(tag.size() == mac);
    body.insert(body.end(), tag.begin(), tag.end());
    auto dec = EciesDecryptor::open(key, ByteView(ct), mac);
    FUZZ_CHECK(dec.has_value());
    Result r = decrypt(std::move(*dec), body, seed, max_chunk);
    FUZZ_CHECK(r.status == DecryptStatus::ok);
    FUZZ_CHECK(std::equal(r.plain.begin(), r.plain.end(), plain.begin(), plain.end()));
    // A flipped bit in body or tag is caught when the tag is long enough
    // for a chance match to be out of the question.
    if (mac >= 8) {
      body[seed % body.size()] ^= static_cast<std::uint8_t>(1u << (m % 8));
      auto dec2 = EciesDecryptor::open(key, ByteView(ct), mac);
      FUZZ_CHECK(dec2.has_value());
      FUZZ_CHECK(decrypt(std::move(*dec2), body, seed, max_chunk).status == DecryptStatus::forged);
    }
    return 0;
  }

  ByteView header = in.take(c.pk_bin);
  ByteView body = in.rest();
  auto dec = EciesDecryptor::open(key, header, mac);
  if (!dec) return 0;  // not a point: "Inconsistent header"
  FUZZ_CHECK(header.size() == c.pk_bin);
  auto again = EciesDecryptor::open(key, header, mac);
  FUZZ_CHECK(again.has_value());
  Result chunked = decrypt(std::move(*dec), body, seed, max_chunk);
  Result whole = decrypt(std::move(*again), body, 0, 0);
  // The chunking never matters; the tag is never output.
  FUZZ_CHECK(chunked.status == whole.status && chunked.plain == whole.plain);
  FUZZ_CHECK((whole.status == DecryptStatus::too_short) == (body.size() < mac));
  FUZZ_CHECK(whole.plain.size() == (body.size() < mac ? 0 : body.size() - mac));
  if (mac == 0) FUZZ_CHECK(whole.status == DecryptStatus::ok);
  return 0;
}
