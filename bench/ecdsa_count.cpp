// A fixed amount of work for instruction counts, which unlike timings do not
// depend on the load of the machine: N signatures, then N verifications of
// the last one, on one curve, through the public API.
//   valgrind --tool=callgrind build/bin/ecdsa_count p256 50
//   callgrind_annotate --inclusive=yes callgrind.out.* | grep ecdsa_
// (instructions per operation: the inclusive counts of ecdsa_sign_hash and
// ecdsa_verify_hash divided by N; BENCHMARKS.md, "Before and after issue 16").
#include <array>
#include <cstdio>
#include <cstdlib>

#include "seccure/curves.hpp"
#include "seccure/ecdsa.hpp"
#include "seccure/keys.hpp"

int main(int argc, char** argv) {
  const seccure::CurveParams* curve = argc == 3 ? seccure::curve_by_name(argv[1]) : nullptr;
  int n = argc == 3 ? std::atoi(argv[2]) : 0;
  if (!curve || n <= 0) {
    std::fprintf(stderr, "usage: ecdsa_count CURVE N\n");
    return 2;
  }
  const std::array<std::uint8_t, 8> pass{1, 2, 3, 4, 5, 6, 7, 8};
  seccure::PrivateKey key = seccure::PrivateKey::from_passphrase(*curve, pass);
  seccure::PublicKey pub = key.public_key();
  std::array<std::uint8_t, 64> hash{};
  seccure::Bytes sig;
  for (int i = 0; i < n; ++i) {
    hash[0] = static_cast<std::uint8_t>(i);
    hash[1] = static_cast<std::uint8_t>(i >> 8);
    sig = seccure::ecdsa_sign_hash(key, hash);
  }
  int good = 0;
  for (int i = 0; i < n; ++i) good += seccure::ecdsa_verify_hash(pub, hash, sig);
  if (good != n) {
    std::fprintf(stderr, "ecdsa_count: a verification failed\n");
    return 1;
  }
  return 0;
}
