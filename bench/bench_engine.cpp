// The curve engine (src/engine/engine.hpp): fixed-base, variable-base and
// double (verification) scalar multiplication.
#include <benchmark/benchmark.h>

#include "ec/engine.hpp"
#include "seccure/curves.hpp"
#include "seccure/keys.hpp"

namespace {

using namespace seccure;
using namespace seccure::detail;

struct Operands {
  const CurveParams& curve;
  const Engine& engine;
  PrivateKey k1, k2;  // scalars in [1, n-1]
  PublicKey q;
  Bytes out;

  explicit Operands(const char* name)
      : curve(*curve_by_name(name)),
        engine(Engine::of(curve)),
        k1(PrivateKey::random(curve)),
        k2(PrivateKey::random(curve)),
        q(PrivateKey::random(curve).public_key()),
        out(2 * curve.elem_bin) {}
};

void BM_mul_base(benchmark::State& state, const char* name) {
  Operands o(name);
  for (auto _ : state) {
    benchmark::DoNotOptimize(o.engine.mul_base(o.k1.scalar(), o.out));
    benchmark::ClobberMemory();
  }
}

void BM_mul(benchmark::State& state, const char* name) {
  Operands o(name);
  for (auto _ : state) {
    benchmark::DoNotOptimize(o.engine.mul(o.q.xy(), o.k1.scalar(), o.out));
    benchmark::ClobberMemory();
  }
}

void BM_mul_add_vartime(benchmark::State& state, const char* name) {
  Operands o(name);
  for (auto _ : state) {
    benchmark::DoNotOptimize(o.engine.mul_add_vartime(o.k1.scalar(), o.k2.scalar(), o.q.xy(), o.out));
    benchmark::ClobberMemory();
  }
}

#define SECCURE_ENGINE_BENCH(curve)                                                  \
  BENCHMARK_CAPTURE(BM_mul_base, curve, #curve)->Unit(benchmark::kMicrosecond);      \
  BENCHMARK_CAPTURE(BM_mul, curve, #curve)->Unit(benchmark::kMicrosecond);           \
  BENCHMARK_CAPTURE(BM_mul_add_vartime, curve, #curve)->Unit(benchmark::kMicrosecond)

SECCURE_ENGINE_BENCH(p160);
SECCURE_ENGINE_BENCH(p256);
SECCURE_ENGINE_BENCH(p521);
SECCURE_ENGINE_BENCH(brainpoolp512r1);

}  // namespace
