// Signatures: parse_compact_signature / parse_binary_signature and
// ecdsa_verify_hash against the fixed key of the curve the first byte names.
// Input: curve byte, mode byte (bit 0: binary form), 64-byte hash, signature.
// Also signs the hash with the fixed key: that signature must verify, survive
// the compact round trip, and fail for a changed hash.
#include <variant>

#include "common.hpp"
#include "seccure/ecdsa.hpp"
#include "encoding/encoding.hpp"

using namespace seccure;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::Input in(data, size);
  const CurveParams& c = fuzz::curve_of(in.byte());
  std::uint8_t mode = in.byte();
  Bytes hash(64, 0);
  ByteView h = in.take(64);
  std::copy(h.begin(), h.end(), hash.begin());
  ByteView sig = in.rest();
  const PublicKey& pub = fuzz::fixed_public(c);

  // The signature as given, and cut to its exact length.
  std::size_t exact = (mode & 1) ? c.sig_bin : c.sig_compact;
  for (ByteView s : {sig, sig.first(std::min(sig.size(), exact))}) {
    SignatureParse parsed =
        (mode & 1) ? parse_binary_signature(c, s) : parse_compact_signature(c, fuzz::as_text(s));
    if (auto* err = std::get_if<SignatureParseError>(&parsed)) {
      if (s.size() != exact) FUZZ_CHECK(*err == SignatureParseError::wrong_length);
      continue;
    }
    FUZZ_CHECK(s.size() == exact);
    const Bytes& value = std::get<Bytes>(parsed);
    bool ok = ecdsa_verify_hash(pub, hash, value);
    // Binary signatures are the value itself; compact ones encode back.
    if (mode & 1)
      FUZZ_CHECK(std::equal(value.begin(), value.end(), s.begin(), s.end()));
    else
      FUZZ_CHECK(signature_to_compact(c, value) == fuzz::as_text(s));
    // A valid signature is s*n + r < n^2: it has a binary form.
    if (ok) FUZZ_CHECK(fit_bytes(value, c.sig_bin).has_value());
  }

  // Our own signature of this hash verifies; a different hash does not.
  if (mode & 2) {
    Bytes mine = ecdsa_sign_hash(fuzz::fixed_key(c), hash);
    FUZZ_CHECK(mine.size() == c.sig_bin);
    FUZZ_CHECK(ecdsa_verify_hash(pub, hash, mine));
    auto parsed = parse_compact_signature(c, signature_to_compact(c, mine));
    FUZZ_CHECK(std::holds_alternative<Bytes>(parsed));
    FUZZ_CHECK(ecdsa_verify_hash(pub, hash, std::get<Bytes>(parsed)));
    Bytes other = hash;
    other[mode % 64] ^= 0x80;
    FUZZ_CHECK(!ecdsa_verify_hash(pub, other, mine));
  }
  // The streaming Signer over the rest of the input (as a message, fed in
  // chunks) makes a signature the streaming Verifier accepts.
  if (mode & 4) {
    Signer signer(fuzz::fixed_key(c));
    fuzz::for_chunks(sig, mode, 17, [&](ByteView chunk) { signer.update(chunk); });
    Bytes mine = signer.finish();
    Verifier verifier(pub);
    verifier.update(sig);
    FUZZ_CHECK(verifier.finish(mine));
  }
  return 0;
}
