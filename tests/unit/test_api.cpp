// The one-shot API of seccure/seccure.hpp: the FORMAT.md §3 examples, every vector
// made by the original (keys, signatures, ciphertexts, signcryptions), round
// trips on all curves through both the string and the byte overloads, and
// each exception type where it belongs.
#include "seccure/seccure.hpp"

#include <map>
#include <optional>
#include <set>
#include <type_traits>

#include "fixtures.hpp"

using tv::Bytes;

namespace {

// What the tools make of a -F file (FORMAT.md §3): the first line, '\r' dropped.
std::string line_of(const Bytes& raw) {
  std::string out;
  for (auto c : raw) {
    if (c == '\n') break;
    if (c != '\r') out += static_cast<char>(c);
  }
  return out;
}

std::string str(const Bytes& b) { return std::string(b.begin(), b.end()); }

// Whether seccure picks `curve` for a key of its length (FORMAT.md §1.2); if not
// (brainpool, secp160r1 vs brainpoolp160r1), the curve must be named.
bool inferable(const std::string& curve, const std::string& key) {
  return seccure::curve_for_public_key(key).name == curve;
}

// An x whose x^3 + ax + b has no square root mod p: as a compressed point it
// is no point of the curve (not even with the "odd" offset p added).
mpz_class nonresidue_x(const seccure::CurveParams& c) {
  mpz_class p = tv::mpz_hex(c.p), a = tv::mpz_hex(c.a), b = tv::mpz_hex(c.b);
  for (mpz_class x = 2;; ++x) {
    mpz_class v = (x * x * x + a * x + b) % p;
    if (v != 0 && mpz_legendre(v.get_mpz_t(), p.get_mpz_t()) == -1) return x;
  }
}

template <class E, class F>
std::string message_of(F&& f) {
  try {
    f();
  } catch (const E& e) {
    return e.what();
  } catch (const std::exception& e) {
    FAIL("wrong exception type: " << typeid(e).name() << ": " << e.what());
  }
  FAIL("no exception");
  return {};
}

}  // namespace

