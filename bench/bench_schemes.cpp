// The schemes through the public API: ECDSA of a 64-byte hash, ECIES of a
// 12-byte message.
#include <benchmark/benchmark.h>

#include <stdexcept>

#include "seccure/curves.hpp"
#include "seccure/ecdsa.hpp"
#include "seccure/ecies.hpp"
#include "seccure/keys.hpp"

namespace {

using namespace seccure;

struct Keys {
  const CurveParams& curve;
  PrivateKey key;
  PublicKey pub;
  explicit Keys(const char* name)
      : curve(*curve_by_name(name)),
        key(PrivateKey::from_passphrase(curve, Bytes{'b', 'e', 'n', 'c', 'h'})),
        pub(key.public_key()) {}
};

Bytes hash_of(std::uint64_t i) {
  Bytes h(64, 0x42);
  for (int b = 0; b < 8; ++b) h[b] = static_cast<std::uint8_t>(i >> (8 * b));
  return h;
}

Bytes encrypt12(const PublicKey& pub) {
  Bytes msg{'h', 'e', 'l', 'l', 'o', ' ', 'w', 'o', 'r', 'l', 'd', '\n'};
  EciesEncryptor enc(pub, default_mac_bytes);
  Bytes out(enc.header().begin(), enc.header().end());
  enc.encrypt(msg);
  Bytes tag = enc.finish();
  out.insert(out.end(), msg.begin(), msg.end());
  out.insert(out.end(), tag.begin(), tag.end());
  return out;
}

void BM_ecdsa_sign(benchmark::State& state, const char* name) {
  Keys k(name);
  Bytes h = hash_of(0);
  std::uint64_t i = 0;
  for (auto _ : state) {
    h[0] = static_cast<std::uint8_t>(++i);
    benchmark::DoNotOptimize(ecdsa_sign_hash(k.key, h));
  }
}

void BM_ecdsa_verify(benchmark::State& state, const char* name) {
  Keys k(name);
  Bytes h = hash_of(7);
  Bytes sig = ecdsa_sign_hash(k.key, h);
  for (auto _ : state)
    if (!ecdsa_verify_hash(k.pub, h, sig)) state.SkipWithError("verification failed");
}

void BM_ecies_encrypt(benchmark::State& state, const char* name) {
  Keys k(name);
  for (auto _ : state) benchmark::DoNotOptimize(encrypt12(k.pub));
}

void BM_ecies_decrypt(benchmark::State& state, const char* name) {
  Keys k(name);
  Bytes ct = encrypt12(k.pub);
  ByteView header = ByteView(ct).first(k.curve.pk_bin), body = ByteView(ct).subspan(k.curve.pk_bin);
  Bytes plain;
  for (auto _ : state) {
    plain.clear();
    auto dec = EciesDecryptor::open(k.key, header, default_mac_bytes);
    dec->update(body, plain);
    if (dec->finish() != DecryptStatus::ok) state.SkipWithError("decryption failed");
    benchmark::DoNotOptimize(plain);
  }
}

#define SECCURE_SCHEME_BENCH(curve)                                                \
  BENCHMARK_CAPTURE(BM_ecdsa_sign, curve, #curve)->Unit(benchmark::kMicrosecond);   \
  BENCHMARK_CAPTURE(BM_ecdsa_verify, curve, #curve)->Unit(benchmark::kMicrosecond); \
  BENCHMARK_CAPTURE(BM_ecies_encrypt, curve, #curve)->Unit(benchmark::kMicrosecond); \
  BENCHMARK_CAPTURE(BM_ecies_decrypt, curve, #curve)->Unit(benchmark::kMicrosecond)

SECCURE_SCHEME_BENCH(p160);
SECCURE_SCHEME_BENCH(p256);
SECCURE_SCHEME_BENCH(p521);
SECCURE_SCHEME_BENCH(brainpoolp512r1);

}  // namespace
