// Signatures (FORMAT.md §5): deterministic signing reproduces the original's
// signatures byte for byte; verification; the signature encodings.
#include "seccure/ecdsa.hpp"

#include <map>

#include "base/primitives.hpp"
#include "keys/keys.hpp"
#include "seccure/encoding.hpp"
#include "fixtures.hpp"

using namespace seccure;
using tv::Bytes;

namespace {

Bytes sign(const PrivateKey& d, const Bytes& msg) {
  Signer s(d);
  s.update(msg);
  return s.finish();
}

bool verify(const PublicKey& q, const Bytes& msg, ByteView sig) {
  Verifier v(q);
  v.update(msg);
  return v.finish(sig);
}

Bytes sig_value(const mpz_class& s, const mpz_class& r, const mpz_class& n, std::size_t len) {
  return tv::bytes_of(s * n + r, len);
}

}  // namespace

TEST_SUITE("ecdsa") {

TEST_CASE("every line of signatures.txt: sign reproduces it, verify accepts it, tampering is caught") {
  auto rows = tv::read_table("signatures.txt", 6, 150);
  for (const auto& row : rows) {
    const CurveParams& c = tv::curve_named(row[0]);
    CAPTURE(row[0]);
    CAPTURE(row[1]);
    CAPTURE(row[3]);
    PrivateKey d = tv::key_of_raw(c, tv::unhex(row[1]));
    PublicKey q = d.public_key();
    CHECK(q.to_compact() == row[2]);
    auto q_file = PublicKey::from_compact(c, row[2]);
    REQUIRE(q_file.has_value());
    const Bytes& msg = tv::cached_message(row[3]);
    const std::string& sig_compact = row[4];
    Bytes sig_bin = tv::unhex(row[5]);
    REQUIRE(sig_bin.size() == c.sig_bin);
    REQUIRE(sig_compact.size() == c.sig_compact);
    // the two columns are the same integer (independently)
    CHECK(tv::value_of_compact(sig_compact) == tv::mpz_of(sig_bin));

    Bytes sig = sign(d, msg);
    CHECK(tv::hex(sig) == row[5]);
    CHECK(signature_to_compact(c, sig) == sig_compact);
    CHECK(ecdsa_sign_hash(d, sha512(msg).view()) == sig);

    // parse both forms
    auto pc = parse_compact_signature(c, sig_compact);
    REQUIRE(std::holds_alternative<Bytes>(pc));
    CHECK(tv::mpz_of(std::get<Bytes>(pc)) == tv::mpz_of(sig_bin));
    auto pb = parse_binary_signature(c, sig_bin);
    REQUIRE(std::holds_alternative<Bytes>(pb));
    CHECK(std::get<Bytes>(pb) == sig_bin);

    CHECK(verify(*q_file, msg, sig_bin));
    CHECK(verify(*q_file, msg, std::get<Bytes>(pc)));
    CHECK(ecdsa_verify_hash(*q_file, sha512(msg).view(), sig_bin));

    // a flipped message bit
    Bytes m2 = msg;
    if (m2.empty())
      m2.push_back(0);
    else
      m2[tv::uniform(0, m2.size() - 1)] ^= static_cast<std::uint8_t>(1u << tv::uniform(0, 7));
    CHECK_FALSE(verify(*q_file, m2, sig_bin));
    // a flipped signature bit
    Bytes s2 = sig_bin;
    s2[tv::uniform(0, s2.size() - 1)] ^= static_cast<std::uint8_t>(1u << tv::uniform(0, 7));
    CHECK_FALSE(verify(*q_file, msg, s2));
  }
}

TEST_CASE("signing is deterministic; incremental Signer/Verifier equal one-shot") {
  Bytes big = tv::cached_message("big64k");
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    PrivateKey d = PrivateKey::random(c);
    PublicKey q = d.public_key();
    Bytes msg(big.begin(), big.begin() + static_cast<std::ptrdiff_t>(tv::uniform(0, 5000)));
    Bytes one_shot = sign(d, msg);
    CHECK(one_shot.size() == c.sig_bin);
    CHECK(sign(d, msg) == one_shot);
    for (int mode = 0; mode < 3; ++mode) {
      Signer s(d);
      Verifier v(q);
      std::size_t at = 0;
      for (std::size_t n : tv::chunking(msg.size(), mode)) {
        ByteView part = ByteView(msg).subspan(at, n);
        s.update(part);
        v.update(part);
        at += n;
      }
      CHECK(s.finish() == one_shot);
      CHECK(v.finish(one_shot));
    }
    // verify under another key fails
    CHECK_FALSE(verify(PrivateKey::random(c).public_key(), msg, one_shot));
  }
}

