// The library's curve group (src/ec/group.hpp) against the reference
// arithmetic (tests/reference/ref_ec.hpp, plain GMP integers) on every
// curve: multiplications (random and edge scalars, the cases that hit
// doubling or infinity inside formulas), point decompression, compression
// and on-curve checks, and the scalar arithmetic mod n.
#include <doctest/doctest.h>

#include <random>

#include "ec/group.hpp"
#include "reference/ref_ec.hpp"
#include "seccure/curves.hpp"

using namespace seccure;
using detail::Group;
using detail::Scalar;
using ref::Point;

namespace {

std::mt19937_64 rng(20261125);

mpz_class random_below(const mpz_class& n) {
  gmp_randclass r(gmp_randinit_default);
  r.seed(rng());
  return r.get_z_range(n);
}

mpz_class pow2(std::size_t bits) { return mpz_class(1) << static_cast<mp_bitcnt_t>(bits); }

// The group's answer as a reference Point (infinity when it says so).
Point point_of(bool ok, const Bytes& xy) { return ok ? ref::point_of(xy) : Point{}; }
Point point_of(const std::optional<detail::Point>& P) { return P ? ref::point_of(P->xy) : Point{}; }

void check_equal(const Point& a, const Point& b) {
  REQUIRE(a.infinity == b.infinity);
  if (!a.infinity) {
    CHECK(a.x == b.x);
    CHECK(a.y == b.y);
  }
}

std::vector<mpz_class> test_scalars(const mpz_class& n) {
  std::vector<mpz_class> ks = {1, 2, 3, 15, 16, 17, 255, 256, n - 1, n - 2, n - 16, n / 2, (n + 1) / 2};
  mpz_class top = 1;
  while (top * 16 < n) top *= 16;
  ks.push_back(top);      // a single non-zero top window
  ks.push_back(top - 1);  // all windows 0xf below the top
  mpz_class high = pow2(mpz_sizeinbase(n.get_mpz_t(), 2) - 1);
  ks.push_back(high);  // the top bit alone, and all ones below it
  ks.push_back(high - 1);
  for (int i = 0; i < 6; ++i) ks.push_back(1 + random_below(n - 1));
  return ks;
}

Scalar scalar(const CurveParams& cp, const mpz_class& v) {
  return Scalar(SecureBuffer(ref::to_bytes(v, cp.order_bin)));
}
mpz_class value(const Scalar& s) { return ref::from_bytes(s.bytes()); }

}  // namespace

