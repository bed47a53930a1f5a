// Encryption (FORMAT.md §4): the original's ciphertexts decrypt; streaming in any
// chunking; tampering, truncation and bad headers are caught; round trips.
#include "seccure/ecies.hpp"

#include <map>

#include "fixtures.hpp"
#include "schemes/ecies.hpp"
#include "seccure/errors.hpp"

using namespace seccure;
using tv::Bytes;

namespace {

using Result = tv::Opened<DecryptStatus>;

Result decrypt(const PrivateKey& d, const Bytes& ct, std::size_t mac, int mode) {
  std::size_t hl = std::min(ct.size(), d.curve().pk_bin);
  return tv::open_chunked(EciesDecryptor::open(d, ByteView(ct).first(hl), mac), ct, hl, mac, mode);
}

Bytes encrypt(const PublicKey& q, const Bytes& msg, std::size_t mac, int mode) {
  return tv::seal_chunked(EciesEncryptor(q, mac), msg, mac, mode);
}

// A pk_bin header whose x has no y on the curve.
Bytes nonresidue_header(const CurveParams& c) {
  mpz_class p = tv::mpz_hex(c.p), a = tv::mpz_hex(c.a), b = tv::mpz_hex(c.b);
  for (mpz_class x = 2;; ++x) {
    mpz_class v = (x * x * x + a * x + b) % p;
    if (v != 0 && mpz_legendre(v.get_mpz_t(), p.get_mpz_t()) == -1) return tv::bytes_of(x, c.pk_bin);
  }
}

}  // namespace

TEST_SUITE("ecies") {

TEST_CASE("every line of ciphertexts.txt decrypts; tampering, truncation and bad headers are caught") {
  auto rows = tv::read_table("ciphertexts.txt", 6, 243);
  std::size_t index = 0, files = 0;
  for (const auto& row : rows) {
    const CurveParams& c = tv::curve_named(row[0]);
    std::size_t mac_bits = std::stoul(row[1]);
    REQUIRE(mac_bits % 8 == 0);
    std::size_t mac = mac_bits / 8;
    CAPTURE(index);
    CAPTURE(row[0]);
    CAPTURE(mac_bits);
    CAPTURE(row[4]);
    PrivateKey d = tv::key_of_raw(c, tv::unhex(row[2]));
    CHECK(d.public_key().to_compact() == row[3]);
    const Bytes& msg = tv::cached_message(row[4]);
    Bytes ct;
    if (!row[5].empty() && row[5][0] == '@') {
      CHECK(row[5] == "@ciphertexts/" + std::to_string(index) + ".bin");
      ct = tv::read_vector_file(row[5].substr(1));
      ++files;
    } else {
      ct = tv::unhex(row[5]);
    }
    ++index;
    REQUIRE(ct.size() == c.pk_bin + msg.size() + mac);

    bool big = msg.size() > 10000;
    for (int mode = 0; mode < 3; ++mode) {
      if (big && mode == 1) continue;  // keep the run short
      Result r = decrypt(d, ct, mac, mode);
      CHECK(r.header_ok);
      CHECK(r.status == DecryptStatus::ok);
      CHECK(r.plain == msg);
    }

    // A flipped bit in the body or the tag. An 8-bit tag can match a changed
    // body by chance (1/256), so with mac = 1 only the tag itself is flipped;
    // the other probabilistic checks below need mac >= 4.
    if (ct.size() > c.pk_bin) {
      Bytes t = ct;
      std::size_t pos = tv::uniform(mac == 1 ? t.size() - 1 : c.pk_bin, t.size() - 1);
      std::uint8_t bit = static_cast<std::uint8_t>(1u << tv::uniform(0, 7));
      t[pos] ^= bit;
      Result r = decrypt(d, t, mac, 2);
      REQUIRE(r.header_ok);
      if (mac > 0) {
        CHECK(r.status == DecryptStatus::forged);
      } else {
        // no MAC: CTR mode flips exactly that plaintext bit
        CHECK(r.status == DecryptStatus::ok);
        Bytes expect = msg;
        expect[pos - c.pk_bin] ^= bit;
        CHECK(r.plain == expect);
      }
    }
    // a flipped bit in the header: invalid header, or a different key
    if (mac >= 4) {
      Bytes t = ct;
      t[tv::uniform(0, c.pk_bin - 1)] ^= static_cast<std::uint8_t>(1u << tv::uniform(0, 7));
      Result r = decrypt(d, t, mac, 2);
      CHECK((!r.header_ok || r.status == DecryptStatus::forged));
    }
    // truncated below the MAC length
    if (mac > 0 && !big) {
      Bytes t(ct.begin(), ct.begin() + static_cast<std::ptrdiff_t>(c.pk_bin + mac - 1));
      Result r = decrypt(d, t, mac, 0);
      CHECK(r.header_ok);
      CHECK(r.status == DecryptStatus::too_short);
      CHECK(r.plain.empty());
      // one byte missing at the end: the tag no longer matches
      Bytes t2(ct.begin(), ct.end() - 1);
      if (mac >= 4 || msg.empty()) CHECK(decrypt(d, t2, mac, 2).status == (msg.empty() ? DecryptStatus::too_short : DecryptStatus::forged));
    }
    // the wrong MAC length given to the decryptor
    if (mac >= 4 && !msg.empty())
      CHECK(decrypt(d, ct, mac - 1, 2).status == DecryptStatus::forged);
    // the wrong key
    if (mac >= 4 && !big) {
      PrivateKey other = PrivateKey::random(c);
      Result r = decrypt(other, ct, mac, 2);
      CHECK(r.header_ok);
      CHECK(r.status == DecryptStatus::forged);
    }
    // invalid headers: open() refuses them
    CHECK_FALSE(EciesDecryptor::open(d, Bytes(c.pk_bin, 0xff), mac).has_value());
    CHECK_FALSE(EciesDecryptor::open(d, nonresidue_header(c), mac).has_value());
    CHECK_FALSE(EciesDecryptor::open(d, ByteView(ct).first(c.pk_bin - 1), mac).has_value());
    CHECK_FALSE(EciesDecryptor::open(d, Bytes{}, mac).has_value());
  }
  CHECK(files == 3);
}

TEST_CASE("encrypt -> decrypt round trips on all curves, MAC 0/8/80/256 bits, chunked") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    PrivateKey d = PrivateKey::random(c);
    PublicKey q = d.public_key();
    for (std::size_t mac : {0, 1, 10, 32}) {
      CAPTURE(mac);
      for (std::size_t len : {0, 1, 47, 1500}) {
        CAPTURE(len);
        Bytes msg = tv::random_bytes(len);
        int enc_mode = static_cast<int>(tv::uniform(0, 2)), dec_mode = static_cast<int>(tv::uniform(0, 2));
        Bytes ct = encrypt(q, msg, mac, enc_mode);
        CHECK(ct.size() == c.pk_bin + len + mac);
        // the header is a valid compressed point
        CHECK(PublicKey::from_binary(c, ByteView(ct).first(c.pk_bin)).has_value());
        Result r = decrypt(d, ct, mac, dec_mode);
        CHECK(r.header_ok);
        CHECK(r.status == DecryptStatus::ok);
        CHECK(r.plain == msg);
        if (len >= 8) CHECK(Bytes(ct.begin() + static_cast<std::ptrdiff_t>(c.pk_bin), ct.end() - static_cast<std::ptrdiff_t>(mac)) != msg);
      }
    }
    // fresh randomness for every encryption
    Bytes m = tv::bytes_of("same message");
    CHECK(encrypt(q, m, 10, 2) != encrypt(q, m, 10, 2));
  }
}

