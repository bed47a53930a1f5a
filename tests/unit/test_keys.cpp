// Keys (FORMAT.md §3 and §2): passphrase line rule, passphrase to private key,
// public key encodings and validation.
#include "seccure/keys.hpp"

#include <gcrypt.h>

#include "keys/keys.hpp"
#include "seccure/encoding.hpp"
#include "fixtures.hpp"

using namespace seccure;
using tv::Bytes;

namespace {

// SHA-256 straight from libgcrypt (independent of the library's Digest).
Bytes gcry_sha256(const Bytes& data) {
  seccure::init();
  Bytes out(32);
  gcry_md_hash_buffer(GCRY_MD_SHA256, out.data(), data.data(), data.size());
  return out;
}

// The passphrase line rule written out directly (FORMAT.md §3 step 1).
Bytes line_of(const Bytes& raw) {
  Bytes out;
  for (auto c : raw) {
    if (c == '\n') break;
    if (c != '\r') out.push_back(c);
  }
  return out;
}

Bytes hash_raw(const Bytes& raw, std::size_t chunk = 0) {
  PassphraseHasher h;
  if (chunk == 0) {
    h.feed(raw);
  } else {
    for (std::size_t at = 0; at < raw.size(); at += chunk)
      if (!h.feed(ByteView(raw).subspan(at, std::min(chunk, raw.size() - at)))) break;
  }
  SecureBuffer d = h.finish();
  return Bytes(d.view().begin(), d.view().end());
}

}  // namespace

