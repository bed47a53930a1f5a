// Generated and protected passphrases (include/seccure/passphrase.hpp).
#include <doctest/doctest.h>

#include <sodium.h>

#include <set>
#include <string>

#include "keys/keys.hpp"  // PassphraseHasher, generated_passphrase_length
#include "seccure/curves.hpp"
#include "seccure/keys.hpp"
#include "seccure/passphrase.hpp"

using namespace seccure;

namespace {

std::string text(const SecureBuffer& b) { return std::string(reinterpret_cast<const char*>(b.data()), b.size()); }
ByteView bytes(std::string_view s) { return ByteView(reinterpret_cast<const std::uint8_t*>(s.data()), s.size()); }

// The cheapest cost libsodium allows: these tests check the format, not
// the cost.
constexpr PasswordCost cheap{1, 8192};

}  // namespace

TEST_CASE("generated passphrases: prefix, base 32, as many bits as the order, never a public key") {
  for (const CurveParams& c : all_curves()) {
    CAPTURE(c.name);
    SecureBuffer p = generate_passphrase(c);
    std::string s = text(p);
    CHECK(s.starts_with(generated_passphrase_prefix));
    const std::size_t digits = s.size() - generated_passphrase_prefix.size();
    CHECK(digits == (8 * c.order_bin + 4) / 5);
    CHECK(s.substr(generated_passphrase_prefix.size()).find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") ==
          std::string::npos);
    CHECK(is_generated_passphrase(s));
    CHECK_FALSE(is_protected_passphrase(s));
    // No curve has public keys of this length, and none begins so.
    CHECK(curve_by_pk_compact_length(s.size()) == nullptr);
  }
}

TEST_CASE("generated passphrases differ and use every digit") {
  std::set<std::string> seen;
  std::set<char> digits;
  for (int i = 0; i < 64; ++i) {
    std::string s = text(generate_passphrase(*curve_by_name("secp160r1")));
    seen.insert(s);
    for (char ch : s.substr(generated_passphrase_prefix.size(), 33)) digits.insert(ch);
  }
  CHECK(seen.size() == 64);
  // 64 * 33 uniform digits miss one of the 32 with probability below 2^-90.
  CHECK(digits.size() == 32);
}

TEST_CASE("the form checks reject near misses") {
  CHECK_FALSE(is_generated_passphrase("SECCURE-SECRET-KEY-"));
  CHECK_FALSE(is_generated_passphrase("SECCURE-SECRET-KEY-abc"));
  CHECK_FALSE(is_generated_passphrase("seccure is secure"));
  CHECK_FALSE(is_generated_passphrase("2@DupCaCKykHBe-QHpAP%d%B["));
  CHECK_FALSE(is_protected_passphrase("SECCURE-PROTECTED-KEY-1-a=b"));
}

TEST_CASE("protect and unprotect: round trip, wrong password, tampering, malformed texts") {
  const std::string passphrase = "SECCURE-SECRET-KEY-ABCDEFGHIJ234567";
  const std::string sealed = protect_passphrase(bytes(passphrase), bytes("pw"), cheap);
  CHECK(is_protected_passphrase(sealed));
  CHECK(sealed.find(passphrase.substr(19)) == std::string::npos);

  auto opened = unprotect_passphrase(sealed, bytes("pw"));
  REQUIRE(std::holds_alternative<SecureBuffer>(opened));
  CHECK(text(std::get<SecureBuffer>(opened)) == passphrase);

  // Fresh salt and nonce each time.
  CHECK(protect_passphrase(bytes(passphrase), bytes("pw"), cheap) != sealed);

  auto wrong = unprotect_passphrase(sealed, bytes("pW"));
  REQUIRE(std::holds_alternative<UnprotectError>(wrong));
  CHECK(std::get<UnprotectError>(wrong) == UnprotectError::wrong_password);

  // Every position after the prefix: a changed character is never accepted
  // (changed cost fields or version read as malformed, the rest as wrong).
  const std::size_t start = protected_passphrase_prefix.size();
  for (std::size_t i = start; i < sealed.size(); ++i) {
    std::string t = sealed;
    t[i] = t[i] == 'A' ? 'B' : 'A';
    auto r = unprotect_passphrase(t, bytes("pw"));
    CAPTURE(i);
    CHECK(std::holds_alternative<UnprotectError>(r));
  }
  CHECK(std::get<UnprotectError>(unprotect_passphrase(sealed.substr(0, sealed.size() - 1), bytes("pw"))) !=
        UnprotectError::out_of_memory);
  CHECK(std::get<UnprotectError>(unprotect_passphrase("SECCURE-PROTECTED-KEY-1-AAAA", bytes("pw"))) ==
        UnprotectError::malformed);
  CHECK(std::get<UnprotectError>(unprotect_passphrase("seccure is secure", bytes("pw"))) == UnprotectError::malformed);
}

