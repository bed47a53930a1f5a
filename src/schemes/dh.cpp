#include "seccure/dh.hpp"

#include "base/primitives.hpp"
#include "ec/group.hpp"
#include "seccure/encoding.hpp"

namespace seccure {

DiffieHellman::DiffieHellman() : DiffieHellman(*curve_by_name(default_curve_name)) {}

DiffieHellman::DiffieHellman(const CurveParams& curve) : ours_(PrivateKey::random(curve)) {}

std::optional<DhKeys> DiffieHellman::complete(const PublicKey& peer) const {
  const CurveParams& cp = ours_.curve();
  if (&peer.curve() != &cp) return std::nullopt;
  SecureBuffer p(2 * cp.elem_bin);  // P = a*B, x || y
  // Infinity cannot happen for a validated key on a prime-order curve.
  if (!detail::Group::of(cp).mul(peer.xy(), ours_.scalar(), p.span())) return std::nullopt;
  SecureBuffer k = sha512(p.view());
  // K[0..dh_bin) and K[32..32+dh_bin), each in dh_compact digits.
  auto established = compact_encode(k.view().first(cp.dh_bin), cp.dh_compact);
  auto verification = compact_encode(k.view().subspan(32, cp.dh_bin), cp.dh_compact);
  DhKeys keys{*established, *verification};
  for (auto* s : {&*established, &*verification}) wipe(s->data(), s->capacity());
  return keys;
}

}  // namespace seccure
