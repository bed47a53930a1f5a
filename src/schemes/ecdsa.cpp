#include "seccure/ecdsa.hpp"

#include <algorithm>

#include "base/primitives.hpp"
#include "ec/group.hpp"
#include "seccure/encoding.hpp"

namespace seccure {

using detail::Group;
using detail::Scalar;

Problem problem_of(SignatureParseError error) {
  return error == SignatureParseError::wrong_length ? Problem::invalid_signature_length
                                                    : Problem::invalid_signature_structure;
}

SignatureParse parse_compact_signature(const CurveParams& curve, std::string_view text) {
  if (text.size() != curve.sig_compact) return SignatureParseError::wrong_length;
  auto v = compact_decode(text);
  if (!v) return SignatureParseError::inconsistent_structure;
  return std::move(*v);
}

SignatureParse parse_binary_signature(const CurveParams& curve, ByteView data) {
  if (data.size() != curve.sig_bin) return SignatureParseError::wrong_length;
  return Bytes(data.begin(), data.end());
}

std::string signature_to_compact(const CurveParams& curve, ByteView value) {
  auto s = compact_encode(value, curve.sig_compact);
  if (!s) throw std::logic_error("signature does not fit its compact length");
  return *s;
}

// Signer and Verifier keep a reference to their key: it must outlive them.
struct Signer::State {
  const PrivateKey& key;
  Digest hash{Digest::Kind::sha512};
};

Signer::Signer(const PrivateKey& key) : s_(new State{key}) {}
Signer::~Signer() = default;
Signer::Signer(Signer&&) noexcept = default;
Signer& Signer::operator=(Signer&&) noexcept = default;
void Signer::update(ByteView data) { s_->hash.update(data); }
Bytes Signer::finish() { return ecdsa_sign_hash(s_->key, s_->hash.finish().view()); }

struct Verifier::State {
  const PublicKey& key;
  Digest hash{Digest::Kind::sha512};
};

Verifier::Verifier(const PublicKey& key) : s_(new State{key}) {}
Verifier::~Verifier() = default;
Verifier::Verifier(Verifier&&) noexcept = default;
Verifier& Verifier::operator=(Verifier&&) noexcept = default;
void Verifier::update(ByteView data) { s_->hash.update(data); }
bool Verifier::finish(ByteView signature) { return ecdsa_verify_hash(s_->key, s_->hash.finish().view(), signature); }

// FORMAT.md §5: with e = int(hash) mod n, a nonce k, r = x(kG) mod n and
// s = k^-1 (e + d*r) mod n, the signature is the integer S = s*n + r.
Bytes ecdsa_sign_hash(const PrivateKey& key, ByteView hash64) {
  const CurveParams& cp = key.curve();
  const Group& group = Group::of(cp);
  // Nonces: AES-256-CTR keyed with HMAC-SHA256(d, h), one stream per
  // signature, consumed order_bin bytes at a time (FORMAT.md §5).
  Digest nonce_key(Digest::Kind::hmac_sha256, key.scalar());
  nonce_key.update(hash64);
  AesCtr nonces(nonce_key.finish().view());

  detail::ScrubStackOnExit scrub;  // the dead frames of the scalar arithmetic below
  Scalar d{SecureBuffer(key.scalar())}, e = group.reduce(hash64);
  SecureBuffer buf(cp.order_bin), kg(2 * cp.elem_bin);  // x(kG) stays secret: in signcryption so is S
  for (;;) {
    nonces.keystream(buf.span());
    Scalar k = group.reduce_to_key_range(buf.view());
    if (!group.mul_base(k.bytes(), kg.span())) continue;  // k = 0: cannot happen in [1, n-1]
    Scalar r = group.reduce(kg.view().first(cp.elem_bin));
    // r = 0 or s = 0 (probability ~1/n each) takes the next nonce; only
    // that becomes public.
    if (group.is_zero_public(r)) continue;
    Scalar s = group.mul(group.invert(k), group.add(e, group.mul(d, r)));
    if (group.is_zero_public(s)) continue;
    return group.pack_signature(s, r);
  }
}

// Public values only: variable time is fine.
bool ecdsa_verify_hash(const PublicKey& key, ByteView hash64, ByteView signature) {
  const Group& group = Group::of(key.curve());
  auto sr = group.unpack_signature_vartime(signature);  // S = s*n + r, r < n; nullopt if s >= n
  if (!sr || group.is_zero_public(sr->first) || group.is_zero_public(sr->second)) return false;
  const auto& [s, r] = *sr;
  Scalar w = group.invert_vartime(s);
  Scalar u1 = group.mul(group.reduce(hash64), w), u2 = group.mul(r, w);
  return group.x_matches_vartime(u1.bytes(), u2.bytes(), key.xy(), r.bytes());
}

}  // namespace seccure