TEST_SUITE("api") {

TEST_CASE("exception types form a hierarchy under seccure::Error") {
  static_assert(std::is_base_of_v<std::runtime_error, seccure::Error>);
  static_assert(std::is_base_of_v<seccure::Error, seccure::InvalidCurve>);
  static_assert(std::is_base_of_v<seccure::Error, seccure::InvalidKey>);
  static_assert(std::is_base_of_v<seccure::Error, seccure::InvalidSignature>);
  static_assert(std::is_base_of_v<seccure::Error, seccure::InvalidCiphertext>);
  static_assert(std::is_base_of_v<seccure::Error, seccure::IntegrityError>);
  static_assert(std::is_base_of_v<seccure::Error, seccure::InvalidMacLength>);
  CHECK_THROWS_AS(seccure::find_curve("nonesuch"), seccure::Error);
  CHECK_THROWS_AS(seccure::find_curve("nonesuch"), std::runtime_error);
}

TEST_CASE("an exception class takes only its own problems") {
  using seccure::Problem;
  CHECK(seccure::InvalidKey(Problem::invalid_key_length).problem() == Problem::invalid_key_length);
  CHECK(seccure::IntegrityError(Problem::signature_forged).problem() == Problem::signature_forged);
  CHECK(seccure::InvalidCiphertext(Problem::header_too_short, "x").what() == std::string("Inconsistent header (too short): x"));
  CHECK_THROWS_AS(seccure::InvalidKey(Problem::mac_forged), std::logic_error);
  CHECK_THROWS_AS(seccure::IntegrityError(Problem::invalid_key), std::logic_error);
  CHECK_THROWS_AS(seccure::InvalidSignature(Problem::input_too_short), std::logic_error);
  CHECK_THROWS_AS(seccure::InvalidCiphertext(Problem::signature_forged), std::logic_error);
}

TEST_CASE("every exception names its Problem, and what() begins with the Problem's text") {
  std::set<std::string_view> texts;
  for (int i = 0; i <= static_cast<int>(seccure::Problem::invalid_mac_length); ++i) {
    std::string_view t = seccure::message(static_cast<seccure::Problem>(i));
    CHECK_FALSE(t.empty());
    texts.insert(t);
  }
  CHECK(texts.size() == static_cast<std::size_t>(seccure::Problem::invalid_mac_length) + 1);  // all distinct

  auto problem_of = [](auto&& call) -> std::optional<seccure::Problem> {
    try {
      call();
    } catch (const seccure::Error& e) {
      std::string_view what = e.what(), text = seccure::message(e.problem());
      CHECK(what.substr(0, text.size()) == text);
      CHECK((what.size() == text.size() || what.substr(text.size(), 2) == ": "));
      return e.problem();
    }
    return std::nullopt;
  };
  using seccure::Problem;
  const std::string key = seccure::passphrase_to_pubkey("pw");
  const std::string ct = seccure::encrypt("message", key);
  CHECK(problem_of([&] { seccure::find_curve("nonesuch"); }) == Problem::invalid_curve);
  CHECK(problem_of([&] { seccure::public_key_from_compact(key.substr(1)); }) == Problem::invalid_key_length);
  CHECK(problem_of([&] { seccure::public_key_from_compact(key, "p160"); }) == std::nullopt);
  CHECK(problem_of([&] { seccure::encrypt("m", key, {.mac_bits = 81}); }) == Problem::invalid_mac_length);
  CHECK(problem_of([&] { seccure::decrypt(ct.substr(0, 5), "pw"); }) == Problem::header_too_short);
  CHECK(problem_of([&] { seccure::decrypt(std::string(21, '\xff') + ct.substr(21), "pw"); }) ==
        Problem::inconsistent_header);
  CHECK(problem_of([&] { seccure::decrypt(ct.substr(0, 25), "pw"); }) == Problem::input_too_short);
  CHECK(problem_of([&] { seccure::decrypt(ct, "not pw"); }) == Problem::mac_forged);
  const std::string sc = seccure::signcrypt("message", "sender", key);
  CHECK(problem_of([&] { seccure::veridec(sc, "pw", seccure::passphrase_to_pubkey("other")); }) ==
        Problem::signature_forged);
  const std::string sig = seccure::sign("m", "pw");
  CHECK(problem_of([&] { seccure::verify("m", sig.substr(1), key); }) == Problem::invalid_signature_length);
}

TEST_CASE("FORMAT.md §3 examples") {
  CHECK(seccure::passphrase_to_pubkey("seccure is secure") == "2@DupCaCKykHBe-QHpAP%d%B[");
  CHECK(seccure::passphrase_to_pubkey("my private key") == "8W;>i^H0qi|J&$coR5MFpR*Vn");
  CHECK(seccure::passphrase_to_pubkey("seccure is secure", "p160") == "2@DupCaCKykHBe-QHpAP%d%B[");
  CHECK(seccure::passphrase_to_pubkey("seccure is secure", "secp160r1") == "2@DupCaCKykHBe-QHpAP%d%B[");
  CHECK(seccure::private_key_from_passphrase("seccure is secure").public_key().to_compact() ==
        "2@DupCaCKykHBe-QHpAP%d%B[");
  CHECK(seccure::public_key_from_compact("2@DupCaCKykHBe-QHpAP%d%B[").curve().name == "secp160r1");
  // every byte of the passphrase counts: no line rule in the API
  CHECK(seccure::passphrase_to_pubkey("seccure is secure\n") != "2@DupCaCKykHBe-QHpAP%d%B[");
  CHECK(seccure::passphrase_to_pubkey(std::string_view("with\0nul", 8)) != seccure::passphrase_to_pubkey("with"));
}

TEST_CASE("curve names as -c: first substring match that names the size (FORMAT.md §1.2)") {
  CHECK(seccure::find_curve("p160").name == "secp160r1");
  CHECK_THROWS_AS(seccure::find_curve("r1"), seccure::InvalidCurve);
  CHECK_THROWS_AS(seccure::find_curve(""), seccure::InvalidCurve);
  CHECK_THROWS_AS(seccure::find_curve("p"), seccure::InvalidCurve);
  CHECK(seccure::find_curve("nistp256").name == "secp256r1/nistp256");
  CHECK(seccure::find_curve("brainpoolp160r1").name == "brainpoolp160r1");
  CHECK(seccure::find_curve("secp521r1/nistp521").name == "secp521r1/nistp521");
  for (const auto& c : seccure::all_curves()) CHECK(&seccure::find_curve(c.name) == &c);
  std::string msg = message_of<seccure::InvalidCurve>([] { seccure::find_curve("P160"); });
  CHECK(msg.find("Invalid curve name") != std::string::npos);
  CHECK(msg.find("P160") != std::string::npos);
  CHECK_THROWS_AS(seccure::passphrase_to_pubkey("x", "p999"), seccure::InvalidCurve);
  CHECK_THROWS_AS(seccure::sign("m", "x", "nope"), seccure::InvalidCurve);
  CHECK_THROWS_AS(seccure::decrypt("ct", "x", {.curve = "nope"}), seccure::InvalidCurve);
  CHECK_THROWS_AS(seccure::diffie_hellman("nope"), seccure::InvalidCurve);
  // by key length: the first curve with that pk_compact
  CHECK(seccure::curve_for_public_key(std::string(25, '!')).name == "secp160r1");
  CHECK(seccure::curve_for_public_key(std::string(79, '!')).name == "brainpoolp512r1");
  CHECK(seccure::curve_for_public_key(std::string(40, '!')).name == "secp256r1/nistp256");
}

TEST_CASE("keys.txt: every key of the original") {
  auto rows = tv::read_table("keys.txt", 3, 210);
  for (const auto& row : rows) {
    CAPTURE(row[0]);
    CAPTURE(row[1]);
    std::string pass = line_of(tv::unhex(row[1]));
    CHECK(seccure::passphrase_to_pubkey(pass, row[0]) == row[2]);
    auto key = seccure::public_key_from_compact(row[2], row[0]);
    CHECK(key.curve().name == row[0]);
    CHECK(key.to_compact() == row[2]);
    if (inferable(row[0], row[2])) CHECK(seccure::public_key_from_compact(row[2]).to_compact() == row[2]);
  }
}

TEST_CASE("signatures.txt: sign reproduces the original's signatures byte for byte, verify accepts them") {
  auto rows = tv::read_table("signatures.txt", 6, 150);
  for (const auto& row : rows) {
    const std::string &curve = row[0], &key = row[2], &sig = row[4];
    CAPTURE(curve);
    CAPTURE(row[3]);
    std::string pass = line_of(tv::unhex(row[1]));
    const Bytes& msg = tv::cached_message(row[3]);
    std::string smsg = str(msg);
    Bytes bin = tv::unhex(row[5]);

    CHECK(seccure::sign(smsg, pass, curve) == sig);
    CHECK(seccure::sign(seccure::ByteView(msg), pass, curve) == sig);
    CHECK(seccure::sign_binary(smsg, pass, curve) == bin);
    CHECK(seccure::sign_binary(seccure::ByteView(msg), pass, curve) == bin);

    CHECK(seccure::verify(smsg, sig, key, curve));
    CHECK(seccure::verify(seccure::ByteView(msg), sig, key, curve));
    CHECK(seccure::verify_binary(smsg, bin, key, curve));
    CHECK(seccure::verify_binary(seccure::ByteView(msg), bin, key, curve));
    if (inferable(curve, key)) {
      CHECK(seccure::verify(smsg, sig, key));
      CHECK(seccure::verify_binary(smsg, bin, key));
    }
    // another message, another key: false, not an exception
    CHECK_FALSE(seccure::verify(smsg + "x", sig, key, curve));
    CHECK_FALSE(seccure::verify(smsg, sig, seccure::passphrase_to_pubkey("someone else", curve), curve));
    Bytes flipped = bin;
    flipped.back() ^= 1;
    CHECK_FALSE(seccure::verify_binary(smsg, flipped, key, curve));
  }
}

TEST_CASE("ciphertexts.txt: decrypt opens every ciphertext of the original") {
  auto rows = tv::read_table("ciphertexts.txt", 6, 243);
  std::size_t index = 0;
  for (const auto& row : rows) {
    const std::string& curve = row[0];
    unsigned mac_bits = static_cast<unsigned>(std::stoul(row[1]));
    CAPTURE(index);
    CAPTURE(curve);
    CAPTURE(mac_bits);
    CAPTURE(row[4]);
    std::string pass = line_of(tv::unhex(row[2]));
    const Bytes& msg = tv::cached_message(row[4]);
    Bytes ct = row[5].rfind("@", 0) == 0 ? tv::read_vector_file(row[5].substr(1)) : tv::unhex(row[5]);
    ++index;
    CHECK(seccure::decrypt(str(ct), pass, {.mac_bits = mac_bits, .curve = curve}) == str(msg));
    CHECK(seccure::decrypt(seccure::ByteView(ct), pass, {.mac_bits = mac_bits, .curve = curve}) == msg);
    if (mac_bits >= 32) {
      CHECK_THROWS_AS(seccure::decrypt(str(ct), pass + "x", {.mac_bits = mac_bits, .curve = curve}), seccure::IntegrityError);
      CHECK_THROWS_AS(seccure::decrypt(str(ct), pass, {.mac_bits = mac_bits - 8, .curve = curve}), seccure::IntegrityError);
    }
  }
}

TEST_CASE("signcrypt.txt: veridec opens and verifies every signcryption of the original") {
  auto rows = tv::read_table("signcrypt.txt", 8, 81);
  for (const auto& row : rows) {
    const std::string &sig_curve = row[0], &enc_curve = row[1], &sender_key = row[3];
    CAPTURE(sig_curve);
    CAPTURE(enc_curve);
    CAPTURE(row[6]);
    std::string sender_pass = line_of(tv::unhex(row[2]));
    std::string recipient_pass = line_of(tv::unhex(row[4]));
    CHECK(seccure::passphrase_to_pubkey(sender_pass, sig_curve) == sender_key);
    CHECK(seccure::passphrase_to_pubkey(recipient_pass, enc_curve) == row[5]);
    const Bytes& msg = tv::cached_message(row[6]);
    Bytes ct = tv::unhex(row[7]);
    CHECK(seccure::veridec(str(ct), recipient_pass, sender_key, {.sig_curve = sig_curve, .enc_curve = enc_curve}) == str(msg));
    CHECK(seccure::veridec(seccure::ByteView(ct), recipient_pass, sender_key, {.sig_curve = sig_curve, .enc_curve = enc_curve}) == msg);
    if (inferable(sig_curve, sender_key))
      CHECK(seccure::veridec(str(ct), recipient_pass, sender_key, {.enc_curve = enc_curve}) == str(msg));
    // a different sender key: the signature does not verify
    std::string other = seccure::passphrase_to_pubkey(sender_pass + "x", sig_curve);
    CHECK_THROWS_AS(seccure::veridec(str(ct), recipient_pass, other, {.sig_curve = sig_curve, .enc_curve = enc_curve}), seccure::IntegrityError);
  }
}

TEST_CASE("round trips on every curve: encrypt/decrypt, sign/verify, signcrypt/veridec, DH") {
  for (const auto& c : seccure::all_curves()) {
    std::string curve(c.name);
    CAPTURE(curve);
    std::string pass = "pass for " + curve;
    std::string key = seccure::passphrase_to_pubkey(pass, curve);
    CHECK(key.size() == c.pk_compact);
    for (unsigned mac_bits : {0u, 8u, 80u, 256u}) {
      CAPTURE(mac_bits);
      for (std::size_t len : {0, 1, 100, 70000}) {
        std::string msg = str(tv::random_bytes(len));
        std::string ct = seccure::encrypt(msg, key, {.mac_bits = mac_bits, .curve = curve});
        CHECK(ct.size() == c.pk_bin + len + mac_bits / 8);
        CHECK(seccure::decrypt(ct, pass, {.mac_bits = mac_bits, .curve = curve}) == msg);
        Bytes bct = seccure::encrypt(tv::bytes_of(msg), key, {.mac_bits = mac_bits, .curve = curve});
        CHECK(bct.size() == ct.size());
        CHECK(str(bct) != ct);  // a fresh ephemeral key each time
        CHECK(seccure::decrypt(bct, pass, {.mac_bits = mac_bits, .curve = curve}) == tv::bytes_of(msg));
      }
    }
    std::string msg = "a message on " + curve;
    std::string sig = seccure::sign(msg, pass, curve);
    CHECK(sig.size() == c.sig_compact);
    CHECK(seccure::sign(msg, pass, curve) == sig);  // deterministic
    CHECK(seccure::verify(msg, sig, key, curve));
    Bytes bsig = seccure::sign_binary(msg, pass, curve);
    CHECK(bsig.size() == c.sig_bin);
    CHECK(seccure::verify_binary(msg, bsig, key, curve));

    // signcryption to a p160 key and from p160 to this curve
    std::string to = seccure::passphrase_to_pubkey("recipient", "p160");
    std::string sc = seccure::signcrypt(msg, pass, to, {.sig_curve = curve, .enc_curve = "p160"});
    CHECK(sc.size() == 21 + msg.size() + c.sig_bin);
    CHECK(seccure::veridec(sc, "recipient", key, {.sig_curve = curve, .enc_curve = "p160"}) == msg);
    Bytes sc2 = seccure::signcrypt(tv::bytes_of(msg), "sender", key, {.sig_curve = "p160", .enc_curve = curve});
    CHECK(seccure::veridec(sc2, pass, seccure::passphrase_to_pubkey("sender"), {.enc_curve = curve}) == tv::bytes_of(msg));

    seccure::DiffieHellman alice = seccure::diffie_hellman(curve), bob = seccure::diffie_hellman(curve);
    CHECK(&alice.curve() == &c);
    CHECK(alice.public_key().size() == c.pk_compact);
    seccure::DhKeys ka = seccure::complete_dh(alice, bob.public_key()), kb = seccure::complete_dh(bob, alice.public_key());
    CHECK(ka.established == kb.established);
    CHECK(ka.verification == kb.verification);
    CHECK(ka.established.size() == c.dh_compact);
  }
  // default curve and MAC length
  std::string key = seccure::passphrase_to_pubkey("default");
  std::string ct = seccure::encrypt("hello", key);
  CHECK(ct.size() == 21 + 5 + 10);
  CHECK(seccure::decrypt(ct, "default") == "hello");
  CHECK(seccure::verify("hello", seccure::sign("hello", "default"), key));
  CHECK(seccure::veridec(seccure::signcrypt("hi", "default", key), "default", key) == "hi");
  // binary messages with NUL bytes go through std::string unharmed
  std::string nul("a\0b\0", 4);
  CHECK(seccure::decrypt(seccure::encrypt(nul, key), "default") == nul);
}

TEST_CASE("InvalidKey: wrong length, bad character, not a point") {
  const auto& p160 = seccure::find_curve("p160");
  std::string good = seccure::passphrase_to_pubkey("seccure is secure");
  std::string msg = message_of<seccure::InvalidKey>([&] { seccure::encrypt("m", good.substr(1)); });
  CHECK(msg.find("wrong length") != std::string::npos);
  msg = message_of<seccure::InvalidKey>([&] { seccure::encrypt("m", good.substr(1), {.curve = "p160"}); });
  CHECK(msg.find("wrong length") != std::string::npos);
  CHECK_THROWS_AS(seccure::encrypt("m", good, {.curve = "p256"}), seccure::InvalidKey);
  CHECK_THROWS_AS(seccure::verify("m", std::string(50, '!'), good + "!"), seccure::InvalidKey);
  CHECK_THROWS_AS(seccure::public_key_from_compact(""), seccure::InvalidKey);
  CHECK_THROWS_AS(seccure::curve_for_public_key("abc"), seccure::InvalidKey);

  std::string bad_char = good;
  bad_char[3] = '"';
  msg = message_of<seccure::InvalidKey>([&] { seccure::encrypt("m", bad_char); });
  CHECK(msg.find("alphabet") != std::string::npos);

  std::string not_point = tv::compact_of(nonresidue_x(p160), p160.pk_compact);
  msg = message_of<seccure::InvalidKey>([&] { seccure::encrypt("m", not_point); });
  CHECK(msg.find("not a point") != std::string::npos);
  CHECK_THROWS_AS(seccure::verify("m", std::string(50, '!'), not_point), seccure::InvalidKey);
  CHECK_THROWS_AS(seccure::signcrypt("m", "x", not_point), seccure::InvalidKey);
  CHECK_THROWS_AS(seccure::veridec(std::string(100, 'x'), "x", not_point), seccure::InvalidKey);
  CHECK_THROWS_AS(seccure::public_key_from_compact(std::string(25, '~')), seccure::InvalidKey);  // >= 2p

  seccure::DiffieHellman dh = seccure::diffie_hellman();
  CHECK(dh.curve().name == "secp160r1");
  CHECK(seccure::DiffieHellman().curve().name == "secp160r1");
  CHECK_THROWS_AS(seccure::complete_dh(dh, not_point), seccure::InvalidKey);
  CHECK_THROWS_AS(seccure::complete_dh(dh, good.substr(2)), seccure::InvalidKey);
  CHECK_THROWS_AS(seccure::complete_dh(dh, seccure::passphrase_to_pubkey("x", "p256")), seccure::InvalidKey);
}

TEST_CASE("InvalidSignature: wrong length or a character outside the alphabet") {
  std::string key = seccure::passphrase_to_pubkey("seccure is secure");
  std::string sig = seccure::sign("m", "seccure is secure");
  CHECK(seccure::verify("m", sig, key));
  std::string msg = message_of<seccure::InvalidSignature>([&] { seccure::verify("m", sig.substr(1), key); });
  CHECK(msg == "Invalid signature (wrong length)");
  CHECK_THROWS_AS(seccure::verify("m", sig + "!", key), seccure::InvalidSignature);
  CHECK_THROWS_AS(seccure::verify("m", "", key), seccure::InvalidSignature);
  std::string bad = sig;
  bad[0] = ' ';
  msg = message_of<seccure::InvalidSignature>([&] { seccure::verify("m", bad, key); });
  CHECK(msg == "Invalid signature (inconsistent structure)");
  Bytes bin = seccure::sign_binary("m", "seccure is secure");
  CHECK(seccure::verify_binary("m", bin, key));
  bin.pop_back();
  CHECK_THROWS_AS(seccure::verify_binary("m", bin, key), seccure::InvalidSignature);
  // well-formed but out of range (all digits maximal): just invalid
  CHECK_FALSE(seccure::verify("m", std::string(sig.size(), '~'), key));
  CHECK_FALSE(seccure::verify("m", std::string(sig.size(), '!'), key));
}

TEST_CASE("InvalidCiphertext and IntegrityError") {
  const auto& p160 = seccure::find_curve("p160");
  std::string key = seccure::passphrase_to_pubkey("pw");
  std::string ct = seccure::encrypt("secret message", key);

  std::string msg = message_of<seccure::InvalidCiphertext>([&] { seccure::decrypt(ct.substr(0, 20), "pw"); });
  CHECK(msg == "Inconsistent header (too short)");
  CHECK_THROWS_AS(seccure::decrypt("", "pw"), seccure::InvalidCiphertext);

  Bytes bad_header = tv::bytes_of(nonresidue_x(p160), p160.pk_bin);
  std::string bad = str(bad_header) + ct.substr(p160.pk_bin);
  msg = message_of<seccure::InvalidCiphertext>([&] { seccure::decrypt(bad, "pw"); });
  CHECK(msg == "Inconsistent header");
  CHECK_THROWS_AS(seccure::decrypt(std::string(21, '\xff') + "0123456789", "pw"), seccure::InvalidCiphertext);

  msg = message_of<seccure::InvalidCiphertext>([&] { seccure::decrypt(ct.substr(0, 21 + 9), "pw"); });
  CHECK(msg == "Input too short");
  CHECK(seccure::decrypt(ct.substr(0, 21), "pw", {.mac_bits = 0}).empty());  // no MAC: nothing to miss

  msg = message_of<seccure::IntegrityError>([&] { seccure::decrypt(ct, "wrong"); });
  CHECK(msg == "Integrity check failed, message forged");
  for (std::size_t i = 21; i < ct.size(); ++i) {
    std::string t = ct;
    t[i] = static_cast<char>(t[i] ^ 0x40);
    CHECK_THROWS_AS(seccure::decrypt(t, "pw"), seccure::IntegrityError);
  }
  CHECK_THROWS_AS(seccure::decrypt(ct.substr(0, ct.size() - 1), "pw"), seccure::IntegrityError);
  CHECK_THROWS_AS(seccure::decrypt(ct, "pw", {.mac_bits = 88}), seccure::IntegrityError);
  CHECK_THROWS_AS(seccure::decrypt(ct, "pw", {.curve = "brainpoolp160r1"}), seccure::Error);

  // signcryption: too short for the signature, forged
  std::string sc = seccure::signcrypt("hello", "sender", key);
  std::string sender = seccure::passphrase_to_pubkey("sender");
  CHECK(seccure::veridec(sc, "pw", sender) == "hello");
  msg = message_of<seccure::InvalidCiphertext>([&] { seccure::veridec(sc.substr(0, 21 + 40), "pw", sender); });
  CHECK(msg == "Input too short");
  CHECK_THROWS_AS(seccure::veridec(sc.substr(0, 3), "pw", sender), seccure::InvalidCiphertext);
  CHECK_THROWS_AS(seccure::veridec(str(bad_header) + sc.substr(21), "pw", sender), seccure::InvalidCiphertext);
  std::string t = sc;
  t[22] = static_cast<char>(t[22] ^ 1);
  msg = message_of<seccure::IntegrityError>([&] { seccure::veridec(t, "pw", sender); });
  CHECK(msg == "Invalid signature, message forged");
  CHECK_THROWS_AS(seccure::veridec(sc, "wrong", sender), seccure::IntegrityError);
}

TEST_CASE("InvalidMacLength: a multiple of 8 bits in 0..256") {
  std::string key = seccure::passphrase_to_pubkey("pw");
  for (unsigned bits : {1u, 7u, 79u, 264u, 1000u}) {
    CAPTURE(bits);
    CHECK_THROWS_AS(seccure::encrypt("m", key, {.mac_bits = bits}), seccure::InvalidMacLength);
    CHECK_THROWS_AS(seccure::decrypt(std::string(40, 'x'), "pw", {.mac_bits = bits}), seccure::InvalidMacLength);
  }
  CHECK(seccure::decrypt(seccure::encrypt("m", key, {.mac_bits = 256}), "pw", {.mac_bits = 256}) == "m");
  std::string msg = message_of<seccure::InvalidMacLength>([&] { seccure::encrypt("m", key, {.mac_bits = 12}); });
  CHECK(msg.find("Invalid MAC length") != std::string::npos);
}

}  // TEST_SUITE

