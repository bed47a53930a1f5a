// Curves (FORMAT.md §1) and the arithmetic engine (src/ec.hpp), checked against an
// independent affine implementation written here with plain GMP.
#include "seccure/curves.hpp"

#include "ec/ec.hpp"
#include "vectors.hpp"

using namespace seccure;
using detail::Curve;
using detail::Point;

namespace {

// --- independent reference arithmetic (affine, textbook formulas) ----------

struct Ref {
  mpz_class p, a, b, n, gx, gy;
  explicit Ref(const CurveParams& c)
      : p(tv::mpz_hex(c.p)), a(tv::mpz_hex(c.a)), b(tv::mpz_hex(c.b)), n(tv::mpz_hex(c.n)),
        gx(tv::mpz_hex(c.gx)), gy(tv::mpz_hex(c.gy)) {}

  mpz_class md(const mpz_class& v) const {
    mpz_class r;
    mpz_mod(r.get_mpz_t(), v.get_mpz_t(), p.get_mpz_t());
    return r;
  }
  mpz_class inv(const mpz_class& v) const {
    mpz_class r;
    REQUIRE(mpz_invert(r.get_mpz_t(), v.get_mpz_t(), p.get_mpz_t()) != 0);
    return r;
  }
  Point G() const { return Point{gx, gy, false}; }
  bool on(const Point& P) const { return !P.infinity && md(P.y * P.y) == md(P.x * P.x * P.x + a * P.x + b); }
  Point neg(const Point& P) const { return P.infinity ? P : Point{P.x, md(-P.y), false}; }
  Point add(const Point& P, const Point& Q) const {
    if (P.infinity) return Q;
    if (Q.infinity) return P;
    mpz_class l;
    if (P.x == Q.x) {
      if (md(P.y + Q.y) == 0) return Point{};
      l = md((3 * P.x * P.x + a) * inv(2 * P.y));
    } else {
      l = md((Q.y - P.y) * inv(md(Q.x - P.x)));
    }
    mpz_class x = md(l * l - P.x - Q.x);
    mpz_class y = md(l * (P.x - x) - P.y);
    return Point{x, y, false};
  }
  Point mul(const Point& P, const mpz_class& k) const {  // right-to-left
    Point R, A = P;
    for (std::size_t i = 0; i < mpz_sizeinbase(k.get_mpz_t(), 2); ++i) {
      if (mpz_tstbit(k.get_mpz_t(), i)) R = add(R, A);
      A = add(A, A);
    }
    return R;
  }
  // y^2 value at x, and whether it is a square (Euler's criterion).
  mpz_class rhs(const mpz_class& x) const { return md(x * x * x + a * x + b); }
  bool is_square(const mpz_class& v) const {
    if (v == 0) return true;
    mpz_class e = (p - 1) / 2, r;
    mpz_powm(r.get_mpz_t(), v.get_mpz_t(), e.get_mpz_t(), p.get_mpz_t());
    return r == 1;
  }
};

bool same(const Point& P, const Point& Q) {
  if (P.infinity || Q.infinity) return P.infinity == Q.infinity;
  return P.x == Q.x && P.y == Q.y;
}

std::string show(const Point& P) {
  if (P.infinity) return "infinity";
  return "(" + P.x.get_str(16) + ", " + P.y.get_str(16) + ")";
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
    Ref r(c);
    CHECK(mpz_sizeinbase(r.p.get_mpz_t(), 2) == c.bits);
    CHECK(mpz_probab_prime_p(r.p.get_mpz_t(), 30) > 0);
    CHECK(mpz_probab_prime_p(r.n.get_mpz_t(), 30) > 0);
    // |p + 1 - n| <= 2 sqrt(p) (so with n prime and > 4 sqrt(p), the cofactor is 1)
    mpz_class t = r.p + 1 - r.n;
    CHECK(t * t <= 4 * r.p);
    CHECK(r.a < r.p);
    CHECK(r.b < r.p);
    // nonsingular: 4a^3 + 27b^2 != 0 mod p
    CHECK(r.md(4 * r.a * r.a * r.a + 27 * r.b * r.b) != 0);
    CHECK(r.on(r.G()));
    CHECK(r.mul(r.G(), r.n).infinity);  // by the independent arithmetic
  }
}

