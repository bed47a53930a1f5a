// Encodings (FORMAT.md §2): the compact base-90 alphabet, fixed-length compact
// encoding and decoding, the length functions, fit_bytes and hex.
#include "seccure/encoding.hpp"

#include "encoding/encoding.hpp"
#include "vectors.hpp"

using namespace seccure;
using tv::Bytes;

TEST_SUITE("encoding") {

TEST_CASE("the compact alphabet is ASCII 33..126 without quotes and backslash, in order") {
  std::string expected;
  for (int c = 33; c <= 126; ++c)
    if (c != '"' && c != '\'' && c != '\\' && c != '`') expected.push_back(static_cast<char>(c));
  CHECK(expected.size() == 90);
  CHECK(compact_alphabet == expected);
  CHECK(compact_alphabet == tv::spec_alphabet);
}

TEST_CASE("compact_encode: small known values") {
  CHECK(compact_encode(Bytes{}, 3) == std::string("!!!"));
  CHECK(compact_encode(Bytes{0}, 1) == std::string("!"));
  CHECK(compact_encode(Bytes{89}, 2) == std::string("!~"));
  CHECK(compact_encode(Bytes{90}, 2) == std::string("#!"));
  CHECK(compact_encode(Bytes{0, 91}, 3) == std::string("!##"));
  // 8099 = 90^2 - 1 is the largest 2-digit value; 8100 needs three.
  CHECK(compact_encode(Bytes{0x1f, 0xa3}, 2) == std::string("~~"));
  CHECK(compact_encode(Bytes{0x1f, 0xa4}, 2) == std::nullopt);
  CHECK(compact_encode(Bytes{0x1f, 0xa4}, 3) == std::string("#!!"));
  CHECK(compact_encode(Bytes{1}, 0) == std::nullopt);
  CHECK(compact_encode(Bytes{0, 0}, 0) == std::string(""));
  // Leading zero bytes do not matter.
  CHECK(compact_encode(Bytes{0, 0, 0, 0, 0, 0, 89}, 1) == std::string("~"));
}

TEST_CASE("compact_encode agrees with an independent GMP encoding; decode inverts it") {
  for (int round = 0; round < 400; ++round) {
    std::size_t len = tv::uniform(0, 70);
    Bytes v = tv::random_bytes(len);
    if (round % 5 == 0 && len) v[0] = 0xff;  // extremes of the range
    if (round % 7 == 0)
      for (auto& b : v) b = 0xff;
    mpz_class mv = tv::mpz_of(v);
    std::size_t need = mv == 0 ? 0 : tv::clen(mv);
    std::size_t digits = need + tv::uniform(0, 3);
    CAPTURE(tv::hex(v));
    CAPTURE(digits);
    auto enc = compact_encode(v, digits);
    REQUIRE(enc.has_value());
    CHECK(enc->size() == digits);
    CHECK(*enc == tv::compact_of(mv, digits));

    auto dec = compact_decode(*enc);
    REQUIRE(dec.has_value());
    CHECK(dec->size() == bytes_for_compact_digits(digits));
    CHECK(tv::mpz_of(*dec) == mv);

    if (need > 0) CHECK(compact_encode(v, need - 1) == std::nullopt);
  }
}

TEST_CASE("compact_decode: any string of alphabet characters, fixed output length") {
  for (int round = 0; round < 300; ++round) {
    std::size_t n = tv::uniform(0, 170);
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s.push_back(compact_alphabet[tv::uniform(0, 89)]);
    if (round % 4 == 0) s = std::string(n, '~');
    CAPTURE(s);
    auto dec = compact_decode(s);
    REQUIRE(dec.has_value());
    mpz_class top;
    mpz_ui_pow_ui(top.get_mpz_t(), 90, n);
    std::size_t expect_len = n == 0 ? 0 : tv::blen(top - 1);
    CHECK(dec->size() == expect_len);
    CHECK(tv::mpz_of(*dec) == tv::value_of_compact(s));
    // and back
    CHECK(compact_encode(*dec, n) == s);
  }
}

TEST_CASE("compact_decode rejects characters outside the alphabet") {
  std::string bad_chars = std::string("\"'\\` \t\n\r\x7f") + std::string(1, '\0');
  for (int c = 128; c < 256; ++c) bad_chars.push_back(static_cast<char>(c));
  for (int c = 1; c < 33; ++c) bad_chars.push_back(static_cast<char>(c));
  for (char bad : bad_chars) {
    CAPTURE(static_cast<int>(static_cast<unsigned char>(bad)));
    CHECK(compact_decode(std::string(1, bad)) == std::nullopt);
    std::string s = "2@DupCaCKykHBe-QHpAP%d%B[";
    for (std::size_t pos : {std::size_t{0}, std::size_t{12}, s.size() - 1}) {
      std::string t = s;
      t[pos] = bad;
      CHECK(compact_decode(t) == std::nullopt);
    }
  }
  // every alphabet character alone is fine and decodes to its index
  for (std::size_t i = 0; i < 90; ++i) {
    auto d = compact_decode(std::string(1, compact_alphabet[i]));
    REQUIRE(d.has_value());
    CHECK(tv::mpz_of(*d) == static_cast<unsigned long>(i));
  }
}

TEST_CASE("compact_digits_for_bytes = clen(256^b - 1), computed independently") {
  CHECK(compact_digits_for_bytes(0) == 0);
  for (std::size_t b = 1; b <= 140; ++b) {
    mpz_class v;
    mpz_ui_pow_ui(v.get_mpz_t(), 256, b);
    v -= 1;
    CAPTURE(b);
    CHECK(compact_digits_for_bytes(b) == tv::clen(v));
  }
}

TEST_CASE("bytes_for_compact_digits = blen(90^d - 1), computed independently") {
  CHECK(bytes_for_compact_digits(0) == 0);
  for (std::size_t d = 1; d <= 200; ++d) {
    mpz_class v;
    mpz_ui_pow_ui(v.get_mpz_t(), 90, d);
    v -= 1;
    CAPTURE(d);
    CHECK(bytes_for_compact_digits(d) == tv::blen(v));
  }
}

TEST_CASE("fit_bytes pads, strips leading zeros and refuses values that do not fit") {
  CHECK(fit_bytes(Bytes{}, 0) == Bytes{});
  CHECK(fit_bytes(Bytes{}, 3) == Bytes{0, 0, 0});
  CHECK(fit_bytes(Bytes{0, 0, 0}, 0) == Bytes{});
  CHECK(fit_bytes(Bytes{0, 0, 0}, 1) == Bytes{0});
  CHECK(fit_bytes(Bytes{1, 2}, 4) == Bytes{0, 0, 1, 2});
  CHECK(fit_bytes(Bytes{0, 0, 0, 1, 2}, 2) == Bytes{1, 2});
  CHECK(fit_bytes(Bytes{0, 0, 0, 1, 2}, 3) == Bytes{0, 1, 2});
  CHECK(fit_bytes(Bytes{0, 0, 0, 1, 2}, 1) == std::nullopt);
  CHECK(fit_bytes(Bytes{1}, 0) == std::nullopt);
  CHECK(fit_bytes(Bytes{0xff, 0}, 1) == std::nullopt);
  for (int round = 0; round < 200; ++round) {
    Bytes v = tv::random_bytes(tv::uniform(0, 40));
    std::size_t len = tv::uniform(0, 45);
    mpz_class mv = tv::mpz_of(v);
    auto f = fit_bytes(v, len);
    std::size_t need = mv == 0 ? 0 : tv::blen(mv);
    if (need > len) {
      CHECK(f == std::nullopt);
    } else {
      REQUIRE(f.has_value());
      CHECK(f->size() == len);
      CHECK(tv::mpz_of(*f) == mv);
    }
  }
}

TEST_CASE("hex") {
  CHECK(to_hex(Bytes{}) == "");
  CHECK(to_hex(Bytes{0x00, 0x0f, 0xa0, 0xff, 0x5c}) == "000fa0ff5c");
  CHECK(from_hex("") == Bytes{});
  CHECK(from_hex("000fa0ff5c") == Bytes{0x00, 0x0f, 0xa0, 0xff, 0x5c});
  CHECK(from_hex("ABCDEF") == Bytes{0xab, 0xcd, 0xef});
  CHECK(from_hex("abc") == std::nullopt);
  CHECK(from_hex("0g") == std::nullopt);
  CHECK(from_hex("g0") == std::nullopt);
  CHECK(from_hex("0 ") == std::nullopt);
  CHECK(from_hex("-1") == std::nullopt);
  for (int round = 0; round < 100; ++round) {
    Bytes v = tv::random_bytes(tv::uniform(0, 64));
    CHECK(to_hex(v) == tv::hex(v));
    CHECK(from_hex(to_hex(v)) == v);
  }
}

}  // TEST_SUITE