TEST_CASE("protect refuses costs beyond the limits; the default is libsodium's moderate") {
  CHECK_THROWS(protect_passphrase(bytes("x"), bytes("pw"), {max_password_ops + 1, 8192}));
  CHECK_THROWS(protect_passphrase(bytes("x"), bytes("pw"), {1, max_password_mem + 1024}));
  CHECK(default_password_cost().ops == 3);
  CHECK(default_password_cost().mem_bytes == std::size_t{256} << 20);
}

TEST_CASE("format 2 binds the curve and public key; format 1 opens whatever the binding") {
  const std::string passphrase = "SECCURE-SECRET-KEY-ABCDEFGHIJ234567";
  const CurveParams& p256 = *curve_by_name("p256");
  const CurveParams& bp256 = *curve_by_name("brainpoolp256r1");
  const std::string bound = protected_binding(p256, "KEY");
  const std::string sealed = protect_passphrase(bytes(passphrase), bytes("pw"), cheap, bound);
  CHECK(protected_passphrase_version(sealed) == 2);
  CHECK(protected_passphrase_version("seccure is secure") == 0);
  CHECK(std::holds_alternative<SecureBuffer>(unprotect_passphrase(sealed, bytes("pw"), bound)));
  for (const std::string& other : {protected_binding(bp256, "KEY"), protected_binding(p256, "KEY2"), std::string()})
    CHECK(std::get<UnprotectError>(unprotect_passphrase(sealed, bytes("pw"), other)) ==
          UnprotectError::wrong_password);

  // A version 1 text, sealed here with libsodium directly: the associated
  // data is the fields alone (version, ops, memory in KiB, salt).
  std::uint8_t fields[25] = {1, 0, 0, 0, 1, 0, 0, 0, 8};
  for (int i = 9; i < 25; ++i) fields[i] = static_cast<std::uint8_t>(i);
  std::uint8_t nonce[24] = {7};
  std::uint8_t key[32];
  REQUIRE(crypto_pwhash(key, sizeof key, "pw", 2, fields + 9, 1, 8192, crypto_pwhash_ALG_ARGON2ID13) == 0);
  Bytes sealed1(sizeof fields + sizeof nonce + passphrase.size() + 16);
  std::copy(std::begin(fields), std::end(fields), sealed1.begin());
  std::copy(std::begin(nonce), std::end(nonce), sealed1.begin() + 25);
  unsigned long long clen = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(&sealed1[49], &clen, bytes(passphrase).data(), passphrase.size(),
                                             fields, sizeof fields, nullptr, nonce, key);
  std::string b64(sodium_base64_encoded_len(sealed1.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(b64.data(), b64.size(), sealed1.data(), sealed1.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  const std::string v1 = std::string(protected_passphrase_prefix) + b64.c_str();
  CHECK(protected_passphrase_version(v1) == 1);
  for (const std::string& any : {bound, std::string()}) {
    auto opened = unprotect_passphrase(v1, bytes("pw"), any);
    REQUIRE(std::holds_alternative<SecureBuffer>(opened));
    CHECK(text(std::get<SecureBuffer>(opened)) == passphrase);
  }
}

TEST_CASE("PassphraseHasher tells the lines that are not passphrases (FORMAT.md §9.2)") {
  auto form_of = [](std::string_view line) {
    PassphraseHasher h;
    h.feed(bytes(line));
    return std::pair{h.form(), h.length()};
  };
  CHECK(form_of("seccure is secure\n").first == PassphraseForm::ordinary);
  CHECK(form_of("# seccure public key\n# curve: secp256r1\n").first == PassphraseForm::comment);
  CHECK(form_of("\r#x").first == PassphraseForm::comment);  // carriage returns do not count
  CHECK(form_of(" #x").first == PassphraseForm::ordinary);
  CHECK(form_of("The public key is: 2@DupCaCKykHBe-QHpAP%d%B[").first == PassphraseForm::key_label);
  CHECK(form_of("SECCURE-PROTECTED-KEY-9-anything").first == PassphraseForm::sealed);
  CHECK(form_of("SECCURE-SECRET-KEY-AAAA\r\n").first == PassphraseForm::generated);
  CHECK(form_of("SECCURE-SECRET-KEY-AAAA\r\n").second == 23);
  CHECK(form_of("SECCURE-").first == PassphraseForm::ordinary);
  for (const auto& c : all_curves()) {
    SecureBuffer p = generate_passphrase(c);
    CHECK(p.size() == generated_passphrase_length(c));
    CHECK(form_of(std::string_view(reinterpret_cast<const char*>(p.data()), p.size())).first ==
          PassphraseForm::generated);
  }
}