TEST_CASE("every length of FORMAT.md §1.1 re-derived from p and n") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    Ref r(c);
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

TEST_CASE("the engine's parameters are the curve's") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    Ref r(c);
    const Curve& e = Curve::of(c);
    CHECK(&e.params == &c);
    CHECK(e.p == r.p);
    CHECK(e.a == r.a);
    CHECK(e.b == r.b);
    CHECK(e.n == r.n);
    CHECK(same(e.g, r.G()));
    CHECK(&Curve::of(c) == &e);  // one engine per curve
  }
}

TEST_CASE("scalar multiplication: G on the curve, n*G, (n-1)*G, 1, 2, n-2, random k") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    Ref r(c);
    const Curve& e = Curve::of(c);
    Point G = r.G();
    CHECK(e.on_curve(e.g));
    CHECK_FALSE(e.on_curve(Point{}));
    CHECK_FALSE(e.on_curve(Point{r.gx, r.md(r.gy + 1), false}));
    CHECK_FALSE(e.on_curve(Point{r.gx + r.p, r.gy, false}));

    CHECK(e.mul(G, r.n).infinity);
    CHECK(e.mul(G, 0).infinity);
    CHECK(same(e.mul(G, 1), G));
    Point twoG = r.add(G, G);  // independent affine doubling
    CHECK(same(e.mul(G, 2), twoG));
    CHECK(same(e.mul_base(2), twoG));
    CHECK(same(e.mul(G, 3), r.add(twoG, G)));
    CHECK(same(e.mul(G, r.n - 1), r.neg(G)));
    CHECK(same(e.mul(G, r.n - 2), r.neg(twoG)));
    for (int i = 0; i < 3; ++i) {
      mpz_class k = random_below(r.n);
      CAPTURE(k.get_str(16));
      Point expect = r.mul(G, k);
      Point got = e.mul_base(k);
      CHECK_MESSAGE(same(got, expect), show(got) << " vs " << show(expect));
      CHECK(e.on_curve(got));
      // on another base point
      mpz_class j = random_below(r.n);
      Point Q = r.mul(G, j);
      CHECK(same(e.mul(Q, k), r.mul(Q, k)));
      CHECK(e.mul(Q, r.n).infinity);
    }
  }
}

TEST_CASE("mul_add_vartime equals u1*G + u2*Q, including the degenerate sums") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    Ref r(c);
    const Curve& e = Curve::of(c);
    Point G = r.G();
    for (int i = 0; i < 3; ++i) {
      mpz_class u1 = random_below(r.n), u2 = random_below(r.n), j = random_below(r.n - 1) + 1;
      Point Q = r.mul(G, j);
      CHECK(same(e.mul_add_vartime(u1, u2, Q), r.add(r.mul(G, u1), r.mul(Q, u2))));
      CHECK(same(e.mul_add_vartime(0, u2, Q), r.mul(Q, u2)));
      CHECK(same(e.mul_add_vartime(u1, 0, Q), r.mul(G, u1)));
    }
    CHECK(e.mul_add_vartime(0, 0, G).infinity);
    // Q = G: G + Q needs a doubling
    CHECK(same(e.mul_add_vartime(1, 1, G), r.add(G, G)));
    CHECK(same(e.mul_add_vartime(5, 7, G), r.mul(G, 12)));
    // Q = -G: G + Q is infinity
    CHECK(e.mul_add_vartime(1, 1, r.neg(G)).infinity);
    CHECK(e.mul_add_vartime(9, 9, r.neg(G)).infinity);
    CHECK(same(e.mul_add_vartime(9, 4, r.neg(G)), r.mul(G, 5)));
    CHECK(e.mul_add_vartime(r.n - 1, 1, G).infinity);
  }
}