TEST_SUITE("keys") {

TEST_CASE("FORMAT.md §3.1 examples on p160") {
  const CurveParams* p160 = curve_by_name("p160");
  REQUIRE(p160);
  CHECK(tv::key_of_raw(*p160, tv::bytes_of("seccure is secure")).public_key().to_compact() == "2@DupCaCKykHBe-QHpAP%d%B[");
  CHECK(tv::key_of_raw(*p160, tv::bytes_of("my private key")).public_key().to_compact() == "8W;>i^H0qi|J&$coR5MFpR*Vn");
  CHECK(PrivateKey::from_passphrase(*p160, tv::bytes_of("seccure is secure")).public_key().to_compact() ==
        "2@DupCaCKykHBe-QHpAP%d%B[");
  // a -F file ends with a newline
  CHECK(tv::key_of_raw(*p160, tv::bytes_of("my private key\n")).public_key().to_compact() == "8W;>i^H0qi|J&$coR5MFpR*Vn");
  CHECK(tv::key_of_raw(*p160, tv::bytes_of("my private key\r\n")).public_key().to_compact() == "8W;>i^H0qi|J&$coR5MFpR*Vn");
}

TEST_CASE("every line of keys.txt") {
  auto rows = tv::read_table("keys.txt", 3, 15 * 14);
  std::size_t per_curve[15] = {};
  for (const auto& row : rows) {
    const CurveParams& c = tv::curve_named(row[0]);
    Bytes raw = tv::unhex(row[1]);
    const std::string& expected = row[2];
    CAPTURE(row[0]);
    CAPTURE(row[1]);
    CHECK(expected.size() == c.pk_compact);
    CHECK(tv::key_of_raw(c, raw).public_key().to_compact() == expected);
    // from_passphrase on the rule applied by hand gives the same key
    CHECK(PrivateKey::from_passphrase(c, line_of(raw)).public_key().to_compact() == expected);
    // the published key parses and re-encodes identically
    auto pk = PublicKey::from_compact(c, expected);
    REQUIRE(pk.has_value());
    CHECK(pk->to_compact() == expected);
    ++per_curve[&c - all_curves().data()];
  }
  for (auto n : per_curve) CHECK(n == 14);
}

TEST_CASE("PassphraseHasher applies the line rule") {
  std::vector<Bytes> inputs = {
      tv::bytes_of(""),
      tv::bytes_of("a"),
      tv::bytes_of("seccure is secure"),
      tv::bytes_of("pass\rword"),
      tv::bytes_of("\r\r\r"),
      tv::bytes_of("first line\nsecond line"),
      tv::bytes_of("\nafter an empty line"),
      tv::bytes_of("trailing\r\n"),
      Bytes{'w', 'i', 't', 'h', 0, 'n', 'u', 'l'},
      Bytes{0xff, 0xfe, 0x80, 0x00, 0x7f, '\n', 0x01},
  };
  for (int i = 0; i < 30; ++i) inputs.push_back(tv::random_bytes(tv::uniform(0, 300)));
  for (const auto& raw : inputs) {
    CAPTURE(tv::hex(raw));
    Bytes expect = gcry_sha256(line_of(raw));
    CHECK(hash_raw(raw) == expect);
    for (std::size_t chunk : {1, 2, 5, 64}) CHECK(hash_raw(raw, chunk) == expect);
  }
  CHECK(hash_raw(tv::bytes_of("pass\rword")) == hash_raw(tv::bytes_of("password")));
  CHECK(hash_raw(tv::bytes_of("first line\nsecond line")) == hash_raw(tv::bytes_of("first line")));
  CHECK(hash_raw(Bytes{'w', 'i', 't', 'h', 0, 'n', 'u', 'l'}) != hash_raw(tv::bytes_of("with")));
  CHECK(hash_raw(Bytes{}) == tv::unhex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

TEST_CASE("PassphraseHasher: feed's return value, line_complete and ignored_data") {
  {
    PassphraseHasher h;
    CHECK(h.feed(tv::bytes_of("abc")));
    CHECK_FALSE(h.line_complete());
    CHECK(h.feed(tv::bytes_of("")));
    CHECK_FALSE(h.ignored_data());
    h.finish();
  }
  {
    PassphraseHasher h;
    CHECK_FALSE(h.feed(tv::bytes_of("abc\n")));
    CHECK(h.line_complete());
    CHECK_FALSE(h.ignored_data());  // nothing after the newline
  }
  {
    PassphraseHasher h;
    CHECK_FALSE(h.feed(tv::bytes_of("abc\r\n")));
    CHECK_FALSE(h.ignored_data());
  }
  {
    PassphraseHasher h;
    CHECK_FALSE(h.feed(tv::bytes_of("abc\nx")));
    CHECK(h.ignored_data());
  }
  {
    PassphraseHasher h;  // trailing data in a later chunk
    CHECK_FALSE(h.feed(tv::bytes_of("abc\n")));
    CHECK_FALSE(h.ignored_data());
    CHECK_FALSE(h.feed(tv::bytes_of("more")));
    CHECK(h.ignored_data());
  }
  {
    PassphraseHasher h;  // a second empty line is trailing data too
    CHECK_FALSE(h.feed(tv::bytes_of("\n\n")));
    CHECK(h.ignored_data());
  }
  {
    PassphraseHasher h;  // NUL is kept but reported
    CHECK(h.feed(Bytes{'a', 0, 'b'}));
    CHECK(h.ignored_data());
  }
  {
    PassphraseHasher h;  // NUL after the line does not count as part of it
    CHECK_FALSE(h.feed(Bytes{'a', '\n', 0}));
    CHECK(h.ignored_data());
  }
  {
    PassphraseHasher h;
    CHECK(h.feed(tv::bytes_of("no newline")));
    CHECK_FALSE(h.ignored_data());
    h.note_trailing_data();
    CHECK(h.ignored_data());
  }
}

TEST_CASE("PublicKey: compact and binary round trips, lengths") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    for (int i = 0; i < 4; ++i) {
      PrivateKey d = PrivateKey::random(c);
      PublicKey q = d.public_key();
      CHECK(q.x().size() == c.elem_bin);
      CHECK(q.y().size() == c.elem_bin);
      std::string s = q.to_compact();
      Bytes b = q.to_binary();
      CHECK(s.size() == c.pk_compact);
      CHECK(b.size() == c.pk_bin);
      // compact is the compact encoding of the binary value (independently)
      CHECK(s == tv::compact_of(tv::mpz_of(b), c.pk_compact));
      // binary is x + (y odd ? p : 0)
      mpz_class x = tv::mpz_of(q.x()), y = tv::mpz_of(q.y()), p = tv::mpz_hex(c.p);
      CHECK(tv::mpz_of(b) == (mpz_odd_p(y.get_mpz_t()) ? x + p : x));
      auto q2 = PublicKey::from_compact(c, s);
      REQUIRE(q2.has_value());
      CHECK(*q2 == q);
      auto q3 = PublicKey::from_binary(c, b);
      REQUIRE(q3.has_value());
      CHECK(*q3 == q);
      auto q4 = PublicKey::from_affine(c, q.x(), q.y());
      REQUIRE(q4.has_value());
      CHECK(*q4 == q);
    }
  }
}

TEST_CASE("PublicKey::from_compact / from_binary / from_affine reject invalid keys") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    mpz_class p = tv::mpz_hex(c.p), a = tv::mpz_hex(c.a), b = tv::mpz_hex(c.b);
    std::string good = PrivateKey::random(c).public_key().to_compact();
    Bytes good_bin = PublicKey::from_compact(c, good)->to_binary();

    // wrong length
    CHECK_FALSE(PublicKey::from_compact(c, good.substr(1)).has_value());
    CHECK_FALSE(PublicKey::from_compact(c, "!" + good).has_value());
    CHECK_FALSE(PublicKey::from_compact(c, good + "!").has_value());
    CHECK_FALSE(PublicKey::from_compact(c, "").has_value());
    CHECK_FALSE(PublicKey::from_binary(c, ByteView(good_bin).first(c.pk_bin - 1)).has_value());
    Bytes longer = good_bin;
    longer.insert(longer.begin(), 0);
    CHECK_FALSE(PublicKey::from_binary(c, longer).has_value());

    // bad character
    for (char bad : {'"', '\'', '\\', '`', ' ', '\0', '\x7f'}) {
      std::string t = good;
      t[c.pk_compact / 2] = bad;
      CHECK_FALSE(PublicKey::from_compact(c, t).has_value());
    }

    // v >= 2p (x >= p)
    CHECK_FALSE(PublicKey::from_compact(c, std::string(c.pk_compact, '~')).has_value());
    mpz_class top;
    mpz_ui_pow_ui(top.get_mpz_t(), 90, c.pk_compact);
    if (2 * p < top) CHECK_FALSE(PublicKey::from_compact(c, tv::compact_of(2 * p, c.pk_compact)).has_value());
    mpz_class gx = tv::mpz_hex(c.gx);
    if (2 * p + gx < top)
      CHECK_FALSE(PublicKey::from_compact(c, tv::compact_of(2 * p + gx, c.pk_compact)).has_value());
    CHECK_FALSE(PublicKey::from_binary(c, Bytes(c.pk_bin, 0xff)).has_value());
    CHECK_FALSE(PublicKey::from_binary(c, tv::bytes_of(2 * p, c.pk_bin)).has_value());
    // G itself is fine, in both parities
    CHECK(PublicKey::from_compact(c, tv::compact_of(gx, c.pk_compact)).has_value());
    CHECK(PublicKey::from_compact(c, tv::compact_of(gx + p, c.pk_compact)).has_value());

    // x whose x^3+ax+b is not a square mod p
    mpz_class x = 0;
    for (;; ++x) {
      mpz_class v = (x * x * x + a * x + b) % p;
      if (v != 0 && mpz_legendre(v.get_mpz_t(), p.get_mpz_t()) == -1) break;
    }
    CAPTURE(x.get_str());
    CHECK_FALSE(PublicKey::from_compact(c, tv::compact_of(x, c.pk_compact)).has_value());
    CHECK_FALSE(PublicKey::from_compact(c, tv::compact_of(x + p, c.pk_compact)).has_value());
    CHECK_FALSE(PublicKey::from_binary(c, tv::bytes_of(x, c.pk_bin)).has_value());

    // from_affine: off the curve, coordinates >= p, wrong sizes
    mpz_class gy = tv::mpz_hex(c.gy);
    CHECK(PublicKey::from_affine(c, tv::bytes_of(gx, c.elem_bin), tv::bytes_of(gy, c.elem_bin)).has_value());
    CHECK_FALSE(
        PublicKey::from_affine(c, tv::bytes_of(gx, c.elem_bin), tv::bytes_of((gy + 1) % p, c.elem_bin)).has_value());
    if (tv::blen(gx + p) <= c.elem_bin)
      CHECK_FALSE(
          PublicKey::from_affine(c, tv::bytes_of(gx + p, c.elem_bin), tv::bytes_of(gy, c.elem_bin)).has_value());
    CHECK_FALSE(PublicKey::from_affine(c, tv::bytes_of(gx, c.elem_bin + 1), tv::bytes_of(gy, c.elem_bin)).has_value());
    CHECK_FALSE(PublicKey::from_affine(c, Bytes(c.elem_bin, 0xff), Bytes(c.elem_bin, 0xff)).has_value());
  }
}

