#include "seccure/ecdsa.hpp"

#include "base/primitives.hpp"
#include "ec/ec.hpp"
#include "ec/engine.hpp"
#include "keys/key_glue.hpp"
#include "seccure/encoding.hpp"

namespace seccure {

using detail::Curve;
using detail::from_bytes;

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

Bytes ecdsa_sign_hash(const PrivateKey& key, ByteView hash64) {
  const CurveParams& cp = key.curve();
  const detail::Engine& engine = detail::Engine::of(cp);
  // Nonces: AES-256-CTR keyed with HMAC-SHA256(d, h), one stream per
  // signature, consumed order_bin bytes at a time (FORMAT.md §5).
  Digest nonce_key(Digest::Kind::hmac_sha256, key.scalar());
  nonce_key.update(hash64);
  AesCtr nonces(nonce_key.finish().view());

  SecureBuffer buf(cp.order_bin);
  Bytes sig(cp.sig_bin);
  for (;;) {
    nonces.keystream(buf.span());
    SecureBuffer k = detail::reduce_to_key_range(cp, buf.view());
    if (engine.ecdsa_sign(k.view(), key.scalar(), hash64, sig)) return sig;
  }
}

bool ecdsa_verify_hash(const PublicKey& key, ByteView hash64, ByteView signature) {
  const CurveParams& cp = key.curve();
  const Curve& c = Curve::of(cp);
  mpz_class S = from_bytes(signature);
  mpz_class s, r;
  mpz_fdiv_qr(s.get_mpz_t(), r.get_mpz_t(), S.get_mpz_t(), c.n.get_mpz_t());
  if (s <= 0 || s >= c.n || r <= 0 || r >= c.n) return false;
  mpz_class e = from_bytes(hash64) % c.n;
  mpz_class w = c.inverse_mod_n(s);
  mpz_class u1 = (e * w) % c.n, u2 = (r * w) % c.n;
  Bytes X(2 * cp.elem_bin);
  if (!detail::Engine::of(cp).mul_add_vartime(detail::to_bytes(u1, cp.order_bin), detail::to_bytes(u2, cp.order_bin),
                                              key.xy(), X))
    return false;
  return from_bytes(ByteView(X).first(cp.elem_bin)) % c.n == r;
}

}  // namespace seccure
