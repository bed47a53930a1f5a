#include "seccure/dh.hpp"

#include "ec.hpp"
#include "internal.hpp"
#include "seccure/encoding.hpp"

namespace seccure {

DhExchange::DhExchange(const CurveParams& curve) : ours_(PrivateKey::random(curve)) {}

std::optional<DhKeys> DhExchange::complete(const PublicKey& peer) const {
  const CurveParams& cp = ours_.curve();
  if (&peer.curve() != &cp) return std::nullopt;
  const detail::Curve& c = detail::Curve::of(cp);
  detail::Point P = c.mul(detail::point_of(peer), detail::from_bytes(ours_.scalar()));
  if (P.infinity) return std::nullopt;  // cannot happen for a validated key on a prime-order curve
  SecureBuffer in(2 * cp.elem_bin);
  detail::to_bytes(P.x, in.span().first(cp.elem_bin));
  detail::to_bytes(P.y, in.span().subspan(cp.elem_bin));
  SecureBuffer k = sha512(in.view());
  // K[0..dh_bin) and K[32..32+dh_bin), each in dh_compact digits.
  auto established = compact_encode(k.view().first(cp.dh_bin), cp.dh_compact);
  auto verification = compact_encode(k.view().subspan(32, cp.dh_bin), cp.dh_compact);
  return DhKeys{*established, *verification};
}

}  // namespace seccure
