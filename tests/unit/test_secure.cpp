// Secure memory under load: libgcrypt's locked pool holds every hash, HMAC
// and cipher context, so many live streams at once must not exhaust it
// (with a fixed 16 KiB pool the 21st EciesEncryptor failed).
#include <doctest/doctest.h>

#include <deque>
#include <optional>

#include "base/primitives.hpp"
#include "seccure/curves.hpp"
#include "seccure/ecdsa.hpp"
#include "seccure/ecies.hpp"
#include "seccure/secure.hpp"

#include <gmpxx.h>

using namespace seccure;

TEST_CASE("hundreds of concurrent streams do not exhaust libgcrypt's secure memory") {
  constexpr int count = 200;
  const CurveParams& c = *curve_by_name("p256");
  PrivateKey d = PrivateKey::random(c);
  PublicKey q = d.public_key();

  // Deques: the objects must not move while the others are created.
  std::deque<EciesEncryptor> enc;
  std::deque<Signer> signers;
  std::deque<Digest> macs;
  for (int i = 0; i < count; ++i) {
    enc.emplace_back(q, max_mac_bytes);
    signers.emplace_back(d);
    Bytes key(32, static_cast<std::uint8_t>(i));
    macs.emplace_back(Digest::Kind::hmac_sha256, key);
  }
  REQUIRE(enc.size() == count);

  std::deque<std::optional<EciesDecryptor>> dec;
  for (auto& e : enc) dec.push_back(EciesDecryptor::open(d, e.header(), max_mac_bytes));

  // All of them used, interleaved, while every one is alive.
  std::vector<Bytes> cts(count), plains(count);
  for (int i = 0; i < count; ++i) {
    Bytes m(100 + i, static_cast<std::uint8_t>(i));
    signers[i].update(m);
    macs[i].update(m);
    enc[i].encrypt(m);  // in place
    cts[i] = m;
  }
  for (int i = 0; i < count; ++i) {
    Bytes tag = enc[i].finish();
    cts[i].insert(cts[i].end(), tag.begin(), tag.end());
    REQUIRE(dec[i]);
    dec[i]->update(cts[i], plains[i]);
  }
  for (int i = 0; i < count; ++i) {
    CHECK(dec[i]->finish() == DecryptStatus::ok);
    CHECK(plains[i] == Bytes(100 + i, static_cast<std::uint8_t>(i)));
    Bytes sig = signers[i].finish();
    Verifier v(q);
    v.update(Bytes(100 + i, static_cast<std::uint8_t>(i)));
    CHECK(v.finish(sig));
    CHECK(macs[i].finish().size() == 32);
  }
}

// FORMAT.md §5.1: the curves whose nonces are visibly biased, and the
// statistical distance recomputed exactly as the table there does.
TEST_CASE("nonces_biased: secp112r1 and the brainpool curves, as FORMAT.md §5.1 computes") {
  int biased = 0;
  for (const CurveParams& c : all_curves()) {
    mpz_class n(std::string(c.n), 16), N, t;
    mpz_ui_pow_ui(N.get_mpz_t(), 256, c.order_bin);
    mpz_class m = n - 1;
    mpz_mod(t.get_mpz_t(), N.get_mpz_t(), m.get_mpz_t());
    mpf_class distance = mpf_class(t * (m - t)) / mpf_class(N * m);
    bool far = distance > mpf_class(1.0 / (1 << 20));
    bool named = c.name == "secp112r1" || c.name.starts_with("brainpool");
    INFO(c.name);
    CHECK(nonces_biased(c) == far);
    CHECK(nonces_biased(c) == named);
    biased += nonces_biased(c);
  }
  CHECK(biased == 8);
}