// ---- Calls that must not compile (issue 9): a literal 0 or nullptr where
// text is expected was a null std::string_view (a crash), and encrypt and
// decrypt took the MAC length and the curve in opposite orders.
namespace bad_calls {

// Each is false when the call does not compile. (Templates, and calls that
// depend on the parameter, so that a call that does not compile is a false
// requires-expression, not an error; the literal 0 stays a literal.)
template <class T> constexpr bool decrypt_zero_curve = requires(T ct) { seccure::decrypt(ct, "pw", 0); };
template <class T> constexpr bool decrypt_zero_passphrase = requires(T ct) { seccure::decrypt(ct, 0); };
template <class T> constexpr bool decrypt_null_passphrase = requires(T ct) { seccure::decrypt(ct, nullptr); };
template <class T> constexpr bool decrypt_old_order = requires(T ct) { seccure::decrypt(ct, "pw", "p160", 80u); };
template <class T> constexpr bool decrypt_curve_positional = requires(T ct) { seccure::decrypt(ct, "pw", "p160"); };
template <class T> constexpr bool decrypt_mac_positional = requires(T ct) { seccure::decrypt(ct, "pw", 80u); };
template <class T> constexpr bool encrypt_old_order = requires(T m) { seccure::encrypt(m, "key", 80u, "p160"); };
template <class T> constexpr bool encrypt_mac_positional = requires(T m) { seccure::encrypt(m, "key", 80); };
template <class T> constexpr bool encrypt_zero_key = requires(T m) { seccure::encrypt(m, 0); };
template <class T> constexpr bool encrypt_zero_message = requires(T key) { seccure::encrypt(0, key); };
template <class T> constexpr bool curve_given_a_number = requires(T ct) { seccure::decrypt(ct, "pw", {.curve = 0}); };
template <class T> constexpr bool mac_given_a_name = requires(T ct) { seccure::decrypt(ct, "pw", {.mac_bits = "80"}); };
template <class T> constexpr bool mac_negative = requires(T ct) { seccure::decrypt(ct, "pw", {.mac_bits = -8}); };
template <class T> constexpr bool sign_zero_curve = requires(T m) { seccure::sign(m, "pw", 0); };
template <class T> constexpr bool sign_null_passphrase = requires(T m) { seccure::sign(m, nullptr); };
template <class T> constexpr bool verify_zero_curve = requires(T m) { seccure::verify(m, "sig", "key", 0); };
template <class T> constexpr bool signcrypt_zero_curve = requires(T m) { seccure::signcrypt(m, "pw", "key", 0); };
template <class T> constexpr bool veridec_two_names = requires(T c) { seccure::veridec(c, "pw", "key", "p160", "p256"); };
template <class T> constexpr bool find_curve_of = requires(T z) { seccure::find_curve(z); };
template <class T> constexpr bool key_zero_curve = requires(T p) { seccure::passphrase_to_pubkey(p, 0); };
template <class T> constexpr bool dh_of = requires(T z) { seccure::diffie_hellman(z); };
template <class T> constexpr bool text_from_char = requires(T c) { seccure::Text(c); };

// The good calls compile (so that the checks above are not vacuous).
template <class T> constexpr bool decrypt_ok = requires(T ct) { seccure::decrypt(ct, "pw", {.mac_bits = 0}); };
template <class T> constexpr bool decrypt_both_ok =
    requires(T ct) { seccure::decrypt(ct, std::string("pw"), {.mac_bits = 128, .curve = "p256"}); };
template <class T> constexpr bool encrypt_ok = requires(T m) { seccure::encrypt(m, "key", {.mac_bits = 0, .curve = "p256"}); };
template <class T> constexpr bool sign_ok = requires(T m) { seccure::sign(m, std::string_view("pw"), "p256"); };
template <class T> constexpr bool veridec_ok =
    requires(T c) { seccure::veridec(c, "pw", "key", {.sig_curve = "p160", .enc_curve = "p256"}); };

static_assert(!decrypt_zero_curve<std::string> && !decrypt_zero_curve<seccure::ByteView>);
static_assert(!decrypt_zero_passphrase<std::string> && !decrypt_zero_passphrase<seccure::ByteView>);
static_assert(!decrypt_null_passphrase<std::string> && !decrypt_null_passphrase<seccure::ByteView>);
static_assert(!decrypt_old_order<std::string> && !decrypt_curve_positional<std::string>);
static_assert(!decrypt_mac_positional<std::string>);
static_assert(!encrypt_old_order<std::string> && !encrypt_mac_positional<std::string>);
static_assert(!encrypt_zero_key<std::string> && !encrypt_zero_key<seccure::ByteView>);
static_assert(!encrypt_zero_message<std::string>);
static_assert(!curve_given_a_number<std::string> && !mac_given_a_name<std::string> && !mac_negative<std::string>);
static_assert(!sign_zero_curve<std::string> && !sign_null_passphrase<std::string>);
static_assert(!verify_zero_curve<std::string> && !signcrypt_zero_curve<std::string>);
static_assert(!veridec_two_names<std::string>);
static_assert(!find_curve_of<int> && !find_curve_of<std::nullptr_t> && !find_curve_of<bool>);
static_assert(!key_zero_curve<std::string> && !dh_of<int> && !dh_of<std::nullptr_t>);
static_assert(find_curve_of<const char*> && dh_of<std::string>);
static_assert(!text_from_char<char> && !text_from_char<int> && !text_from_char<std::nullptr_t>);
static_assert(!std::is_convertible_v<int, seccure::Text> && !std::is_convertible_v<std::nullptr_t, seccure::Text>);
static_assert(!std::is_convertible_v<int, seccure::DecryptOptions>);
static_assert(!std::is_convertible_v<const char*, seccure::EncryptOptions>);

static_assert(decrypt_ok<std::string> && decrypt_ok<seccure::ByteView> && decrypt_both_ok<std::string>);
static_assert(encrypt_ok<std::string> && encrypt_ok<seccure::ByteView> && sign_ok<std::string>);
static_assert(veridec_ok<std::string> && veridec_ok<seccure::ByteView>);
static_assert(std::is_convertible_v<const char*, seccure::Text> && std::is_convertible_v<std::string, seccure::Text> &&
              std::is_convertible_v<std::string_view, seccure::Text>);

}  // namespace bad_calls

