// The reference arithmetic, and the single oracle of the library's curve
// group (src/ec/group.hpp): plain GMP integers, affine/Jacobian formulas from
// the "Guide to Elliptic Curve Cryptography" (Hankerson, Menezes, Vanstone;
// GECC below). Used by the unit tests, tests/ct's canary and the build-time
// generator of the fixed-base tables (src/ec/gen_base_tables.cpp); never by
// the library: it branches on every bit of a scalar.
#pragma once
#include <gmpxx.h>

#include <optional>
#include <span>

#include "seccure/curves.hpp"
#include "seccure/secure.hpp"

namespace seccure::ref {

struct Point {
  mpz_class x, y;
  bool infinity = true;
};

class Curve {
public:
  // One per curve of the table (src/ec/curve_table.hpp), built on first use.
  static const Curve& of(const CurveParams& params);

  const CurveParams& params;
  mpz_class p, a, b, n;
  Point g;

  // k*P for 0 <= k < 2^bits(n), double-and-add in Jacobian coordinates.
  Point mul(const Point& P, const mpz_class& k) const;
  Point mul_base(const mpz_class& k) const { return mul(g, k); }
  // u1*G + u2*Q (Shamir's trick).
  Point mul_add_vartime(const mpz_class& u1, const mpz_class& u2, const Point& Q) const;
  // The affine group law (GECC §3.1.2): a second set of formulas.
  Point add(const Point& P, const Point& Q) const;
  Point neg(const Point& P) const;

  bool on_curve(const Point& P) const;
  mpz_class mod_p(const mpz_class& v) const;
  mpz_class rhs(const mpz_class& x) const;  // x^3 + ax + b mod p
  bool is_square(const mpz_class& v) const;  // Euler's criterion
  // FORMAT.md §2: v = x + (y odd ? p : 0). nullopt if v >= 2p, x is not the
  // abscissa of a curve point, or y = 0 and "odd".
  std::optional<Point> decompress(const mpz_class& v) const;
  mpz_class compress(const Point& P) const;

  mpz_class inverse_mod_n(const mpz_class& k) const;

  explicit Curve(const CurveParams& params);

private:
  struct Jacobian {
    mpz_class X, Y, Z;  // Z = 0: infinity
  };
  void dbl(Jacobian& R) const;
  void add_affine(Jacobian& R, const Point& P) const;
  Point to_affine(const Jacobian& R) const;
  std::optional<mpz_class> sqrt(const mpz_class& v) const;
};

// Conversions between GMP integers and big-endian byte strings.
mpz_class from_bytes(ByteView be);
void to_bytes(const mpz_class& v, std::span<std::uint8_t> out);  // left-padded
Bytes to_bytes(const mpz_class& v, std::size_t len);
// A point as x || y (elem_bin bytes each), and back.
Bytes xy_of(const CurveParams& cp, const Point& P);
Point point_of(ByteView xy);

}  // namespace seccure::ref
