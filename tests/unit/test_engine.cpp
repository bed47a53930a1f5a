// The constant-time engine against the reference arithmetic (src/ec.cpp, plain
// GMP integers, textbook formulas) on every curve: random scalars and points,
// edge scalars, and the cases that hit doubling or infinity inside formulas.
#include <doctest/doctest.h>

#include <random>

#include "ec/ec.hpp"
#include "ec/engine.hpp"
#include "seccure/curves.hpp"

using namespace seccure;
using detail::Curve;
using detail::Engine;
using detail::Point;

namespace {

std::mt19937_64 rng(20261125);

mpz_class random_below(const mpz_class& n) {
  gmp_randclass r(gmp_randinit_default);
  r.seed(rng());
  return r.get_z_range(n);
}

Bytes xy_of(const CurveParams& cp, const Point& P) {
  Bytes xy = detail::to_bytes(P.x, cp.elem_bin);
  Bytes y = detail::to_bytes(P.y, cp.elem_bin);
  xy.insert(xy.end(), y.begin(), y.end());
  return xy;
}

// The engine's answer as a reference Point (infinity when it says so).
Point engine_point(const CurveParams& cp, bool ok, const Bytes& xy) {
  Point P;
  if (!ok) return P;
  P.x = detail::from_bytes(ByteView(xy).first(cp.elem_bin));
  P.y = detail::from_bytes(ByteView(xy).subspan(cp.elem_bin));
  P.infinity = false;
  return P;
}

void check_equal(const Point& a, const Point& b) {
  REQUIRE(a.infinity == b.infinity);
  if (!a.infinity) {
    CHECK(a.x == b.x);
    CHECK(a.y == b.y);
  }
}

std::vector<mpz_class> test_scalars(const mpz_class& n) {
  std::vector<mpz_class> ks = {1, 2, 3, 15, 16, 17, n - 1, n - 2, n - 16, n / 2};
  mpz_class top = 1;
  while (top * 16 < n) top *= 16;
  ks.push_back(top);          // a single non-zero top window
  ks.push_back(top - 1);      // all windows 0xf below the top
  for (int i = 0; i < 6; ++i) ks.push_back(1 + random_below(n - 1));
  return ks;
}

}  // namespace

TEST_CASE("engine: k*G matches the reference on every curve") {
  for (const auto& cp : all_curves()) {
    CAPTURE(cp.name);
    const Curve& ref = Curve::of(cp);
    const Engine& eng = Engine::of(cp);
    for (const auto& k : test_scalars(ref.n)) {
      Bytes out(2 * cp.elem_bin);
      bool ok = eng.mul_base(detail::to_bytes(k, cp.order_bin), out);
      check_equal(engine_point(cp, ok, out), ref.mul_base(k));
    }
    Bytes out(2 * cp.elem_bin);
    CHECK_FALSE(eng.mul_base(Bytes(cp.order_bin, 0), out));  // 0*G = infinity
  }
}

TEST_CASE("engine: k*P matches the reference on every curve") {
  for (const auto& cp : all_curves()) {
    CAPTURE(cp.name);
    const Curve& ref = Curve::of(cp);
    const Engine& eng = Engine::of(cp);
    for (int round = 0; round < 3; ++round) {
      Point P = ref.mul_base(1 + random_below(ref.n - 1));
      for (const auto& k : test_scalars(ref.n)) {
        Bytes out(2 * cp.elem_bin);
        bool ok = eng.mul(xy_of(cp, P), detail::to_bytes(k, cp.order_bin), out);
        check_equal(engine_point(cp, ok, out), ref.mul(P, k));
      }
    }
    // The table holds 2P (a doubling) and j*P for j up to 15; k = n-1 gives -P.
    Point G = ref.g;
    Bytes out(2 * cp.elem_bin);
    REQUIRE(eng.mul(xy_of(cp, G), detail::to_bytes(ref.n - 1, cp.order_bin), out));
    CHECK(engine_point(cp, true, out).y == ref.p - G.y);
  }
}

TEST_CASE("engine: u1*G + u2*Q matches the reference, including P = Q and P = -Q") {
  for (const auto& cp : all_curves()) {
    CAPTURE(cp.name);
    const Curve& ref = Curve::of(cp);
    const Engine& eng = Engine::of(cp);
    mpz_class q = 1 + random_below(ref.n - 1);
    Point Q = ref.mul_base(q);
    auto run = [&](const mpz_class& u1, const mpz_class& u2) {
      Bytes out(2 * cp.elem_bin);
      bool ok = eng.mul_add_vartime(detail::to_bytes(u1, cp.order_bin), detail::to_bytes(u2, cp.order_bin),
                                    xy_of(cp, Q), out);
      return engine_point(cp, ok, out);
    };
    for (int i = 0; i < 4; ++i) {
      mpz_class u1 = random_below(ref.n), u2 = random_below(ref.n);
      check_equal(run(u1, u2), ref.mul_add_vartime(u1, u2, Q));
    }
    // u1*G = u2*Q: the final addition is a doubling.
    mpz_class u2 = 1 + random_below(ref.n - 1);
    mpz_class u1 = (u2 * q) % ref.n;
    check_equal(run(u1, u2), ref.mul_base((2 * u1) % ref.n));
    // u1*G = -u2*Q: the sum is infinity.
    mpz_class neg = (ref.n - u1) % ref.n;
    CHECK(run(neg, u2).infinity);
    // One side zero.
    check_equal(run(0, u2), ref.mul(Q, u2));
    check_equal(run(u1, 0), ref.mul_base(u1));
  }
}

TEST_CASE("engine: scalar arithmetic mod n matches plain integers") {
  for (const auto& cp : all_curves()) {
    CAPTURE(cp.name);
    const Curve& ref = Curve::of(cp);
    const Engine& eng = Engine::of(cp);
    for (int i = 0; i < 8; ++i) {
      // (v mod (n-1)) + 1 for v anywhere in [0, 256^order_bin).
      mpz_class v = random_below(mpz_class(1) << static_cast<mp_bitcnt_t>(8 * cp.order_bin));
      if (i == 0) v = 0;
      if (i == 1) v = ref.n - 1;
      if (i == 2) v = (mpz_class(1) << static_cast<mp_bitcnt_t>(8 * cp.order_bin)) - 1;
      Bytes out(cp.order_bin);
      eng.reduce_to_key_range(detail::to_bytes(v, cp.order_bin), out);
      mpz_class nm1 = ref.n - 1;
      CHECK(detail::from_bytes(out) == (v % nm1) + 1);

      // s = k^-1 (e + d r) mod n with e = hash mod n.
      mpz_class k = 1 + random_below(ref.n - 1), d = 1 + random_below(ref.n - 1), r = 1 + random_below(ref.n - 1);
      mpz_class h = random_below(mpz_class(1) << 512);
      Bytes s(cp.order_bin);
      bool nonzero = eng.ecdsa_s(detail::to_bytes(k, cp.order_bin), detail::to_bytes(d, cp.order_bin),
                                 detail::to_bytes(h, 64), detail::to_bytes(r, cp.order_bin), s);
      mpz_class expect = (ref.inverse_mod_n(k) * ((h % ref.n + d * r) % ref.n)) % ref.n;
      CHECK(nonzero == (expect != 0));
      CHECK(detail::from_bytes(s) == expect);
    }
  }
}
