// Constant-time check (the "ctgrind" technique): run under valgrind memcheck
// with every secret byte marked undefined; memcheck then reports any
// conditional jump or memory index that depends on a secret. Covers key
// derivation and validation (from_scalar), signing (nonce included),
// encryption (ephemeral scalar included), decryption, Diffie-Hellman and
// signcryption on every curve.
// Outputs that are public by design are declassified where the library
// says so (src/ct.hpp); this program declassifies only what it checks.
#include <valgrind/memcheck.h>

#include <cstdio>
#include <cstring>

#include "base/ct.hpp"
#include "reference/ref_ec.hpp"
#include "seccure/dh.hpp"
#include "seccure/ecdsa.hpp"
#include "seccure/ecies.hpp"
#include "seccure/signcrypt.hpp"

using namespace seccure;

namespace {

void secret(const void* p, std::size_t n) { VALGRIND_MAKE_MEM_UNDEFINED(p, n); }
void reveal(const void* p, std::size_t n) { VALGRIND_MAKE_MEM_DEFINED(p, n); }

int failures = 0;
void expect(bool ok, const char* what, std::string_view curve) {
  if (!ok) {
    std::fprintf(stderr, "ctgrind: %s failed on %.*s\n", what, static_cast<int>(curve.size()), curve.data());
    ++failures;
  }
}

void run_curve(const CurveParams& cp) {
  // Key derivation from a secret passphrase.
  SecureBuffer pass(ByteView(reinterpret_cast<const std::uint8_t*>("correct horse battery staple"), 28));
  secret(pass.data(), pass.size());
  PrivateKey alice = PrivateKey::from_passphrase(cp, pass.view());
  PublicKey alice_pub = alice.public_key();
  SecureBuffer pass2(ByteView(reinterpret_cast<const std::uint8_t*>("another secret"), 14));
  secret(pass2.data(), pass2.size());
  PrivateKey bob = PrivateKey::from_passphrase(cp, pass2.view());
  PublicKey bob_pub = bob.public_key();

  // A given secret scalar, checked against n: only the verdict is public.
  expect(PrivateKey::from_scalar(cp, alice.scalar()).has_value(), "from_scalar", cp.name);

  // Signing a public message with a secret key (the nonce stream included).
  const std::uint8_t message[] = "a public message";
  Signer signer(alice);
  signer.update(ByteView(message, sizeof message));
  Bytes sig = signer.finish();
  reveal(sig.data(), sig.size());  // a published signature
  Verifier verifier(alice_pub);
  verifier.update(ByteView(message, sizeof message));
  expect(verifier.finish(sig), "sign/verify", cp.name);

  // Encryption of a secret plaintext (ephemeral scalar from the CSPRNG).
  SecureBuffer plain(ByteView(reinterpret_cast<const std::uint8_t*>("the secret plaintext"), 20));
  SecureBuffer work(plain.view());
  secret(work.data(), work.size());
  EciesEncryptor enc(bob_pub, 10);
  enc.encrypt(work.span());
  Bytes tag = enc.finish();
  Bytes ciphertext(enc.header().begin(), enc.header().end());
  reveal(work.data(), work.size());  // ciphertext and tag are sent
  reveal(tag.data(), tag.size());
  ciphertext.insert(ciphertext.end(), work.data(), work.data() + work.size());
  ciphertext.insert(ciphertext.end(), tag.begin(), tag.end());

  // Decryption with a secret key.
  auto dec = EciesDecryptor::open(bob, ByteView(ciphertext).first(cp.pk_bin), 10);
  expect(dec.has_value(), "decrypt header", cp.name);
  if (dec) {
    Bytes out;
    dec->update(ByteView(ciphertext).subspan(cp.pk_bin), out);
    expect(dec->finish() == DecryptStatus::ok, "decrypt MAC", cp.name);
    reveal(out.data(), out.size());
    expect(out.size() == plain.size() && std::memcmp(out.data(), plain.data(), out.size()) == 0, "decrypt",
           cp.name);
  }

  // Diffie-Hellman with a fresh secret scalar.
  DiffieHellman dh1(cp), dh2(cp);
  auto k1 = dh1.complete(*PublicKey::from_compact(cp, dh2.public_key()));
  auto k2 = dh2.complete(*PublicKey::from_compact(cp, dh1.public_key()));
  expect(k1 && k2, "dh", cp.name);
  if (k1 && k2) {
    for (auto* s : {&k1->established, &k1->verification, &k2->established, &k2->verification})
      reveal(s->data(), s->size());
    expect(k1->established == k2->established && k1->verification == k2->verification, "dh agreement", cp.name);
  }

  // Signcryption of a secret plaintext with a secret signing key.
  SecureBuffer work2(plain.view());
  secret(work2.data(), work2.size());
  SigncryptEncryptor sc(alice, bob_pub);
  sc.encrypt(work2.span());
  Bytes esig = sc.finish();
  reveal(work2.data(), work2.size());
  reveal(esig.data(), esig.size());
  Bytes sct(sc.header().begin(), sc.header().end());
  sct.insert(sct.end(), work2.data(), work2.data() + work2.size());
  sct.insert(sct.end(), esig.begin(), esig.end());
  // Checking the result: verification is variable time by design and not
  // under test here, so the recipient's key is declassified first.
  reveal(bob.scalar().data(), bob.scalar().size());
  detail::ctgrind_active = false;  // no fresh secrets (blinding factors) during the check
  auto vd = VeridecDecryptor::open(bob, alice_pub, ByteView(sct).first(cp.pk_bin));
  expect(vd.has_value(), "veridec header", cp.name);
  if (vd) {
    Bytes out;
    reveal(sct.data(), sct.size());
    vd->update(ByteView(sct).subspan(cp.pk_bin), out);
    auto status = vd->finish();
    reveal(&status, sizeof status);
    expect(status == DecryptStatus::ok, "signcrypt/veridec", cp.name);
  }
  detail::ctgrind_active = true;
}

}  // namespace

// The harness must be able to fail: the reference arithmetic of the tests
// (plain GMP integers, double-and-add) branches on the scalar, and memcheck
// must say so.
int canary() {
  const CurveParams& cp = all_curves()[2];
  const ref::Curve& curve = ref::Curve::of(cp);
  mpz_class k("123456789abcdef0123456789abcdef", 16);
  secret(k.get_mpz_t()->_mp_d, sizeof(mp_limb_t) * static_cast<std::size_t>(k.get_mpz_t()->_mp_size));
  ref::Point P = curve.mul(curve.g, k);
  reveal(&P, sizeof P);
  return 0;
}

int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "--canary") == 0) return canary();
  if (!RUNNING_ON_VALGRIND) {
    std::fprintf(stderr, "ctgrind: must run under valgrind memcheck (it would check nothing natively)\n");
    return 2;
  }
  detail::ctgrind_active = true;
  for (const auto& cp : all_curves()) run_curve(cp);
  std::printf("ctgrind: %zu curves, %d failures\n", all_curves().size(), failures);
  return failures ? 1 : 0;
}
