// Glue between the public key types and the arithmetic engine (not installed).
#pragma once
#include "ec.hpp"
#include "seccure/keys.hpp"

namespace seccure::detail {

SecureBuffer reduce_to_key_range(const CurveParams& curve, ByteView stream);
PublicKey public_from_point(const CurveParams& curve, const Point& P);
Point point_of(const PublicKey& key);

}  // namespace seccure::detail
