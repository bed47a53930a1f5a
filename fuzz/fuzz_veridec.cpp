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
    Bytes header(enc.header().begin(), enc.header().end());
    FUZZ_CHECK(header.size() == rc.pk_bin);
    Bytes body(plain.begin(), plain.end());
    enc.encrypt(body);
    Bytes sig = enc.finish();
    FUZZ_CHECK(sig.size() == sc.sig_bin);
    body.insert(body.end(), sig.begin(), sig.end());
    fuzz::check_round_trip([&] { return VeridecDecryptor::open(recipient, sender, header); }, body, plain, seed,
                           max_chunk, s, true);
    return 0;
  }

  ByteView header = in.take(rc.pk_bin);
  ByteView body = in.rest();
  if (!VeridecDecryptor::open(recipient, sender, header)) return 0;  // not a point: "Inconsistent header"
  FUZZ_CHECK(header.size() == rc.pk_bin);
  fuzz::check_any_body([&] { return VeridecDecryptor::open(recipient, sender, header); }, body, seed, max_chunk,
                       sc.sig_bin);
  return 0;
}
