// Signcryption (FORMAT.md §6): the original's signcrypted messages verify and
// decrypt; tampering is caught; round trips across curve pairs.
#include "seccure/signcrypt.hpp"

#include <map>

#include "fixtures.hpp"

using namespace seccure;
using tv::Bytes;

namespace {

using Result = tv::Opened<DecryptStatus>;

Result veridec(const PrivateKey& recipient, const PublicKey& sender, const Bytes& ct, int mode) {
  std::size_t hl = std::min(ct.size(), recipient.curve().pk_bin);
  return tv::open_chunked(VeridecDecryptor::open(recipient, sender, ByteView(ct).first(hl)), ct, hl,
                          sender.curve().sig_bin, mode);
}

Bytes signcrypt(const PrivateKey& sender, const PublicKey& recipient, const Bytes& msg, int mode) {
  return tv::seal_chunked(SigncryptEncryptor(sender, recipient), msg, sender.curve().sig_bin, mode);
}

}  // namespace

TEST_SUITE("signcrypt") {

TEST_CASE("every line of signcrypt.txt verifies and decrypts; tampering is caught") {
  auto rows = tv::read_table("signcrypt.txt", 8, 81);
  for (const auto& row : rows) {
    const CurveParams& sc = tv::curve_named(row[0]);
    const CurveParams& ec = tv::curve_named(row[1]);
    CAPTURE(row[0]);
    CAPTURE(row[1]);
    CAPTURE(row[6]);
    PrivateKey sender_priv = tv::key_of_raw(sc, tv::unhex(row[2]));
    CHECK(sender_priv.public_key().to_compact() == row[3]);
    PrivateKey recipient = tv::key_of_raw(ec, tv::unhex(row[4]));
    CHECK(recipient.public_key().to_compact() == row[5]);
    auto sender = PublicKey::from_compact(sc, row[3]);
    REQUIRE(sender.has_value());
    const Bytes& msg = tv::cached_message(row[6]);
    Bytes ct = tv::unhex(row[7]);
    REQUIRE(ct.size() == ec.pk_bin + msg.size() + sc.sig_bin);

    for (int mode = 0; mode < 3; ++mode) {
      Result r = veridec(recipient, *sender, ct, mode);
      CHECK(r.header_ok);
      CHECK(r.status == DecryptStatus::ok);
      CHECK(r.plain == msg);
    }
    // a flipped bit anywhere
    for (int i = 0; i < 3; ++i) {
      Bytes t = ct;
      std::size_t pos = i == 0 ? tv::uniform(0, ec.pk_bin - 1) : tv::uniform(ec.pk_bin, t.size() - 1);
      t[pos] ^= static_cast<std::uint8_t>(1u << tv::uniform(0, 7));
      CAPTURE(pos);
      Result r = veridec(recipient, *sender, t, 2);
      CHECK((!r.header_ok || r.status == DecryptStatus::forged));
    }
    // too short: fewer than sig_bin bytes after the header
    {
      Bytes t(ct.begin(), ct.begin() + static_cast<std::ptrdiff_t>(ec.pk_bin + sc.sig_bin - 1));
      Result r = veridec(recipient, *sender, t, 0);
      CHECK(r.header_ok);
      CHECK(r.status == DecryptStatus::too_short);
      CHECK(r.plain.empty());
    }
    // one byte missing
    {
      Bytes t(ct.begin(), ct.end() - 1);
      CHECK(veridec(recipient, *sender, t, 2).status ==
            (msg.empty() ? DecryptStatus::too_short : DecryptStatus::forged));
    }
    // the wrong sender key
    {
      PublicKey other = PrivateKey::random(sc).public_key();
      Result r = veridec(recipient, other, ct, 2);
      CHECK(r.header_ok);
      CHECK(r.status == DecryptStatus::forged);
      CHECK(r.plain == msg);  // decryption itself does not depend on the sender
    }
    // the wrong recipient key
    {
      Result r = veridec(PrivateKey::random(ec), *sender, ct, 2);
      CHECK(r.header_ok);
      CHECK(r.status == DecryptStatus::forged);
    }
    // invalid header
    CHECK_FALSE(VeridecDecryptor::open(recipient, *sender, Bytes(ec.pk_bin, 0xff)).has_value());
    CHECK_FALSE(VeridecDecryptor::open(recipient, *sender, ByteView(ct).first(ec.pk_bin - 1)).has_value());
  }
}

TEST_CASE("signcrypt -> veridec round trips over curve pairs") {
  auto all = all_curves();
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (std::size_t i = 0; i < all.size(); ++i) {
    pairs.emplace_back(i, i);
    pairs.emplace_back(i, (i + 7) % all.size());
  }
  for (auto [si, ei] : pairs) {
    const CurveParams& sc = all[si];
    const CurveParams& ec = all[ei];
    CAPTURE(sc.name);
    CAPTURE(ec.name);
    PrivateKey sender = PrivateKey::random(sc);
    PrivateKey recipient = PrivateKey::random(ec);
    for (std::size_t len : {0, 1, 300}) {
      CAPTURE(len);
      Bytes msg = tv::random_bytes(len);
      Bytes ct = signcrypt(sender, recipient.public_key(), msg, static_cast<int>(tv::uniform(0, 2)));
      CHECK(ct.size() == ec.pk_bin + len + sc.sig_bin);
      Result r = veridec(recipient, sender.public_key(), ct, static_cast<int>(tv::uniform(0, 2)));
      CHECK(r.header_ok);
      CHECK(r.status == DecryptStatus::ok);
      CHECK(r.plain == msg);
      // the encrypted signature is a signature over the plaintext, deterministic:
      // with the decryption key stream it equals Signer's output
      // (Signer/Verifier keep a reference to their key: it must outlive them.)
      PublicKey sender_pub = sender.public_key();
      Signer s(sender);
      s.update(msg);
      Bytes sig = s.finish();
      Verifier v(sender_pub);
      v.update(msg);
      CHECK(v.finish(sig));
    }
  }
}

}  // TEST_SUITE
