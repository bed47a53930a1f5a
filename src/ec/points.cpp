#include "seccure/points.hpp"

#include "ec/group.hpp"

namespace seccure {

using detail::Group;

namespace {

// A point argument: infinity (empty) or x || y on the curve.
enum class Arg { infinity, point, invalid };

Arg classify(const Group& group, ByteView xy) {
  const std::size_t e = group.curve().elem_bin;
  if (xy.empty()) return Arg::infinity;
  if (xy.size() != 2 * e || !group.on_curve_vartime(xy.first(e), xy.subspan(e))) return Arg::invalid;
  return Arg::point;
}

}  // namespace

bool point_on_curve(const CurveParams& curve, ByteView x, ByteView y) {
  if (x.size() != curve.elem_bin || y.size() != curve.elem_bin) return false;
  return Group::of(curve).on_curve_vartime(x, y);
}

std::optional<Bytes> point_add(const CurveParams& curve, ByteView p, ByteView q) {
  const Group& group = Group::of(curve);
  Arg a = classify(group, p), b = classify(group, q);
  if (a == Arg::invalid || b == Arg::invalid) return std::nullopt;
  if (a == Arg::infinity) return Bytes(q.begin(), q.end());
  if (b == Arg::infinity) return Bytes(p.begin(), p.end());
  auto sum = group.add_vartime(p, q);
  return sum ? std::move(sum->xy) : Bytes{};
}

std::optional<Bytes> point_mul(const CurveParams& curve, ByteView p, ByteView k) {
  const Group& group = Group::of(curve);
  Arg a = classify(group, p);
  if (a == Arg::invalid) return std::nullopt;
  if (a == Arg::infinity) return Bytes{};
  detail::ScrubStackOnExit scrub;  // the reduction's dead frames
  detail::Scalar s = group.reduce(k);
  SecureBuffer out(2 * curve.elem_bin);
  if (!group.mul(p, s.bytes(), out.span())) return Bytes{};  // k = 0 mod n
  return Bytes(out.view().begin(), out.view().end());
}

}  // namespace seccure
