// The curve group (src/ec/group.hpp): fixed-base, variable-base and double
// (verification) scalar multiplication, point decompression.
#include <benchmark/benchmark.h>

#include "ec/group.hpp"
#include "seccure/curves.hpp"
#include "seccure/keys.hpp"

namespace {

using namespace seccure;
using namespace seccure::detail;

struct Operands {
  const CurveParams& curve;
  const Group& group;
  PrivateKey k1, k2;  // scalars in [1, n-1]
  PublicKey q;
  Bytes out;

  explicit Operands(const char* name)
      : curve(*curve_by_name(name)),
        group(Group::of(curve)),
        k1(PrivateKey::random(curve)),
        k2(PrivateKey::random(curve)),
        q(PrivateKey::random(curve).public_key()),
        out(2 * curve.elem_bin) {}
};

void BM_mul_base(benchmark::State& state, const char* name) {
  Operands o(name);
  for (auto _ : state) {
    benchmark::DoNotOptimize(o.group.mul_base(o.k1.scalar(), o.out));
    benchmark::ClobberMemory();
  }
}

void BM_mul(benchmark::State& state, const char* name) {
  Operands o(name);
  for (auto _ : state) {
    benchmark::DoNotOptimize(o.group.mul(o.q.xy(), o.k1.scalar(), o.out));
    benchmark::ClobberMemory();
  }
}

void BM_mul_add_vartime(benchmark::State& state, const char* name) {
  Operands o(name);
  for (auto _ : state) {
    benchmark::DoNotOptimize(o.group.mul_add_vartime(o.k1.scalar(), o.k2.scalar(), o.q.xy()));
    benchmark::ClobberMemory();
  }
}

void BM_decompress_vartime(benchmark::State& state, const char* name) {
  Operands o(name);
  Bytes v = o.q.to_binary();
  for (auto _ : state) {
    benchmark::DoNotOptimize(o.group.decompress_vartime(v));
    benchmark::ClobberMemory();
  }
}

#define SECCURE_ENGINE_BENCH(curve)                                                  \
  BENCHMARK_CAPTURE(BM_mul_base, curve, #curve)->Unit(benchmark::kMicrosecond);      \
  BENCHMARK_CAPTURE(BM_mul, curve, #curve)->Unit(benchmark::kMicrosecond);           \
  BENCHMARK_CAPTURE(BM_mul_add_vartime, curve, #curve)->Unit(benchmark::kMicrosecond); \
  BENCHMARK_CAPTURE(BM_decompress_vartime, curve, #curve)->Unit(benchmark::kMicrosecond)

SECCURE_ENGINE_BENCH(p160);
SECCURE_ENGINE_BENCH(p256);
SECCURE_ENGINE_BENCH(p224);
SECCURE_ENGINE_BENCH(p521);
SECCURE_ENGINE_BENCH(brainpoolp512r1);

}  // namespace
