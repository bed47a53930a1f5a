// Points of a curve and the group law on them, for programs that compute
// with points themselves (the Python module's AffinePoint, as py-seccure's).
// A point is x || y, elem_bin big-endian bytes each (FORMAT.md §2); an empty
// value is the point at infinity. Every function checks that its points are
// on the curve and returns nullopt when one is not.
#pragma once
#include <optional>

#include "seccure/curves.hpp"
#include "seccure/secure.hpp"

namespace seccure {

// Whether x and y (elem_bin bytes each) are below p and satisfy the curve's
// equation.
bool point_on_curve(const CurveParams& curve, ByteView x, ByteView y);

// P + Q. Variable time: for public points only.
std::optional<Bytes> point_add(const CurveParams& curve, ByteView p, ByteView q);

// k*P for an integer k of any length (big-endian, taken mod n: every point
// of these curves has order n). Constant time in k, which may be secret;
// the result is returned as ordinary (public) bytes.
std::optional<Bytes> point_mul(const CurveParams& curve, ByteView p, ByteView k);

}  // namespace seccure