TEST_CASE("PrivateKey::random is in [1, n-1] and fresh each time; from_passphrase is in range") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    mpz_class n = tv::mpz_hex(c.n);
    std::vector<Bytes> seen;
    for (int i = 0; i < 20; ++i) {
      PrivateKey d = PrivateKey::random(c);
      CHECK(&d.curve() == &c);
      CHECK(d.scalar().size() == c.order_bin);
      mpz_class v = tv::mpz_of(d.scalar());
      CHECK(v >= 1);
      CHECK(v < n);
      Bytes s(d.scalar().begin(), d.scalar().end());
      for (const auto& o : seen) CHECK(o != s);
      seen.push_back(s);
    }
    // from a passphrase hash: (int(AES-CTR stream) mod (n-1)) + 1
    for (int i = 0; i < 5; ++i) {
      Bytes h = tv::random_bytes(32);
      PrivateKey d = PrivateKey::from_passphrase_hash(c, h);
      CHECK(d.scalar().size() == c.order_bin);
      mpz_class v = tv::mpz_of(d.scalar());
      CHECK(v >= 1);
      CHECK(v < n);
      CHECK(PrivateKey::from_passphrase_hash(c, h).public_key() == d.public_key());
    }
  }
}

TEST_CASE("from_passphrase_hash follows FORMAT.md §3 (independent AES-256-CTR via libgcrypt)") {
  seccure::init();
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    Bytes h = tv::random_bytes(32);
    gcry_cipher_hd_t hd;
    REQUIRE(gcry_cipher_open(&hd, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_CTR, 0) == 0);
    REQUIRE(gcry_cipher_setkey(hd, h.data(), 32) == 0);
    Bytes ctr(16, 0);
    REQUIRE(gcry_cipher_setctr(hd, ctr.data(), 16) == 0);
    Bytes stream(c.order_bin, 0);
    REQUIRE(gcry_cipher_encrypt(hd, stream.data(), stream.size(), nullptr, 0) == 0);
    gcry_cipher_close(hd);
    mpz_class n = tv::mpz_hex(c.n);
    mpz_class expect = tv::mpz_of(stream) % (n - 1) + 1;
    CHECK(tv::mpz_of(PrivateKey::from_passphrase_hash(c, h).scalar()) == expect);
  }
}

}  // TEST_SUITE

