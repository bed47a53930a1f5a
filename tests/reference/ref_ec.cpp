#include "reference/ref_ec.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "ec/curve_table.hpp"

namespace seccure::ref {

mpz_class from_bytes(ByteView be) {
  mpz_class v;
  if (!be.empty()) mpz_import(v.get_mpz_t(), be.size(), 1, 1, 1, 0, be.data());
  return v;
}

void to_bytes(const mpz_class& v, std::span<std::uint8_t> out) {
  std::size_t need = (mpz_sizeinbase(v.get_mpz_t(), 2) + 7) / 8;
  if (v == 0) need = 0;
  if (need > out.size()) throw std::logic_error("integer does not fit its encoding");
  std::fill(out.begin(), out.end(), 0);
  if (need) mpz_export(out.data() + (out.size() - need), nullptr, 1, 1, 1, 0, v.get_mpz_t());
}

Bytes to_bytes(const mpz_class& v, std::size_t len) {
  Bytes out(len);
  to_bytes(v, out);
  return out;
}

Bytes xy_of(const CurveParams& cp, const Point& P) {
  Bytes xy = to_bytes(P.x, cp.elem_bin);
  Bytes y = to_bytes(P.y, cp.elem_bin);
  xy.insert(xy.end(), y.begin(), y.end());
  return xy;
}

Point point_of(ByteView xy) {
  return Point{from_bytes(xy.first(xy.size() / 2)), from_bytes(xy.subspan(xy.size() / 2)), false};
}

namespace {
mpz_class hex(std::string_view h) { return mpz_class(std::string(h), 16); }
mpz_class mod(const mpz_class& v, const mpz_class& m) {
  mpz_class r;
  mpz_mod(r.get_mpz_t(), v.get_mpz_t(), m.get_mpz_t());
  return r;
}
}  // namespace

Curve::Curve(const CurveParams& cp)
    : params(cp), p(hex(cp.p)), a(hex(cp.a)), b(hex(cp.b)), n(hex(cp.n)) {
  g.x = hex(cp.gx);
  g.y = hex(cp.gy);
  g.infinity = false;
}

const Curve& Curve::of(const CurveParams& params) {
  static std::array<std::unique_ptr<Curve>, 15> cache;
  static std::array<std::once_flag, 15> once;
  auto idx = static_cast<std::size_t>(&params - detail::curve_table.data());
  if (idx >= cache.size()) throw std::logic_error("unknown curve");
  std::call_once(once[idx], [&] { cache[idx] = std::make_unique<Curve>(params); });
  return *cache[idx];
}

mpz_class Curve::mod_p(const mpz_class& v) const { return mod(v, p); }

mpz_class Curve::rhs(const mpz_class& x) const { return mod((x * x + a) * x + b, p); }

bool Curve::is_square(const mpz_class& v) const {
  mpz_class r = mod(v, p);
  return r == 0 || mpz_legendre(r.get_mpz_t(), p.get_mpz_t()) == 1;
}

bool Curve::on_curve(const Point& P) const {
  if (P.infinity) return false;
  if (P.x < 0 || P.x >= p || P.y < 0 || P.y >= p) return false;
  return mod(P.y * P.y, p) == rhs(P.x);
}

Point Curve::neg(const Point& P) const { return P.infinity ? P : Point{P.x, mod(-P.y, p), false}; }

// GECC §3.1.2, affine group law.
Point Curve::add(const Point& P, const Point& Q) const {
  if (P.infinity) return Q;
  if (Q.infinity) return P;
  mpz_class l, i;
  if (P.x == Q.x) {
    if (mod(P.y + Q.y, p) == 0) return Point{};
    mpz_class twice_y = 2 * P.y;
    mpz_invert(i.get_mpz_t(), twice_y.get_mpz_t(), p.get_mpz_t());
    l = mod((3 * P.x * P.x + a) * i, p);
  } else {
    mpz_class dx = mod(Q.x - P.x, p);
    mpz_invert(i.get_mpz_t(), dx.get_mpz_t(), p.get_mpz_t());
    l = mod((Q.y - P.y) * i, p);
  }
  mpz_class x = mod(l * l - P.x - Q.x, p);
  return Point{x, mod(l * (P.x - x) - P.y, p), false};
}

// GECC Algorithm 3.21 (Jacobian doubling, general a): 4M + 6S.
void Curve::dbl(Jacobian& R) const {
  if (R.Z == 0 || R.Y == 0) {
    R.Z = 0;
    return;
  }
  mpz_class XX = mod(R.X * R.X, p);
  mpz_class YY = mod(R.Y * R.Y, p);
  mpz_class ZZ = mod(R.Z * R.Z, p);
  mpz_class M = mod(3 * XX + a * mod(ZZ * ZZ, p), p);
  mpz_class S = mod(4 * R.X * YY, p);
  mpz_class X3 = mod(M * M - 2 * S, p);
  mpz_class Y3 = mod(M * (S - X3) - 8 * mod(YY * YY, p), p);
  R.Z = mod(2 * R.Y * R.Z, p);
  R.X = X3;
  R.Y = Y3;
}

// GECC Algorithm 3.22 (mixed Jacobian-affine addition): 8M + 3S.
void Curve::add_affine(Jacobian& R, const Point& P) const {
  if (P.infinity) return;
  if (R.Z == 0) {
    R.X = P.x;
    R.Y = P.y;
    R.Z = 1;
    return;
  }
  mpz_class ZZ = mod(R.Z * R.Z, p);
  mpz_class U2 = mod(P.x * ZZ, p);
  mpz_class S2 = mod(P.y * ZZ * R.Z, p);
  mpz_class H = mod(U2 - R.X, p);
  mpz_class r = mod(S2 - R.Y, p);
  if (H == 0) {
    if (r == 0)
      dbl(R);
    else
      R.Z = 0;
    return;
  }
  mpz_class HH = mod(H * H, p);
  mpz_class HHH = mod(HH * H, p);
  mpz_class V = mod(R.X * HH, p);
  mpz_class X3 = mod(r * r - HHH - 2 * V, p);
  mpz_class Y3 = mod(r * (V - X3) - R.Y * HHH, p);
  R.Z = mod(R.Z * H, p);
  R.X = X3;
  R.Y = Y3;
}

Point Curve::to_affine(const Jacobian& R) const {
  Point out;
  if (R.Z == 0) return out;
  mpz_class zi;
  mpz_invert(zi.get_mpz_t(), R.Z.get_mpz_t(), p.get_mpz_t());
  mpz_class zi2 = mod(zi * zi, p);
  out.x = mod(R.X * zi2, p);
  out.y = mod(R.Y * zi2 * zi, p);
  out.infinity = false;
  return out;
}

Point Curve::mul(const Point& P, const mpz_class& k) const {
  // Left-to-right double-and-add over a fixed number of bits (bits(n)).
  Jacobian R{0, 1, 0};
  std::size_t bits = mpz_sizeinbase(n.get_mpz_t(), 2);
  for (std::size_t i = bits; i-- > 0;) {
    dbl(R);
    if (mpz_tstbit(k.get_mpz_t(), i)) add_affine(R, P);
  }
  return to_affine(R);
}

Point Curve::mul_add_vartime(const mpz_class& u1, const mpz_class& u2, const Point& Q) const {
  // Shamir's trick (GECC Algorithm 3.48 with w = 1).
  Point GQ;
  {
    Jacobian t{g.x, g.y, 1};
    add_affine(t, Q);
    GQ = to_affine(t);
  }
  Jacobian R{0, 1, 0};
  std::size_t bits = std::max(mpz_sizeinbase(u1.get_mpz_t(), 2), mpz_sizeinbase(u2.get_mpz_t(), 2));
  for (std::size_t i = bits; i-- > 0;) {
    dbl(R);
    bool b1 = mpz_tstbit(u1.get_mpz_t(), i), b2 = mpz_tstbit(u2.get_mpz_t(), i);
    if (b1 && b2)
      add_affine(R, GQ);
    else if (b1)
      add_affine(R, g);
    else if (b2)
      add_affine(R, Q);
  }
  return to_affine(R);
}

std::optional<mpz_class> Curve::sqrt(const mpz_class& v) const {
  if (v == 0) return mpz_class(0);
  if (mpz_legendre(v.get_mpz_t(), p.get_mpz_t()) != 1) return std::nullopt;
  mpz_class r;
  if (mpz_tstbit(p.get_mpz_t(), 0) && mpz_tstbit(p.get_mpz_t(), 1)) {
    // p = 3 mod 4: r = v^((p+1)/4).
    mpz_class e = (p + 1) / 4;
    mpz_powm(r.get_mpz_t(), v.get_mpz_t(), e.get_mpz_t(), p.get_mpz_t());
    return r;
  }
  // Tonelli-Shanks (Cohen, "A Course in Computational Algebraic Number
  // Theory", Algorithm 1.5.1); needed for secp224r1 where p = 1 mod 8.
  mpz_class q = p - 1;
  unsigned long s = mpz_scan1(q.get_mpz_t(), 0);
  q >>= s;
  mpz_class z = 2;
  while (mpz_legendre(z.get_mpz_t(), p.get_mpz_t()) != -1) ++z;
  mpz_class c, t, e;
  mpz_powm(c.get_mpz_t(), z.get_mpz_t(), q.get_mpz_t(), p.get_mpz_t());
  mpz_powm(t.get_mpz_t(), v.get_mpz_t(), q.get_mpz_t(), p.get_mpz_t());
  e = (q + 1) / 2;
  mpz_powm(r.get_mpz_t(), v.get_mpz_t(), e.get_mpz_t(), p.get_mpz_t());
  unsigned long m = s;
  while (t != 1) {
    unsigned long i = 0;
    mpz_class t2 = t;
    while (t2 != 1) {
      t2 = mod(t2 * t2, p);
      ++i;
    }
    mpz_class bb = c;
    for (unsigned long j = 0; j + 1 < m - i; ++j) bb = mod(bb * bb, p);
    m = i;
    c = mod(bb * bb, p);
    t = mod(t * c, p);
    r = mod(r * bb, p);
  }
  return r;
}

std::optional<Point> Curve::decompress(const mpz_class& v) const {
  if (v < 0 || v >= 2 * p) return std::nullopt;
  bool odd = v >= p;
  mpz_class x = odd ? mpz_class(v - p) : v;
  auto y = sqrt(rhs(x));
  if (!y) return std::nullopt;
  if (*y == 0 && odd) return std::nullopt;
  Point P;
  P.x = x;
  P.y = (mpz_odd_p(y->get_mpz_t()) != 0) == odd ? *y : mpz_class(mod(p - *y, p));
  P.infinity = false;
  if (!on_curve(P)) return std::nullopt;
  return P;
}

mpz_class Curve::compress(const Point& P) const {
  return mpz_odd_p(P.y.get_mpz_t()) ? mpz_class(P.x + p) : P.x;
}

mpz_class Curve::inverse_mod_n(const mpz_class& k) const {
  mpz_class r;
  mpz_invert(r.get_mpz_t(), k.get_mpz_t(), n.get_mpz_t());
  return r;
}

}  // namespace seccure::ref