TEST_CASE("one order everywhere: data, key, options; the options name their fields") {
  std::string key = seccure::passphrase_to_pubkey("pw", "p256");
  // The MAC length and the curve, the same fields for both directions.
  std::string ct = seccure::encrypt("hello", key, {.mac_bits = 128, .curve = "p256"});
  CHECK(ct.size() == 33 + 5 + 16);
  CHECK(seccure::decrypt(ct, "pw", {.mac_bits = 128, .curve = "p256"}) == "hello");
  CHECK_THROWS_AS(seccure::decrypt(ct, "pw", {.curve = "p256"}), seccure::IntegrityError);  // 80 bits
  CHECK_THROWS_AS(seccure::decrypt(ct, "pw", {.mac_bits = 128}), seccure::Error);           // p160
  // Only the MAC length: the key's curve by its length; decrypt's p160.
  std::string key160 = seccure::passphrase_to_pubkey("pw");
  std::string ct0 = seccure::encrypt("hello", key160, {.mac_bits = 0});
  CHECK(ct0.size() == 21 + 5);
  CHECK(seccure::decrypt(ct0, "pw", {.mac_bits = 0}) == "hello");
  // signcrypt and veridec: the signature's curve first in both.
  std::string sender = seccure::passphrase_to_pubkey("sender", "p192");
  std::string sc = seccure::signcrypt("hi", "sender", key, {.sig_curve = "p192", .enc_curve = "p256"});
  CHECK(seccure::veridec(sc, "pw", sender, {.sig_curve = "p192", .enc_curve = "p256"}) == "hi");
  CHECK(seccure::veridec(sc, "pw", sender, {.enc_curve = "p256"}) == "hi");  // p192 by the key's length
}

TEST_CASE("Text: a null const char* is an error, never read") {
  const char* null = nullptr;
  CHECK_THROWS_AS(seccure::decrypt("ciphertext", null), std::invalid_argument);
  CHECK_THROWS_AS(seccure::sign(null, "pw"), std::invalid_argument);
  CHECK_THROWS_AS(seccure::find_curve(null), std::invalid_argument);
  CHECK_THROWS_AS(seccure::encrypt("m", seccure::passphrase_to_pubkey("pw"), {.curve = null}), std::invalid_argument);
  // Embedded NULs stay part of a std::string passed as Text.
  std::string nul("a\0b", 3);
  CHECK(seccure::passphrase_to_pubkey(nul) != seccure::passphrase_to_pubkey("a"));
  const char* some = "seccure is secure";
  CHECK(seccure::passphrase_to_pubkey(some) == "2@DupCaCKykHBe-QHpAP%d%B[");
}