TEST_CASE("PrivateKey::from_scalar: exactly order_bin bytes with 1 <= d < n, on every curve") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    // n, p and G from the curve table, independent of the key code.
    const mpz_class n = tv::mpz_hex(c.n), p = tv::mpz_hex(c.p);
    const Bytes gx = tv::bytes_of(tv::mpz_hex(c.gx), c.elem_bin), gy = tv::bytes_of(tv::mpz_hex(c.gy), c.elem_bin);
    auto scalar = [&](const mpz_class& v) { return tv::bytes_of(v, c.order_bin); };

    for (const mpz_class& bad : std::vector<mpz_class>{0, n, n + 1}) CHECK_FALSE(PrivateKey::from_scalar(c, scalar(bad)));
    CHECK_FALSE(PrivateKey::from_scalar(c, Bytes(c.order_bin, 0xff)));
    // Lengths other than order_bin, even for a value in range.
    CHECK_FALSE(PrivateKey::from_scalar(c, Bytes{}));
    CHECK_FALSE(PrivateKey::from_scalar(c, tv::bytes_of(mpz_class(1), c.order_bin - 1)));
    CHECK_FALSE(PrivateKey::from_scalar(c, tv::bytes_of(mpz_class(1), c.order_bin + 1)));

    auto one = PrivateKey::from_scalar(c, scalar(1));
    REQUIRE(one);
    CHECK(tv::hex(one->scalar()) == tv::hex(scalar(1)));
    PublicKey g = one->public_key();  // 1*G = G
    CHECK(tv::hex(g.x()) == tv::hex(gx));
    CHECK(tv::hex(g.y()) == tv::hex(gy));
    auto last = PrivateKey::from_scalar(c, scalar(n - 1));
    REQUIRE(last);
    PublicKey minus_g = last->public_key();  // (n-1)*G = -G = (gx, p - gy)
    CHECK(tv::hex(minus_g.x()) == tv::hex(gx));
    CHECK(tv::hex(minus_g.y()) == tv::hex(tv::bytes_of(p - tv::mpz_hex(c.gy), c.elem_bin)));
    CHECK(PrivateKey::from_scalar(c, scalar(n - 2)));
    CHECK(PrivateKey::from_scalar(c, scalar(2)));

    // Any key's scalar makes the same key again.
    PrivateKey k = PrivateKey::random(c);
    auto again = PrivateKey::from_scalar(c, k.scalar());
    REQUIRE(again);
    CHECK(again->public_key().to_compact() == k.public_key().to_compact());
  }
}
