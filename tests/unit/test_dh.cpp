// Diffie-Hellman (FORMAT.md §7).
#include "seccure/dh.hpp"

#include "seccure/encoding.hpp"
#include "vectors.hpp"

using namespace seccure;

TEST_SUITE("dh") {

TEST_CASE("two parties agree on every curve; keys have dh_compact digits") {
  for (const auto& c : all_curves()) {
    CAPTURE(c.name);
    DiffieHellman alice(c), bob(c);
    std::string a = alice.public_key(), b = bob.public_key();
    CHECK(a.size() == c.pk_compact);
    CHECK(b.size() == c.pk_compact);
    CHECK(a != b);
    CHECK(alice.public_key() == a);  // stable
    auto pa = PublicKey::from_compact(c, a);
    auto pb = PublicKey::from_compact(c, b);
    REQUIRE(pa.has_value());
    REQUIRE(pb.has_value());
    auto ka = alice.complete(*pb);
    auto kb = bob.complete(*pa);
    REQUIRE(ka.has_value());
    REQUIRE(kb.has_value());
    CHECK(ka->established == kb->established);
    CHECK(ka->verification == kb->verification);
    CHECK(ka->established != ka->verification);
    CHECK(ka->established.size() == c.dh_compact);
    CHECK(ka->verification.size() == c.dh_compact);
    // each value is at most 2^(8*dh_bin) - 1
    mpz_class top;
    mpz_ui_pow_ui(top.get_mpz_t(), 2, 8 * c.dh_bin);
    CHECK(tv::value_of_compact(ka->established) < top);
    CHECK(tv::value_of_compact(ka->verification) < top);
    // a third party gets different keys
    DiffieHellman eve(c);
    auto ke = eve.complete(*pb);
    REQUIRE(ke.has_value());
    CHECK(ke->established != ka->established);
  }
}

TEST_CASE("a peer key on another curve is rejected") {
  auto all = all_curves();
  for (std::size_t i = 0; i < all.size(); ++i) {
    const CurveParams& c = all[i];
    const CurveParams& other = all[(i + 1) % all.size()];
    CAPTURE(c.name);
    DiffieHellman ours(c);
    PublicKey foreign = PrivateKey::random(other).public_key();
    CHECK_FALSE(ours.complete(foreign).has_value());
  }
  // same key length, different curve: secp160r1 vs brainpoolp160r1
  const CurveParams& s160 = *curve_by_name("secp160r1");
  const CurveParams& b160 = *curve_by_name("brainpoolp160r1");
  DiffieHellman ours(s160);
  CHECK_FALSE(ours.complete(PrivateKey::random(b160).public_key()).has_value());
}

}  // TEST_SUITE
