// Glue between the public key types and the arithmetic engine (not installed).
#pragma once
#include "ec/ec.hpp"
#include "seccure/keys.hpp"

namespace seccure::detail {

SecureBuffer reduce_to_key_range(const CurveParams& curve, ByteView stream);
PublicKey public_from_point(const CurveParams& curve, const Point& P);
// A computed point x || y (elem_bin bytes each) as a public key.
PublicKey public_from_xy(const CurveParams& curve, ByteView xy);
Point point_of(const PublicKey& key);

}  // namespace seccure::detail