TEST_SUITE("group (reference)") {

TEST_CASE("group: k*G matches the reference on every curve") {
  for (const auto& cp : all_curves()) {
    CAPTURE(cp.name);
    const ref::Curve& ref = ref::Curve::of(cp);
    const Group& group = Group::of(cp);
    CHECK(&Group::of(cp) == &group);  // one per curve
    CHECK(&group.curve() == &cp);
    for (const auto& k : test_scalars(ref.n)) {
      CAPTURE(k.get_str(16));
      Bytes out(2 * cp.elem_bin);
      bool ok = group.mul_base(ref::to_bytes(k, cp.order_bin), out);
      check_equal(point_of(ok, out), ref.mul_base(k));
    }
    Bytes out(2 * cp.elem_bin);
    CHECK_FALSE(group.mul_base(Bytes(cp.order_bin, 0), out));  // 0*G = infinity
  }
}

TEST_CASE("group: k*P matches the reference on every curve, P = G included") {
  for (const auto& cp : all_curves()) {
    CAPTURE(cp.name);
    const ref::Curve& ref = ref::Curve::of(cp);
    const Group& group = Group::of(cp);
    for (int round = 0; round < 3; ++round) {
      Point P = round == 0 ? ref.g : ref.mul_base(1 + random_below(ref.n - 1));
      for (const auto& k : test_scalars(ref.n)) {
        CAPTURE(k.get_str(16));
        Bytes out(2 * cp.elem_bin);
        bool ok = group.mul(ref::xy_of(cp, P), ref::to_bytes(k, cp.order_bin), out);
        check_equal(point_of(ok, out), ref.mul(P, k));
      }
      Bytes out(2 * cp.elem_bin);
      CHECK_FALSE(group.mul(ref::xy_of(cp, P), Bytes(cp.order_bin, 0), out));
    }
  }
}

TEST_CASE("group: u1*G + u2*Q matches the reference, including P = Q and P = -Q") {
  for (const auto& cp : all_curves()) {
    CAPTURE(cp.name);
    const ref::Curve& ref = ref::Curve::of(cp);
    const Group& group = Group::of(cp);
    auto run = [&](const mpz_class& u1, const mpz_class& u2, const Point& Q) {
      return point_of(group.mul_add_vartime(ref::to_bytes(u1, cp.order_bin), ref::to_bytes(u2, cp.order_bin),
                                            ref::xy_of(cp, Q)));
    };
    mpz_class q = 1 + random_below(ref.n - 1);
    Point Q = ref.mul_base(q);
    for (int i = 0; i < 4; ++i) {
      mpz_class u1 = random_below(ref.n), u2 = random_below(ref.n);
      check_equal(run(u1, u2, Q), ref.mul_add_vartime(u1, u2, Q));
    }
    // u1*G = u2*Q: the final addition is a doubling.
    mpz_class u2 = 1 + random_below(ref.n - 1);
    mpz_class u1 = (u2 * q) % ref.n;
    check_equal(run(u1, u2, Q), ref.mul_base((2 * u1) % ref.n));
    // u1*G = -u2*Q: the sum is infinity.
    CHECK(run((ref.n - u1) % ref.n, u2, Q).infinity);
    // One side zero, both zero.
    check_equal(run(0, u2, Q), ref.mul(Q, u2));
    check_equal(run(u1, 0, Q), ref.mul_base(u1));
    CHECK(run(0, 0, ref.g).infinity);
    // Q = G and Q = -G.
    Point G = ref.g;
    check_equal(run(1, 1, G), ref.add(G, G));
    check_equal(run(5, 7, G), ref.mul(G, 12));
    CHECK(run(1, 1, ref.neg(G)).infinity);
    check_equal(run(9, 4, ref.neg(G)), ref.mul(G, 5));
    CHECK(run(ref.n - 1, 1, G).infinity);
    check_equal(run(ref.n - 1, ref.n - 1, G), ref.neg(ref.add(G, G)));
  }
}

TEST_CASE("group: the x check of verification agrees with x(u1*G + u2*Q) mod n") {
  for (const auto& cp : all_curves()) {
    CAPTURE(cp.name);
    const ref::Curve& ref = ref::Curve::of(cp);
    const Group& group = Group::of(cp);
    auto check = [&](const mpz_class& u1, const mpz_class& u2, const Point& Q, const mpz_class& r) {
      return group.x_matches_vartime(ref::to_bytes(u1, cp.order_bin), ref::to_bytes(u2, cp.order_bin),
                                     ref::xy_of(cp, Q), ref::to_bytes(r, cp.order_bin));
    };
    Point Q = ref.mul_base(1 + random_below(ref.n - 1));
    for (int i = 0; i < 6; ++i) {
      mpz_class u1 = random_below(ref.n), u2 = random_below(ref.n);
      Point R = ref.mul_add_vartime(u1, u2, Q);
      REQUIRE(!R.infinity);
      mpz_class r = R.x % ref.n;
      CHECK(check(u1, u2, Q, r));
      CHECK_FALSE(check(u1, u2, Q, (r + 1) % ref.n));
      CHECK_FALSE(check(u1, u2, Q, (r + ref.n - 1) % ref.n));
    }
    // Infinity never matches, not even r = 0.
    CHECK_FALSE(check(ref.n - 1, 1, ref.g, 0));
  }
}

TEST_CASE("group: decompression matches the reference (residues, non-residues, both parities, v >= 2p)") {
  for (const auto& cp : all_curves()) {
    CAPTURE(cp.name);
    const ref::Curve& ref = ref::Curve::of(cp);
    const Group& group = Group::of(cp);
    auto check_v = [&](const mpz_class& v) {
      CAPTURE(v.get_str(16));
      auto got = group.decompress_vartime(ref::to_bytes(v, cp.pk_bin));
      auto expect = ref.decompress(v);
      REQUIRE(got.has_value() == expect.has_value());
      if (got) check_equal(ref::point_of(got->xy), *expect);
      return got.has_value();
    };
    int residues = 0, nonresidues = 0;
    for (int i = 0; i < 40 && (residues < 4 || nonresidues < 4); ++i) {
      mpz_class x = random_below(ref.p);
      bool square = ref.is_square(ref.rhs(x));
      (square ? residues : nonresidues)++;
      CHECK(check_v(x) == square);
      CHECK(check_v(x + ref.p) == square);  // "odd"
    }
    CHECK(residues > 0);
    CHECK(nonresidues > 0);
    // Edge abscissas, both parities: 0, 1, p-1 (v = p-1, p, 2p-1), G's.
    for (const mpz_class& x : {mpz_class(0), mpz_class(1), mpz_class(ref.p - 1), ref.g.x}) {
      check_v(x);
      check_v(x + ref.p);
    }
    CHECK(check_v(ref.g.x + (mpz_odd_p(ref.g.y.get_mpz_t()) ? ref.p : 0)));
    // v >= 2p is rejected, whatever x = v - 2p would give.
    mpz_class all_ones = pow2(8 * cp.pk_bin) - 1;
    for (const mpz_class& v : {mpz_class(2 * ref.p), mpz_class(2 * ref.p + ref.g.x), all_ones})
      if (v < pow2(8 * cp.pk_bin)) CHECK_FALSE(group.decompress_vartime(ref::to_bytes(v, cp.pk_bin)).has_value());
    // Longer inputs: leading zero bytes are harmless, anything else is >= 2p.
    Bytes g = ref::to_bytes(ref.compress(ref.g), cp.pk_bin + 9);
    auto longer = group.decompress_vartime(g);
    REQUIRE(longer.has_value());
    check_equal(ref::point_of(longer->xy), ref.g);
    g[0] = 1;
    CHECK_FALSE(group.decompress_vartime(g).has_value());
    // y = 0 with "odd" cannot be reached: these curves have prime order
    // n > 2, so no point of order 2 and no root of x^3 + ax + b.
    CHECK(mpz_odd_p(ref.n.get_mpz_t()));
  }
}

TEST_CASE("group: compression and on-curve checks match the reference") {
  for (const auto& cp : all_curves()) {
    CAPTURE(cp.name);
    const ref::Curve& ref = ref::Curve::of(cp);
    const Group& group = Group::of(cp);
    auto on_curve = [&](const mpz_class& x, const mpz_class& y) {
      bool got = group.on_curve_vartime(ref::to_bytes(x, cp.elem_bin), ref::to_bytes(y, cp.elem_bin));
      CHECK(got == ref.on_curve(Point{x, y, false}));
      return got;
    };
    for (int i = 0; i < 8; ++i) {
      Point P = i == 0 ? ref.g : ref.mul_base(1 + random_below(ref.n - 1));
      CHECK(group.compress(ref::xy_of(cp, P)) == ref::to_bytes(ref.compress(P), cp.pk_bin));
      Point minus = ref.neg(P);
      CHECK(group.compress(ref::xy_of(cp, minus)) == ref::to_bytes(ref.compress(minus), cp.pk_bin));
      CHECK(on_curve(P.x, P.y));
      CHECK(on_curve(P.x, minus.y));
      CHECK_FALSE(on_curve(P.x, ref.mod_p(P.y + 1)));
      CHECK_FALSE(on_curve(random_below(ref.p), random_below(ref.p)));
    }
    // Coordinates >= p are rejected, even where they are right mod p.
    CHECK_FALSE(on_curve(0, 0));
    CHECK_FALSE(on_curve(ref.p, ref.g.y));
    CHECK_FALSE(on_curve(ref.g.x, ref.p));
    mpz_class top = pow2(8 * cp.elem_bin) - 1;
    CHECK_FALSE(on_curve(top, ref.g.y));
    CHECK_FALSE(on_curve(ref.g.x, top));
    if (ref.g.x + ref.p <= top) CHECK_FALSE(on_curve(ref.g.x + ref.p, ref.g.y));
    if (ref.g.y + ref.p <= top) CHECK_FALSE(on_curve(ref.g.x, ref.g.y + ref.p));
  }
}

TEST_CASE("group: scalar arithmetic mod n matches plain integers") {
  for (const auto& cp : all_curves()) {
    CAPTURE(cp.name);
    const ref::Curve& ref = ref::Curve::of(cp);
    const Group& group = Group::of(cp);
    const mpz_class& n = ref.n;
    CHECK(ref::from_bytes(group.order()) == n);
    CHECK(group.order().size() == cp.order_bin);
    CHECK(group.order_bits() == mpz_sizeinbase(n.get_mpz_t(), 2));

    // int(v) mod n for any length; (v mod (n-1)) + 1 for order_bin bytes.
    std::vector<Bytes> inputs = {Bytes{}, Bytes{7}, Bytes(cp.order_bin, 0), Bytes(cp.order_bin, 0xff),
                                 Bytes(64, 0xff), Bytes(2 * cp.order_bin + 3, 0xff),
                                 ref::to_bytes(n - 1, cp.order_bin), ref::to_bytes(n - 2, cp.order_bin),
                                 ref::to_bytes(n, cp.order_bin + 1), ref::to_bytes(n * n, 2 * cp.order_bin)};
    for (std::size_t len : {std::size_t{1}, cp.order_bin, cp.elem_bin, std::size_t{64}, 3 * cp.order_bin})
      inputs.push_back(ref::to_bytes(random_below(pow2(8 * len)), len));
    for (const auto& v : inputs) {
      CAPTURE(v.size());
      mpz_class iv = ref::from_bytes(v);
      Scalar r = group.reduce(v);
      CHECK(r.bytes().size() == cp.order_bin);
      CHECK(value(r) == iv % n);
      if (v.size() <= cp.order_bin) {
        Scalar k = group.reduce_to_key_range(v);
        CHECK(k.bytes().size() == cp.order_bin);
        CHECK(value(k) == iv % (n - 1) + 1);
      }
    }

    std::vector<mpz_class> values = {0, 1, 2, n - 1, n - 2, (n + 1) / 2};
    for (int i = 0; i < 6; ++i) values.push_back(random_below(n));
    for (const auto& a : values) {
      CAPTURE(a.get_str(16));
      Scalar sa = scalar(cp, a);
      CHECK(group.is_zero_public(sa) == (a == 0));
      mpz_class inv;
      if (a != 0) mpz_invert(inv.get_mpz_t(), a.get_mpz_t(), n.get_mpz_t());
      CHECK(value(group.invert(sa)) == inv);
      CHECK(value(group.invert_vartime(sa)) == inv);
      for (const auto& b : {mpz_class(0), mpz_class(1), mpz_class(n - 1), random_below(n)}) {
        Scalar sb = scalar(cp, b);
        CHECK(value(group.add(sa, sb)) == (a + b) % n);
        CHECK(value(group.mul(sa, sb)) == (a * b) % n);
        // S = s*n + r, and back.
        Bytes S = group.pack_signature(sa, sb);
        CHECK(S.size() == cp.sig_bin);
        CHECK(ref::from_bytes(S) == a * n + b);
        auto back = group.unpack_signature_vartime(S);
        REQUIRE(back.has_value());
        CHECK(value(back->first) == a);
        CHECK(value(back->second) == b);
      }
    }
    // Unpacking: s >= n (S >= n^2) is refused; leading zero bytes are not.
    CHECK_FALSE(group.unpack_signature_vartime(ref::to_bytes(n * n, cp.sig_bin)).has_value());
    CHECK_FALSE(group.unpack_signature_vartime(Bytes(cp.sig_bin, 0xff)).has_value());
    CHECK(group.unpack_signature_vartime(ref::to_bytes(n * n - 1, cp.sig_bin)).has_value());
    auto longer = group.unpack_signature_vartime(ref::to_bytes(5 * n + 3, cp.sig_bin + 20));
    REQUIRE(longer.has_value());
    CHECK(value(longer->first) == 5);
    CHECK(value(longer->second) == 3);
    CHECK_FALSE(group.unpack_signature_vartime(ref::to_bytes(pow2(8 * cp.sig_bin), cp.sig_bin + 20)).has_value());
  }
}

}  // TEST_SUITE
