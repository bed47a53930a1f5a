#include "keys/key_glue.hpp"

#include "ec/engine.hpp"

namespace seccure {

using detail::from_bytes;
using detail::to_bytes;

namespace detail {

SecureBuffer reduce_to_key_range(const CurveParams& curve, ByteView stream) {
  // (v mod (n-1)) + 1: seccure's map of order_bin random bytes into [1, n-1].
  SecureBuffer out(curve.order_bin);
  Engine::of(curve).reduce_to_key_range(stream, out.span());
  return out;
}

PublicKey public_from_xy(const CurveParams& curve, ByteView xy) {
  auto key = PublicKey::from_affine(curve, xy.first(curve.elem_bin), xy.subspan(curve.elem_bin));
  if (!key) throw std::logic_error("computed point is not a valid public key");
  return *key;
}

PublicKey public_from_point(const CurveParams& curve, const Point& P) {
  auto key = PublicKey::from_affine(curve, to_bytes(P.x, curve.elem_bin), to_bytes(P.y, curve.elem_bin));
  if (!key) throw std::logic_error("computed point is not a valid public key");
  return *key;
}

Point point_of(const PublicKey& key) {
  Point P;
  P.x = from_bytes(key.x());
  P.y = from_bytes(key.y());
  P.infinity = false;
  return P;
}

}  // namespace detail

}  // namespace seccure