TEST_CASE("parse_compact_signature / parse_binary_signature errors") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    std::string ok(c.sig_compact, '#');
    CHECK(std::holds_alternative<Bytes>(parse_compact_signature(c, ok)));
    auto err = [&](const SignatureParse& r) {
      return std::holds_alternative<SignatureParseError>(r) ? std::get<SignatureParseError>(r)
                                                            : static_cast<SignatureParseError>(-1);
    };
    CHECK(err(parse_compact_signature(c, ok.substr(1))) == SignatureParseError::wrong_length);
    CHECK(err(parse_compact_signature(c, ok + "#")) == SignatureParseError::wrong_length);
    CHECK(err(parse_compact_signature(c, "")) == SignatureParseError::wrong_length);
    // wrong length wins over a bad character
    CHECK(err(parse_compact_signature(c, std::string(c.sig_compact - 1, '"'))) == SignatureParseError::wrong_length);
    for (char bad : {'"', '\'', '\\', '`', ' ', '\0', '\n'}) {
      std::string t = ok;
      t[c.sig_compact - 1] = bad;
      CHECK(err(parse_compact_signature(c, t)) == SignatureParseError::inconsistent_structure);
    }
    CHECK(err(parse_binary_signature(c, Bytes(c.sig_bin - 1, 1))) == SignatureParseError::wrong_length);
    CHECK(err(parse_binary_signature(c, Bytes(c.sig_bin + 1, 1))) == SignatureParseError::wrong_length);
    CHECK(std::holds_alternative<Bytes>(parse_binary_signature(c, Bytes(c.sig_bin, 0xff))));
    // the largest compact value may exceed n^2: it parses, and does not verify
    auto big = parse_compact_signature(c, std::string(c.sig_compact, '~'));
    REQUIRE(std::holds_alternative<Bytes>(big));
    mpz_class top;
    mpz_ui_pow_ui(top.get_mpz_t(), 90, c.sig_compact);
    CHECK(tv::mpz_of(std::get<Bytes>(big)) == top - 1);
  }
}

TEST_CASE("signature values out of range fail verification") {
  const Bytes msg = tv::bytes_of("The quick brown fox jumps over the lazy dog\n");
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    mpz_class n = tv::mpz_hex(c.n);
    PrivateKey d = PrivateKey::random(c);
    PublicKey q = d.public_key();
    Bytes good = sign(d, msg);
    REQUIRE(verify(q, msg, good));
    mpz_class S = tv::mpz_of(good), s = S / n, r = S % n;
    REQUIRE(s >= 1);
    REQUIRE(r >= 1);
    std::size_t L = c.sig_bin;

    CHECK_FALSE(verify(q, msg, sig_value(0, r, n, L)));          // s = 0
    CHECK_FALSE(verify(q, msg, sig_value(s, 0, n, L)));          // r = 0
    CHECK_FALSE(verify(q, msg, sig_value(0, 0, n, L)));          // S = 0
    CHECK_FALSE(verify(q, msg, Bytes{}));                        // empty value
    mpz_class r1 = r + 1, s1 = s + 1;
    if (r1 == n) r1 = 1;
    if (s1 == n) s1 = 1;
    CHECK_FALSE(verify(q, msg, sig_value(s, r1, n, L)));
    CHECK_FALSE(verify(q, msg, sig_value(s1, r, n, L)));
    // S >= n^2, i.e. s >= n (r >= n cannot be expressed: r = S mod n)
    CHECK_FALSE(verify(q, msg, sig_value(n, r, n, L + 1)));
    CHECK_FALSE(verify(q, msg, sig_value(n + s, r, n, L + 1)));  // s + n = s mod n
    CHECK_FALSE(verify(q, msg, tv::bytes_of(n * n, L + 1)));
    mpz_class top;
    mpz_ui_pow_ui(top.get_mpz_t(), 90, c.sig_compact);
    CHECK_FALSE(verify(q, msg, tv::bytes_of(top - 1, tv::blen(top - 1))));
    CHECK_FALSE(verify(q, msg, Bytes(L, 0xff)));
    // the same value with leading zero bytes still verifies (any length on input)
    Bytes padded = good;
    padded.insert(padded.begin(), 3, std::uint8_t{0});
    CHECK(verify(q, msg, padded));
    // (r, s) for a different message / a different key fails
    CHECK_FALSE(verify(q, tv::bytes_of("other"), good));
  }
}

}  // TEST_SUITE
