// Signcryption's decryption: VeridecDecryptor::open + update in input-driven
// chunk sizes + finish. The recipient (first byte) and sender (second byte)
// curves may differ; the keys are the fixed ones of those curves.
// Input: recipient curve byte; sender curve byte (bit 7: round-trip mode);
// chunk-size seed; then the ciphertext (header || body || signature), or in
// round-trip mode the plaintext, which is signcrypted with the fixed keys and
// must decrypt to itself (and fail once a bit is flipped).
#include "common.hpp"
#include "seccure/signcrypt.hpp"

using namespace seccure;

namespace {

struct Result {
  DecryptStatus status;
  Bytes plain;
};

Result decrypt(VeridecDecryptor dec, ByteView body, std::uint8_t seed, std::size_t max_chunk) {
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
  const CurveParams& rc = fuzz::curve_of(in.byte());
  std::uint8_t s = in.byte();
  const CurveParams& sc = fuzz::curve_of(s & 0x7f);
  std::uint8_t seed = in.byte();
  std::size_t max_chunk = 1 + seed % (2 * sc.sig_bin + 3);
  const PrivateKey& recipient = fuzz::fixed_key(rc);
  const PublicKey& sender = fuzz::fixed_public(sc);

  if (s & 0x80) {
    ByteView plain = in.rest();
    SigncryptEncryptor enc(fuzz::fixed_key(sc), fuzz::fixed_public(rc));
    Bytes ct(enc.header().begin(), enc.header().end());
    FUZZ_CHECK(ct.size() == rc.pk_bin);
    Bytes body(plain.begin(), plain.end());
    enc.encrypt(body);
    Bytes sig = enc.finish();
    FUZZ_CHECK(sig.size() == sc.sig_bin);
    body.insert(body.end(), sig.begin(), sig.end());
    auto dec = VeridecDecryptor::open(recipient, sender, ByteView(ct));
    FUZZ_CHECK(dec.has_value());
    Result r = decrypt(std::move(*dec), body, seed, max_chunk);
    FUZZ_CHECK(r.status == DecryptStatus::ok);
    FUZZ_CHECK(std::equal(r.plain.begin(), r.plain.end(), plain.begin(), plain.end()));
    body[seed % body.size()] ^= static_cast<std::uint8_t>(1u << (s % 8));
    auto dec2 = VeridecDecryptor::open(recipient, sender, ByteView(ct));
    FUZZ_CHECK(dec2.has_value());
    FUZZ_CHECK(decrypt(std::move(*dec2), body, seed, max_chunk).status == DecryptStatus::forged);
    return 0;
  }

  ByteView header = in.take(rc.pk_bin);
  ByteView body = in.rest();
  auto dec = VeridecDecryptor::open(recipient, sender, header);
  if (!dec) return 0;  // not a point: "Inconsistent header"
  FUZZ_CHECK(header.size() == rc.pk_bin);
  auto again = VeridecDecryptor::open(recipient, sender, header);
  FUZZ_CHECK(again.has_value());
  Result chunked = decrypt(std::move(*dec), body, seed, max_chunk);
  Result whole = decrypt(std::move(*again), body, 0, 0);
  FUZZ_CHECK(chunked.status == whole.status && chunked.plain == whole.plain);
  bool short_input = body.size() < sc.sig_bin;
  FUZZ_CHECK((whole.status == DecryptStatus::too_short) == short_input);
  FUZZ_CHECK(whole.plain.size() == (short_input ? 0 : body.size() - sc.sig_bin));
  return 0;
}