TEST_CASE("compress / decompress round trip for random points") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    Ref r(c);
    const Curve& e = Curve::of(c);
    for (int i = 0; i < 8; ++i) {
      Point P = r.mul(r.G(), random_below(r.n - 1) + 1);
      mpz_class v = e.compress(P);
      bool odd = mpz_odd_p(P.y.get_mpz_t());
      CHECK(v == (odd ? P.x + r.p : P.x));  // FORMAT.md §2
      auto back = e.decompress_vartime(v);
      REQUIRE(back.has_value());
      CHECK(same(*back, P));
      // the other parity gives the negated point
      auto other = e.decompress_vartime(odd ? P.x : P.x + r.p);
      REQUIRE(other.has_value());
      CHECK(same(*other, r.neg(P)));
    }
    auto g = e.decompress_vartime(e.compress(e.g));
    REQUIRE(g.has_value());
    CHECK(same(*g, r.G()));
  }
}

TEST_CASE("decompress: random x, residues and non-residues; v >= 2p rejected") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    Ref r(c);
    const Curve& e = Curve::of(c);
    int residues = 0, nonresidues = 0;
    for (int i = 0; i < 40 && (residues < 4 || nonresidues < 4); ++i) {
      mpz_class x = random_below(r.p);
      CAPTURE(x.get_str(16));
      if (r.is_square(r.rhs(x))) {
        ++residues;
        auto even = e.decompress_vartime(x);
        auto odd = e.decompress_vartime(x + r.p);
        REQUIRE(even.has_value());
        REQUIRE(odd.has_value());
        CHECK(r.on(*even));
        CHECK(r.on(*odd));
        CHECK(even->x == x);
        CHECK(odd->x == x);
        CHECK(mpz_even_p(even->y.get_mpz_t()));
        CHECK(mpz_odd_p(odd->y.get_mpz_t()));
      } else {
        ++nonresidues;
        CHECK_FALSE(e.decompress_vartime(x).has_value());
        CHECK_FALSE(e.decompress_vartime(x + r.p).has_value());
      }
    }
    CHECK(residues > 0);
    CHECK(nonresidues > 0);
    CHECK_FALSE(e.decompress_vartime(2 * r.p).has_value());
    CHECK_FALSE(e.decompress_vartime(2 * r.p + r.gx).has_value());
    CHECK_FALSE(e.decompress_vartime(3 * r.p + r.gx).has_value());
    CHECK_FALSE(e.decompress_vartime(4 * r.p * r.p).has_value());
    CHECK_FALSE(e.decompress_vartime(mpz_class(-1)).has_value());
    // the largest valid input, 2p-1, is x = p-1 with odd y: valid iff a residue
    CHECK(e.decompress_vartime(2 * r.p - 1).has_value() == r.is_square(r.rhs(r.p - 1)));
  }
}

TEST_CASE("byte conversions of the engine") {
  CHECK(detail::from_bytes(tv::Bytes{}) == 0);
  CHECK(detail::from_bytes(tv::Bytes{0, 1, 0}) == 256);
  CHECK(detail::to_bytes(mpz_class(258), 4) == tv::Bytes{0, 0, 1, 2});
  CHECK(detail::to_bytes(mpz_class(0), 2) == tv::Bytes{0, 0});
  CHECK_THROWS(detail::to_bytes(mpz_class(256), 1));
}

