// ECIES decryption: EciesDecryptor::open + update in input-driven chunk sizes
// + finish, with the fixed key of the curve the first byte names.
// Input: curve byte; MAC byte (low 6 bits % 33: MAC length in bytes; bit 7:
// round-trip mode); chunk-size seed; then the ciphertext (header || body),
// or in round-trip mode the plaintext, which is encrypted to the fixed key
// and must decrypt to itself (and fail once a bit is flipped).
#include "common.hpp"
#include "seccure/ecies.hpp"

using namespace seccure;

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
    Bytes header(enc.header().begin(), enc.header().end());
    FUZZ_CHECK(header.size() == c.pk_bin);
    Bytes body(plain.begin(), plain.end());
    enc.encrypt(body);
    Bytes tag = enc.finish();
    FUZZ_CHECK(tag.size() == mac);
    body.insert(body.end(), tag.begin(), tag.end());
    fuzz::check_round_trip([&] { return EciesDecryptor::open(key, header, mac); }, body, plain, seed, max_chunk, m,
                           mac >= 8);
    return 0;
  }

  ByteView header = in.take(c.pk_bin);
  ByteView body = in.rest();
  if (!EciesDecryptor::open(key, header, mac)) return 0;  // not a point: "Inconsistent header"
  FUZZ_CHECK(header.size() == c.pk_bin);
  auto status = fuzz::check_any_body([&] { return EciesDecryptor::open(key, header, mac); }, body, seed, max_chunk, mac);
  if (mac == 0) FUZZ_CHECK(status == decltype(status)::ok);
  return 0;
}
