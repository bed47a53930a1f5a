// Curves (FORMAT.md §1), and the reference arithmetic of the tests
// (tests/reference/ref_ec.hpp) checked against itself: its Jacobian
// multiplication against its affine additions. test_group.cpp checks the
// library's group against it.
#include "seccure/curves.hpp"

#include "reference/ref_ec.hpp"
#include "vectors.hpp"

using namespace seccure;
using ref::Point;

namespace {

bool same(const Point& P, const Point& Q) {
  if (P.infinity || Q.infinity) return P.infinity == Q.infinity;
  return P.x == Q.x && P.y == Q.y;
}

mpz_class random_below(const mpz_class& n) {
  tv::Bytes b = tv::random_bytes(tv::blen(n) + 8);
  mpz_class v = tv::mpz_of(b);
  mpz_class r;
  mpz_mod(r.get_mpz_t(), v.get_mpz_t(), n.get_mpz_t());
  return r;
}

// Expected table of FORMAT.md §1 (names and bits, in this order).
struct Named {
  const char* name;
  unsigned bits;
};
constexpr Named spec_order[15] = {
    {"secp112r1", 112},          {"secp128r1", 128},          {"secp160r1", 160},
    {"secp192r1/nistp192", 192}, {"secp224r1/nistp224", 224}, {"secp256r1/nistp256", 256},
    {"secp384r1/nistp384", 384}, {"secp521r1/nistp521", 521}, {"brainpoolp160r1", 160},
    {"brainpoolp192r1", 192},    {"brainpoolp224r1", 224},    {"brainpoolp256r1", 256},
    {"brainpoolp320r1", 320},    {"brainpoolp384r1", 384},    {"brainpoolp512r1", 512},
};

}  // namespace

TEST_SUITE("curves") {

TEST_CASE("fifteen curves in seccure's order") {
  auto all = all_curves();
  REQUIRE(all.size() == 15);
  for (std::size_t i = 0; i < 15; ++i) {
    CHECK(all[i].name == spec_order[i].name);
    CHECK(all[i].bits == spec_order[i].bits);
  }
}

TEST_CASE("domain parameters are sane: p, n prime, bits(p), Hasse bound, cofactor 1, G on the curve") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    const ref::Curve& r = ref::Curve::of(c);
    CHECK(mpz_sizeinbase(r.p.get_mpz_t(), 2) == c.bits);
    CHECK(mpz_probab_prime_p(r.p.get_mpz_t(), 30) > 0);
    CHECK(mpz_probab_prime_p(r.n.get_mpz_t(), 30) > 0);
    // |p + 1 - n| <= 2 sqrt(p) (so with n prime and > 4 sqrt(p), the cofactor is 1)
    mpz_class t = r.p + 1 - r.n;
    CHECK(t * t <= 4 * r.p);
    CHECK(r.a < r.p);
    CHECK(r.b < r.p);
    // nonsingular: 4a^3 + 27b^2 != 0 mod p
    CHECK(r.mod_p(4 * r.a * r.a * r.a + 27 * r.b * r.b) != 0);
    CHECK(r.on_curve(r.g));
    CHECK(r.mul(r.g, r.n).infinity);
  }
}

TEST_CASE("every length of FORMAT.md §1.1 re-derived from p and n") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    const ref::Curve& r = ref::Curve::of(c);
    CHECK(c.pk_bin == tv::blen(2 * r.p - 1));
    CHECK(c.pk_compact == tv::clen(2 * r.p - 1));
    CHECK(c.sig_bin == tv::blen(r.n * r.n - 1));
    CHECK(c.sig_compact == tv::clen(r.n * r.n - 1));
    CHECK(c.elem_bin == tv::blen(r.p));
    CHECK(c.order_bin == tv::blen(r.n));
    std::size_t dh = std::min<std::size_t>((mpz_sizeinbase(r.n.get_mpz_t(), 2) / 2 + 7) / 8, 32);
    CHECK(c.dh_bin == dh);
    mpz_class top;
    mpz_ui_pow_ui(top.get_mpz_t(), 2, 8 * dh);
    CHECK(c.dh_compact == tv::clen(top - 1));
  }
}

TEST_CASE("the reference's parameters are the curve's") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    const ref::Curve& r = ref::Curve::of(c);
    CHECK(&r.params == &c);
    CHECK(r.p == tv::mpz_hex(c.p));
    CHECK(r.a == tv::mpz_hex(c.a));
    CHECK(r.b == tv::mpz_hex(c.b));
    CHECK(r.n == tv::mpz_hex(c.n));
    CHECK(same(r.g, Point{tv::mpz_hex(c.gx), tv::mpz_hex(c.gy), false}));
    CHECK(&ref::Curve::of(c) == &r);  // one per curve
  }
}

