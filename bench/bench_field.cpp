// Montgomery field arithmetic (src/ec/mont.hpp) modulo the P-256 prime
// (4 limbs) and the P-521 prime (9 limbs).
#include <benchmark/benchmark.h>

#include <string>

#include "ec/mont.hpp"
#include "seccure/curves.hpp"

namespace {

using namespace seccure;
using namespace seccure::detail;

template <std::size_t N>
struct Fixture {
  MontField<N> f;
  typename MontField<N>::Fe a{}, b{};

  explicit Fixture(const char* curve) : f(limbs_from_hex<N>(curve_by_name(curve)->p)) {
    // Arbitrary operands below the modulus, in Montgomery form.
    typename MontField<N>::Fe x{}, y{};
    for (std::size_t i = 0; i < N; ++i) {
      x[i] = 0x9e3779b97f4a7c15ULL * (i + 1);
      y[i] = 0xc2b2ae3d27d4eb4fULL * (i + 3);
    }
    x[N - 1] &= f.modulus()[N - 1] >> 1;
    y[N - 1] &= f.modulus()[N - 1] >> 1;
    f.to_mont(a, x);
    f.to_mont(b, y);
  }
};

template <std::size_t N>
void BM_mul(benchmark::State& state, const char* curve) {
  Fixture<N> fx(curve);
  auto r = fx.a;
  for (auto _ : state) {
    fx.f.mul(r, r, fx.b);  // dependent chain: measures latency
    benchmark::DoNotOptimize(r);
  }
}

template <std::size_t N>
void BM_sqr(benchmark::State& state, const char* curve) {
  Fixture<N> fx(curve);
  auto r = fx.a;
  for (auto _ : state) {
    fx.f.sqr(r, r);
    benchmark::DoNotOptimize(r);
  }
}

template <std::size_t N>
void BM_add(benchmark::State& state, const char* curve) {
  Fixture<N> fx(curve);
  auto r = fx.a;
  for (auto _ : state) {
    fx.f.add(r, r, fx.b);
    benchmark::DoNotOptimize(r);
  }
}

template <std::size_t N>
void BM_sub(benchmark::State& state, const char* curve) {
  Fixture<N> fx(curve);
  auto r = fx.a;
  for (auto _ : state) {
    fx.f.sub(r, r, fx.b);
    benchmark::DoNotOptimize(r);
  }
}

template <std::size_t N>
void BM_invert(benchmark::State& state, const char* curve) {
  Fixture<N> fx(curve);
  auto r = fx.a;
  for (auto _ : state) {
    fx.f.invert(r, r);
    benchmark::DoNotOptimize(r);
  }
}

template <std::size_t N>
int register_field(const char* curve) {
  auto name = [curve](const char* op) { return std::string("BM_field_") + op + "/" + curve; };
  benchmark::RegisterBenchmark(name("mul").c_str(), BM_mul<N>, curve);
  benchmark::RegisterBenchmark(name("sqr").c_str(), BM_sqr<N>, curve);
  benchmark::RegisterBenchmark(name("add").c_str(), BM_add<N>, curve);
  benchmark::RegisterBenchmark(name("sub").c_str(), BM_sub<N>, curve);
  benchmark::RegisterBenchmark(name("invert").c_str(), BM_invert<N>, curve)->Unit(benchmark::kMicrosecond);
  return 0;
}

// MontField<4> with the P-256 prime, MontField<9> with the P-521 prime.
const int registered_p256 = register_field<4>("p256");
const int registered_p521 = register_field<9>("p521");

}  // namespace