TEST_CASE("curve_by_name takes the first full name containing the fragment") {
  auto name_of = [](std::string_view f) -> std::string_view {
    auto c = curve_by_name(f);
    return c ? c->name : "(null)";
  };
  CHECK(name_of("p160") == "secp160r1");
  CHECK(name_of("r1") == "secp112r1");
  CHECK(name_of("nistp256") == "secp256r1/nistp256");
  CHECK(name_of("secp256r1/nistp256") == "secp256r1/nistp256");
  CHECK(name_of("p256") == "secp256r1/nistp256");
  CHECK(name_of("brainpoolp160") == "brainpoolp160r1");
  CHECK(name_of("brainpoolp160r1") == "brainpoolp160r1");
  CHECK(name_of("p512") == "brainpoolp512r1");
  CHECK(name_of("521") == "secp521r1/nistp521");
  CHECK(name_of("/") == "secp192r1/nistp192");
  CHECK(name_of("") == "secp112r1");
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

// --- the constant-time engine (src/engine/engine.hpp) used by the schemes ---

#include "ec/engine.hpp"

namespace {

tv::Bytes xy_of(const Point& P, std::size_t elem) {
  tv::Bytes out = tv::bytes_of(P.x, elem);
  tv::Bytes y = tv::bytes_of(P.y, elem);
  out.insert(out.end(), y.begin(), y.end());
  return out;
}

// Runs an engine call writing x || y; returns the point (infinity if false).
template <class F>
Point engine_point(const CurveParams& c, F&& call) {
  tv::Bytes out(2 * c.elem_bin, 0xa5);
  bool finite = call(std::span<std::uint8_t>(out));
  if (!finite) return Point{};
  return Point{tv::mpz_of(seccure::ByteView(out).first(c.elem_bin)),
               tv::mpz_of(seccure::ByteView(out).subspan(c.elem_bin)), false};
}

}  // namespace

TEST_SUITE("engine (independent reference)") {

TEST_CASE("Engine::mul_base and mul against the independent arithmetic, edge scalars included") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    Ref r(c);
    const detail::Engine& e = detail::Engine::of(c);
    Point G = r.G();
    std::vector<mpz_class> ks = {1, 2, 3, 15, 16, 17, 255, 256, r.n - 1, r.n - 2, r.n - 16, (r.n - 1) / 2, (r.n + 1) / 2};
    mpz_class top;  // all-ones scalars below n
    mpz_ui_pow_ui(top.get_mpz_t(), 2, mpz_sizeinbase(r.n.get_mpz_t(), 2) - 1);
    ks.push_back(top - 1);
    ks.push_back(top);
    for (int i = 0; i < 6; ++i) ks.push_back(random_below(r.n - 1) + 1);
    mpz_class j = random_below(r.n - 1) + 1;
    Point Q = r.mul(G, j);
    tv::Bytes q_xy = xy_of(Q, c.elem_bin);
    for (const auto& k : ks) {
      CAPTURE(k.get_str(16));
      tv::Bytes kb = tv::bytes_of(k, c.order_bin);
      Point got = engine_point(c, [&](std::span<std::uint8_t> o) { return e.mul_base(kb, o); });
      Point expect = r.mul(G, k);
      CHECK_MESSAGE(same(got, expect), show(got) << " vs " << show(expect));
      Point got2 = engine_point(c, [&](std::span<std::uint8_t> o) { return e.mul(q_xy, kb, o); });
      Point expect2 = r.mul(Q, k);
      CHECK_MESSAGE(same(got2, expect2), show(got2) << " vs " << show(expect2));
      // P = G through the variable-base path
      tv::Bytes g_xy = xy_of(G, c.elem_bin);
      Point got3 = engine_point(c, [&](std::span<std::uint8_t> o) { return e.mul(g_xy, kb, o); });
      CHECK(same(got3, expect));
    }
    tv::Bytes zero(c.order_bin, 0);
    CHECK(engine_point(c, [&](std::span<std::uint8_t> o) { return e.mul_base(zero, o); }).infinity);
    CHECK(engine_point(c, [&](std::span<std::uint8_t> o) { return e.mul(q_xy, zero, o); }).infinity);
  }
}

