// The curve group of one curve behind one typed interface: points (decoding,
// validation, compression), scalar multiplications, and arithmetic on
// scalars mod n. Constant time on secrets (tests/ct checks it under
// valgrind); the `_vartime` functions take public inputs only. Values are
// big-endian byte strings of the curve's lengths; nothing above src/ec/
// sees limbs or the Montgomery form.
#pragma once
#include <gmp.h>

#include <cstdint>
#include <optional>
#include <span>
#include <utility>

#include "seccure/curves.hpp"
#include "seccure/secure.hpp"

namespace seccure::detail {

// An integer mod n, 0 <= v < n, as order_bin big-endian bytes in secure
// memory. Secret: only the functions that say so reveal anything about it.
class Scalar {
public:
  Scalar() = default;
  explicit Scalar(SecureBuffer be) : be_(std::move(be)) {}
  ByteView bytes() const { return be_.view(); }
  std::span<std::uint8_t> span() { return be_.span(); }
  SecureBuffer release() && { return std::move(be_); }

private:
  SecureBuffer be_;
};

// An affine point other than infinity, x || y (elem_bin bytes each).
// Public data (keys, verification); a point that may be secret (a shared
// secret, x(kG) of a nonce) is written into the caller's SecureBuffer.
struct Point {
  Bytes xy;
  ByteView x() const { return ByteView(xy).first(xy.size() / 2); }
  ByteView y() const { return ByteView(xy).subspan(xy.size() / 2); }
};

class Group {
public:
  virtual ~Group() = default;
  // The group of a curve (built on first use; the base tables are compiled in).
  static const Group& of(const CurveParams& curve);

  const CurveParams& curve() const { return cp_; }
  ByteView order() const { return order_; }  // n, order_bin bytes
  std::size_t order_bits() const { return order_bits_; }  // bits(n)

  // --- Points (public data) ---
  // FORMAT.md §2: v (pk_bin bytes) = x + (y odd ? p : 0). nullopt if
  // v >= 2p, x^3 + ax + b is not a square mod p, or y = 0 and "odd".
  virtual std::optional<Point> decompress_vartime(ByteView v) const = 0;
  // The inverse: x || y (a valid point) to pk_bin bytes.
  virtual Bytes compress(ByteView xy) const = 0;
  // x, y of elem_bin bytes each: both below p and y^2 = x^3 + ax + b.
  virtual bool on_curve_vartime(ByteView x, ByteView y) const = 0;

  // --- Multiplications ---
  // k*G for a secret k (order_bin bytes, 0 <= k < n), written as x || y
  // into out_xy (2*elem_bin bytes); false if the result is infinity (k = 0).
  virtual bool mul_base(ByteView k, std::span<std::uint8_t> out_xy) const = 0;
  // k*P for a secret k (0 <= k < n) and a valid point P given as x || y.
  virtual bool mul(ByteView p_xy, ByteView k, std::span<std::uint8_t> out_xy) const = 0;
  // u1*G + u2*Q for public u1, u2 (< n) and a valid public Q; nullopt for
  // infinity.
  virtual std::optional<Point> mul_add_vartime(ByteView u1, ByteView u2, ByteView q_xy) const = 0;
  // P + Q for valid public points P, Q (x || y each); nullopt for infinity
  // (Q = -P). P = Q is a doubling.
  virtual std::optional<Point> add_vartime(ByteView p_xy, ByteView q_xy) const = 0;
  // ECDSA's check (FORMAT.md §5) for public values: whether u1*G + u2*Q is
  // not infinity and its x mod n equals r (order_bin bytes, r < n); the
  // same answer as reducing x(mul_add_vartime(...)) mod n, without its
  // inversion.
  virtual bool x_matches_vartime(ByteView u1, ByteView u2, ByteView q_xy, ByteView r) const = 0;

  // --- Scalars mod n (constant time; inputs below n unless said) ---
  // Each wipes its own locals; the dead stack frames of the field
  // arithmetic below it are left to a ScrubStackOnExit held over the whole
  // secret computation (one wipe, not one per operation).
  // int(v) mod n for a big-endian v of any length.
  virtual Scalar reduce(ByteView v) const = 0;
  // (int(v) mod (n-1)) + 1, in [1, n-1]: seccure's map of order_bin
  // random bytes to a key or nonce (FORMAT.md §3, §5).
  virtual Scalar reduce_to_key_range(ByteView v) const = 0;
  virtual Scalar add(const Scalar& a, const Scalar& b) const = 0;
  virtual Scalar mul(const Scalar& a, const Scalar& b) const = 0;
  // a^-1 (blinded, so a stays secret); 0 maps to 0.
  virtual Scalar invert(const Scalar& a) const = 0;
  // a^-1 of a public a, by a variable-time gcd; 0 maps to 0.
  virtual Scalar invert_vartime(const Scalar& a) const = 0;
  // Whether a = 0; the answer (and only it) becomes public.
  virtual bool is_zero_public(const Scalar& a) const = 0;
  // ECDSA's signature value (FORMAT.md §5): s*n + r in sig_bin bytes, in
  // constant time (in signcryption the signature itself is secret).
  virtual Bytes pack_signature(const Scalar& s, const Scalar& r) const = 0;
  // The inverse for a public S (sig_bin bytes): (s, r) with S = s*n + r and
  // r < n; nullopt if s >= n.
  virtual std::optional<std::pair<Scalar, Scalar>> unpack_signature_vartime(ByteView sig) const = 0;

protected:
  Group(const CurveParams& cp, std::size_t order_bits) : cp_(cp), order_(cp.order_bin), order_bits_(order_bits) {}
  const CurveParams& cp_;
  Bytes order_;
  std::size_t order_bits_;
};

// Wipes the dead stack below the frame that holds it, on every way out of
// the scope: the temporaries of the scalar operations called there (the
// multiplications wipe their own).
class ScrubStackOnExit {
public:
  ScrubStackOnExit() = default;
  ~ScrubStackOnExit();
  ScrubStackOnExit(const ScrubStackOnExit&) = delete;
  ScrubStackOnExit& operator=(const ScrubStackOnExit&) = delete;
};

// Precomputed multiples of G, generated at build time (gen_base_tables.cpp):
// for window i and digit j in [0, 32): j * 32^i * G in affine Montgomery
// coordinates x || y, N limbs each; digit 0 is an all-zero placeholder.
// 5-bit windows: a fifth fewer additions per k*G than 4-bit ones, for
// twice the entries a window (each scanned whole, in constant time).
inline constexpr unsigned base_window_bits = 5;
struct BaseTable {
  const mp_limb_t* limbs;
  std::size_t windows;
};
extern const BaseTable base_tables[15];

}  // namespace seccure::detail