TEST_CASE("reference: Jacobian multiplication against affine additions; n*G, (n-1)*G, 1, 2, n-2, random k") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    const ref::Curve& r = ref::Curve::of(c);
    const Point& G = r.g;
    CHECK_FALSE(r.on_curve(Point{}));
    CHECK_FALSE(r.on_curve(Point{r.g.x, r.mod_p(r.g.y + 1), false}));
    CHECK_FALSE(r.on_curve(Point{r.g.x + r.p, r.g.y, false}));
    CHECK(r.mul(G, 0).infinity);
    CHECK(same(r.mul(G, 1), G));
    Point twoG = r.add(G, G);
    CHECK(r.on_curve(twoG));
    CHECK(same(r.mul(G, 2), twoG));
    CHECK(same(r.mul(G, 3), r.add(twoG, G)));
    CHECK(same(r.mul(G, r.n - 1), r.neg(G)));
    CHECK(same(r.mul(G, r.n - 2), r.neg(twoG)));
    CHECK(r.add(G, r.neg(G)).infinity);
    for (int i = 0; i < 3; ++i) {
      mpz_class k = random_below(r.n - 2) + 1, j = random_below(r.n - 1) + 1;
      CAPTURE(k.get_str(16));
      Point kG = r.mul(G, k);
      CHECK(r.on_curve(kG));
      CHECK(same(r.mul(G, k + 1), r.add(kG, G)));
      Point Q = r.mul(G, j);
      CHECK(same(r.mul(Q, k), r.mul(G, (k * j) % r.n)));
      CHECK(r.mul(Q, r.n).infinity);
      CHECK(same(r.mul_add_vartime(k, j, Q), r.add(kG, r.mul(Q, j))));
    }
    CHECK(same(r.mul_add_vartime(5, 7, G), r.mul(G, 12)));
    CHECK(r.mul_add_vartime(9, 9, r.neg(G)).infinity);
  }
}

TEST_CASE("reference: compression and decompression (FORMAT.md §2)") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    const ref::Curve& r = ref::Curve::of(c);
    for (int i = 0; i < 4; ++i) {
      Point P = r.mul(r.g, random_below(r.n - 1) + 1);
      bool odd = mpz_odd_p(P.y.get_mpz_t());
      CHECK(r.compress(P) == (odd ? P.x + r.p : P.x));
      auto back = r.decompress(r.compress(P));
      REQUIRE(back.has_value());
      CHECK(same(*back, P));
      auto other = r.decompress(odd ? P.x : P.x + r.p);
      REQUIRE(other.has_value());
      CHECK(same(*other, r.neg(P)));
    }
    CHECK_FALSE(r.decompress(2 * r.p).has_value());
    CHECK_FALSE(r.decompress(mpz_class(-1)).has_value());
  }
}

TEST_CASE("byte conversions of the reference") {
  CHECK(ref::from_bytes(tv::Bytes{}) == 0);
  CHECK(ref::from_bytes(tv::Bytes{0, 1, 0}) == 256);
  CHECK(ref::to_bytes(mpz_class(258), 4) == tv::Bytes{0, 0, 1, 2});
  CHECK(ref::to_bytes(mpz_class(0), 2) == tv::Bytes{0, 0});
  CHECK_THROWS(ref::to_bytes(mpz_class(256), 1));
}

TEST_CASE("curve_by_name takes the first full name containing the fragment, if it names its size") {
  auto name_of = [](std::string_view f) -> std::string_view {
    auto c = curve_by_name(f);
    return c ? c->name : "(null)";
  };
  CHECK(name_of("p160") == "secp160r1");
  CHECK(name_of("nistp256") == "secp256r1/nistp256");
  CHECK(name_of("secp256r1/nistp256") == "secp256r1/nistp256");
  CHECK(name_of("p256") == "secp256r1/nistp256");
  CHECK(name_of("brainpoolp160") == "brainpoolp160r1");
  CHECK(name_of("brainpoolp160r1") == "brainpoolp160r1");
  CHECK(name_of("p512") == "brainpoolp512r1");
  CHECK(name_of("521") == "secp521r1/nistp521");
  CHECK(name_of("112") == "secp112r1");
  CHECK(name_of("p384r1") == "secp384r1/nistp384");
  // Fragments the original took for the first match, often secp112r1, are
  // refused: shorter than 3 characters, or without the selected curve's size
  // (FORMAT.md §1.2, §9).
  for (std::string_view f : {"", "p", "1", "r1", "12", "p5", "p3", "51", "/", "secp", "nist", "nistp", "brainpool",
                             "secp1", "p16", "brainpoolp"})
    CHECK_MESSAGE(name_of(f) == "(null)", f);
  CHECK(name_of("xyz") == "(null)");
  CHECK(name_of("P160") == "(null)");  // case-sensitive
  CHECK(name_of("secp160r1 ") == "(null)");
  CHECK(name_of(default_curve_name) == "secp160r1");
  // every full name selects its own curve
  for (const auto& c : all_curves()) CHECK(curve_by_name(c.name) == &c);
}

TEST_CASE("curve_by_pk_compact_length takes the first curve with that key length") {
  auto all = all_curves();
  auto name_of = [](std::size_t len) -> std::string_view {
    auto c = curve_by_pk_compact_length(len);
    return c ? c->name : "(null)";
  };
  CHECK(name_of(18) == "secp112r1");
  CHECK(name_of(20) == "secp128r1");
  CHECK(name_of(25) == "secp160r1");  // not brainpoolp160r1
  CHECK(name_of(30) == "secp192r1/nistp192");
  CHECK(name_of(35) == "secp224r1/nistp224");
  CHECK(name_of(40) == "secp256r1/nistp256");
  CHECK(name_of(60) == "secp384r1/nistp384");
  CHECK(name_of(81) == "secp521r1/nistp521");
  CHECK(name_of(50) == "brainpoolp320r1");
  CHECK(name_of(79) == "brainpoolp512r1");
  for (std::size_t len : {0, 1, 17, 19, 24, 26, 45, 80, 82, 1000}) CHECK(name_of(len) == "(null)");
  // in general: the first curve in table order
  for (std::size_t len = 0; len < 100; ++len) {
    const CurveParams* first = nullptr;
    for (const auto& c : all)
      if (c.pk_compact == len) {
        first = &c;
        break;
      }
    CHECK(curve_by_pk_compact_length(len) == first);
  }
}

}  // TEST_SUITE