TEST_CASE("encapsulation agrees with decapsulation") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    PrivateKey d = PrivateKey::random(c);
    Encapsulation e = ecies_encapsulate(d.public_key());
    CHECK(e.header.size() == c.pk_bin);
    CHECK(e.key64.size() == 64);
    auto k = ecies_decapsulate(d, e.header);
    REQUIRE(k.has_value());
    CHECK(tv::hex(k->view()) == tv::hex(e.key64.view()));
    auto k2 = ecies_decapsulate(PrivateKey::random(c), e.header);
    REQUIRE(k2.has_value());
    CHECK(tv::hex(k2->view()) != tv::hex(e.key64.view()));
  }
}

TEST_CASE("mac_bytes_for_bits: a multiple of 8 from 0 to 256") {
  CHECK(mac_bytes_for_bits(0) == 0u);
  CHECK(mac_bytes_for_bits(80) == 10u);
  CHECK(mac_bytes_for_bits(256) == 32u);
  for (long long bad : {-8LL, 1LL, 79LL, 264LL, 1LL << 40}) CHECK_FALSE(mac_bytes_for_bits(bad).has_value());
}

TEST_CASE("MAC lengths above 32 bytes are refused") {
  const CurveParams& c = *curve_by_name("p160");
  PrivateKey d = PrivateKey::random(c);
  CHECK_THROWS_AS(EciesEncryptor(d.public_key(), 33), InvalidMacLength);
  CHECK_NOTHROW(EciesEncryptor(d.public_key(), 32));
  Encapsulation e = ecies_encapsulate(d.public_key());
  CHECK_THROWS_AS(EciesDecryptor::open(d, e.header, 33), InvalidMacLength);
  try {
    EciesDecryptor::open(d, e.header, 33);
  } catch (const InvalidMacLength& err) {
    CHECK(err.problem() == Problem::invalid_mac_length);
    CHECK(std::string(err.what()).starts_with("Invalid MAC length: "));
  }
}

}  // TEST_SUITE
