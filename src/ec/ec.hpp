// Field and point arithmetic behind a deliberately small interface, so the
// engine can be replaced without touching the schemes above it.
// This engine is the reference: plain GMP integers, affine/Jacobian formulas
// from the "Guide to Elliptic Curve Cryptography" (Hankerson, Menezes,
// Vanstone; GECC below). GMP's allocations are wiped on release (secure.cpp).
#pragma once
#include <gmpxx.h>

#include <optional>

#include "seccure/curves.hpp"
#include "seccure/secure.hpp"

namespace seccure::detail {

struct Point {
  mpz_class x, y;
  bool infinity = true;
};

class Curve {
public:
  // One engine per curve, built on first use.
  static const Curve& of(const CurveParams& params);

  const CurveParams& params;
  mpz_class p, a, b, n;
  Point g;

  // k*P for a secret k in [0, n).
  Point mul(const Point& P, const mpz_class& k) const;
  Point mul_base(const mpz_class& k) const { return mul(g, k); }
  // u1*G + u2*Q for public u1, u2, Q (signature verification).
  Point mul_add_vartime(const mpz_class& u1, const mpz_class& u2, const Point& Q) const;

  bool on_curve(const Point& P) const;
  // FORMAT.md §2: v = x + (y odd ? p : 0). nullopt if v >= 2p, x is not the
  // abscissa of a curve point, or y = 0 and "odd". Inputs are public.
  std::optional<Point> decompress_vartime(const mpz_class& v) const;
  mpz_class compress(const Point& P) const;

  // Secret-independent helpers for scalars mod n.
  mpz_class inverse_mod_n(const mpz_class& k) const;

  explicit Curve(const CurveParams& params);

private:
  struct Jacobian {
    mpz_class X, Y, Z;  // Z = 0: infinity
  };
  void dbl(Jacobian& R) const;
  void add_affine(Jacobian& R, const Point& P) const;
  Point to_affine(const Jacobian& R) const;
  std::optional<mpz_class> sqrt_vartime(const mpz_class& v) const;
};

// Conversions between GMP integers and seccure's big-endian byte strings.
mpz_class from_bytes(ByteView be);
void to_bytes(const mpz_class& v, std::span<std::uint8_t> out);  // left-padded
Bytes to_bytes(const mpz_class& v, std::size_t len);
SecureBuffer to_secure_bytes(const mpz_class& v, std::size_t len);

}  // namespace seccure::detail
