// The field arithmetic under the curve group (src/ec/mont.hpp), on the prime
// of every curve with the reduction back-end the group picks for it, and on
// every order n (generic back-end), against plain GMP integers (the
// reference's arithmetic, tests/reference): products and squares in and out
// of Montgomery form, sums, differences, negation and the inversions, on
// edge values (0, 1, 2, m-1, m-2, 2^k - 1, 2^k, 2^k + 1 at every limb
// boundary and at the top bits) and random ones.
#include <doctest/doctest.h>

#include <random>
#include <utility>
#include <vector>

#include "ec/curve_table.hpp"
#include "ec/mont.hpp"
#include "reference/ref_ec.hpp"

using namespace seccure;
using namespace seccure::detail;

namespace {

std::mt19937_64 field_rng(20261202);

template <std::size_t N>
mpz_class to_mpz(const Limbs<N>& a) {
  mpz_class v;
  mpz_import(v.get_mpz_t(), N, -1, sizeof(limb), 0, 0, a.data());
  return v;
}

template <std::size_t N>
Limbs<N> from_mpz(const mpz_class& v) {
  Limbs<N> r{};
  mpz_export(r.data(), nullptr, -1, sizeof(limb), 0, 0, v.get_mpz_t());
  return r;
}

std::vector<mpz_class> edge_values(const mpz_class& m) {
  std::vector<mpz_class> v = {0, 1, 2, 3, m - 1, m - 2, m - 3, (m - 1) / 2, (m + 1) / 2};
  std::size_t bits = mpz_sizeinbase(m.get_mpz_t(), 2);
  for (std::size_t k = 1; k < bits; ++k) {
    if (k % 64 > 1 && k % 64 < 63 && k + 2 < bits && k % 32 != 0) continue;  // limb and half-limb edges, the top
    mpz_class pk = mpz_class(1) << static_cast<mp_bitcnt_t>(k);
    for (const mpz_class& x : std::vector<mpz_class>{pk - 1, pk, pk + 1, m - pk})
      if (x >= 0 && x < m) v.push_back(x);
  }
  gmp_randclass r(gmp_randinit_default);
  r.seed(field_rng());
  for (int i = 0; i < 24; ++i) v.push_back(r.get_z_range(m));
  return v;
}

template <std::size_t N, PrimeShape S>
void check_field(const std::string_view hex) {
  const mpz_class m(std::string(hex), 16);
  MontField<N, S> f(from_mpz<N>(m));
  const mpz_class R = mpz_class(1) << static_cast<mp_bitcnt_t>(64 * N);
  mpz_class r_inv;
  mpz_invert(r_inv.get_mpz_t(), R.get_mpz_t(), m.get_mpz_t());
  const bool prime = mpz_probab_prime_p(m.get_mpz_t(), 30) != 0;
  const auto values = edge_values(m);
  using Fe = Limbs<N>;
  for (const mpz_class& a : values) {
    Fe am, t;
    f.to_mont(am, from_mpz<N>(a));
    CHECK(to_mpz(am) == a * R % m);
    f.from_mont(t, am);
    CHECK(to_mpz(t) == a);
    f.sqr(t, from_mpz<N>(a));  // a^2 / R: the reduction on raw values
    CHECK(to_mpz(t) == a * a * r_inv % m);
    f.neg(t, am);
    CHECK(to_mpz(t) == (m - a * R % m) % m);
    if (prime) {
      f.invert_vartime(t, am);
      f.from_mont(t, t);
      mpz_class inv = 0;
      if (a != 0) mpz_invert(inv.get_mpz_t(), a.get_mpz_t(), m.get_mpz_t());
      CHECK(to_mpz(t) == inv);
      f.invert_blinded(t, am);
      f.from_mont(t, t);
      CHECK(to_mpz(t) == inv);
    }
    for (std::size_t j = 0; j < values.size(); j += 3) {
      const mpz_class& b = values[j];
      Fe bm, u;
      f.to_mont(bm, from_mpz<N>(b));
      f.mul(u, from_mpz<N>(a), from_mpz<N>(b));  // a*b / R
      CHECK(to_mpz(u) == a * b * r_inv % m);
      f.mul(u, am, bm);
      f.from_mont(u, u);
      CHECK(to_mpz(u) == a * b % m);
      f.add(u, from_mpz<N>(a), from_mpz<N>(b));
      CHECK(to_mpz(u) == (a + b) % m);
      f.sub(u, from_mpz<N>(a), from_mpz<N>(b));
      CHECK(to_mpz(u) == ((a - b) % m + m) % m);
    }
  }
}

template <std::size_t I>
void check_curve() {
  constexpr const CurveParams& cp = curve_table[I];
  constexpr std::size_t n = limbs_for_bits(cp.bits);
  constexpr PrimeShape shape = shape_of_prime(cp.p);
  CAPTURE(cp.name);
  check_field<n, shape>(cp.p);
  check_field<(cp.order_bin + 7) / 8, PrimeShape::generic>(cp.n);
  if constexpr (shape != PrimeShape::generic) check_field<n, PrimeShape::generic>(cp.p);  // both back-ends
}

template <std::size_t... I>
void check_all(std::index_sequence<I...>) {
  (check_curve<I>(), ...);
}

}  // namespace

TEST_CASE("field: every prime and order, each back-end, matches plain integers") {
  static_assert(shape_of_prime(curve_table[4].p) == PrimeShape::p224);
  static_assert(shape_of_prime(curve_table[5].p) == PrimeShape::p256);
  static_assert(shape_of_prime(curve_table[7].p) == PrimeShape::p521);
  check_all(std::make_index_sequence<curve_table.size()>{});
}

TEST_CASE("field: a back-end refuses a prime of another shape") {
  CHECK_THROWS_AS((MontField<4, PrimeShape::p256>(limbs_from_hex<4>(curve_table[12].p))), std::logic_error);
}
