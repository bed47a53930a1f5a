// The curve engine: constant-time scalar multiplication and scalar
// arithmetic for one curve, behind a byte-oriented interface. Schemes pass
// big-endian byte strings (secrets in SecureBuffers) and never see limbs.
#pragma once
#include <gmp.h>

#include <cstdint>
#include <span>

#include "seccure/curves.hpp"
#include "seccure/secure.hpp"

namespace seccure::detail {

class Engine {
public:
  virtual ~Engine() = default;
  // The engine of a curve (built on first use; tables are compiled in).
  static const Engine& of(const CurveParams& curve);

  // k*G for a secret k of order_bin bytes with 0 <= k < n. Writes x || y
  // (elem_bin bytes each) and returns false if the result is infinity (k = 0).
  virtual bool mul_base(ByteView k, std::span<std::uint8_t> out_xy) const = 0;
  // k*P for a secret k (0 <= k < n) and a valid point P given as x || y.
  virtual bool mul(ByteView p_xy, ByteView k, std::span<std::uint8_t> out_xy) const = 0;
  // u1*G + u2*Q for public u1, u2 (< n) and a valid public Q.
  virtual bool mul_add_vartime(ByteView u1, ByteView u2, ByteView q_xy, std::span<std::uint8_t> out_xy) const = 0;

  // Scalars (order_bin bytes, secret):
  // out = (v mod (n-1)) + 1 for v of at most order_bin bytes.
  virtual void reduce_to_key_range(ByteView v, std::span<std::uint8_t> out) const = 0;
  // ECDSA: s = k^-1 (e + d*r) mod n with e = int(hash) mod n; returns false if s = 0.
  virtual bool ecdsa_s(ByteView k, ByteView d, ByteView hash, ByteView r, std::span<std::uint8_t> s_out) const = 0;
  // One ECDSA attempt with nonce k (FORMAT.md §5): r = (k*G).x mod n, s as
  // above, sig_out = s*n + r in sig_bin bytes, all in constant time (in
  // signcryption the signature itself is secret). False if r or s is 0.
  virtual bool ecdsa_sign(ByteView k, ByteView d, ByteView hash, std::span<std::uint8_t> sig_out) const = 0;
};

// Precomputed multiples of G, generated at build time (gen_base_tables.cpp):
// for window i and digit j in [0, 16): j * 16^i * G in affine Montgomery
// coordinates x || y, N limbs each; digit 0 is an all-zero placeholder.
struct BaseTable {
  const mp_limb_t* limbs;
  std::size_t windows;
};
extern const BaseTable base_tables[15];

}  // namespace seccure::detail