TEST_CASE("Engine::mul_add_vartime against the independent arithmetic") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    Ref r(c);
    const detail::Engine& e = detail::Engine::of(c);
    Point G = r.G();
    auto run = [&](const mpz_class& u1, const mpz_class& u2, const Point& Q) {
      tv::Bytes a = tv::bytes_of(u1, c.order_bin), b = tv::bytes_of(u2, c.order_bin), q = xy_of(Q, c.elem_bin);
      return engine_point(c, [&](std::span<std::uint8_t> o) { return e.mul_add_vartime(a, b, q, o); });
    };
    for (int i = 0; i < 4; ++i) {
      mpz_class u1 = random_below(r.n), u2 = random_below(r.n), j = random_below(r.n - 1) + 1;
      Point Q = r.mul(G, j);
      CHECK(same(run(u1, u2, Q), r.add(r.mul(G, u1), r.mul(Q, u2))));
      CHECK(same(run(0, u2, Q), r.mul(Q, u2)));
      CHECK(same(run(u1, 0, Q), r.mul(G, u1)));
      // u1*G = -(u2*Q): the sum is infinity
      CHECK(run((r.n - (u2 * j) % r.n) % r.n, u2, Q).infinity);
    }
    CHECK(run(0, 0, G).infinity);
    CHECK(same(run(1, 1, G), r.add(G, G)));
    CHECK(same(run(5, 7, G), r.mul(G, 12)));
    CHECK(run(1, 1, r.neg(G)).infinity);
    CHECK(same(run(9, 4, r.neg(G)), r.mul(G, 5)));
    CHECK(run(r.n - 1, 1, G).infinity);
    CHECK(same(run(r.n - 1, r.n - 1, G), r.neg(r.add(G, G))));
  }
}

TEST_CASE("Engine scalar helpers: reduce_to_key_range and ecdsa_s") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    Ref r(c);
    const detail::Engine& e = detail::Engine::of(c);
    std::vector<tv::Bytes> inputs = {tv::Bytes(c.order_bin, 0), tv::Bytes(c.order_bin, 0xff),
                                     tv::bytes_of(r.n - 1, c.order_bin), tv::bytes_of(r.n - 2, c.order_bin),
                                     tv::bytes_of(r.n, c.order_bin)};
    if (tv::blen(2 * r.n - 2) <= c.order_bin) inputs.push_back(tv::bytes_of(2 * r.n - 2, c.order_bin));
    for (int i = 0; i < 10; ++i) inputs.push_back(tv::random_bytes(c.order_bin));
    for (const auto& v : inputs) {
      CAPTURE(tv::hex(v));
      tv::Bytes out(c.order_bin, 0xa5);
      e.reduce_to_key_range(v, out);
      CHECK(tv::mpz_of(out) == tv::mpz_of(v) % (r.n - 1) + 1);
    }
    for (int i = 0; i < 10; ++i) {
      mpz_class k = random_below(r.n - 1) + 1, d = random_below(r.n - 1) + 1, rr = random_below(r.n - 1) + 1;
      tv::Bytes h = tv::random_bytes(64);
      if (i == 0) h = tv::Bytes(64, 0xff);
      mpz_class ki;
      mpz_invert(ki.get_mpz_t(), k.get_mpz_t(), r.n.get_mpz_t());
      mpz_class expect = (ki * ((tv::mpz_of(h) % r.n + d * rr) % r.n)) % r.n;
      tv::Bytes s(c.order_bin, 0xa5);
      bool nonzero = e.ecdsa_s(tv::bytes_of(k, c.order_bin), tv::bytes_of(d, c.order_bin), h,
                               tv::bytes_of(rr, c.order_bin), s);
      CHECK(nonzero == (expect != 0));
      if (nonzero) CHECK(tv::mpz_of(s) == expect);
    }
    // s = 0 exactly when e + d*r = 0 mod n
    {
      tv::Bytes h = tv::random_bytes(64);
      mpz_class d = 1, rr = (r.n - tv::mpz_of(h) % r.n) % r.n;  // e + d*r = 0 mod n
      REQUIRE(rr != 0);
      tv::Bytes s(c.order_bin, 0xa5);
      CHECK_FALSE(e.ecdsa_s(tv::bytes_of(mpz_class(7), c.order_bin), tv::bytes_of(d, c.order_bin), h,
                            tv::bytes_of(rr, c.order_bin), s));
    }
  }
}

}  // TEST_SUITE
