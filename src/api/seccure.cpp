// The one-shot API of seccure/seccure.hpp: thin wrappers over the streaming
// classes that turn the tools' failure messages into typed exceptions.
#include <algorithm>
#include <cstring>

#include "seccure/seccure.hpp"

namespace seccure {

namespace {

ByteView bytes_of(std::string_view s) { return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()}; }

// Writable bytes of a result container (std::string or Bytes).
template <class Out>
std::span<std::uint8_t> writable(Out& out) {
  return {reinterpret_cast<std::uint8_t*>(out.data()), out.size()};
}

template <class Out>
void append(Out& out, ByteView data) {
  std::size_t at = out.size();
  out.resize(at + data.size());
  if (!data.empty()) std::memcpy(out.data() + at, data.data(), data.size());
}

std::size_t mac_bytes_of(unsigned mac_bits) {
  if (auto bytes = mac_bytes_for_bits(mac_bits)) return *bytes;
  throw InvalidMacLength(std::to_string(mac_bits) + " bits (must be a multiple of 8 from 0 to 256)");
}

// Unverified plaintext is wiped, never returned.
template <class Out>
void discard(Out& out) {
  wipe(out.data(), out.size());
  out.clear();
}

PrivateKey key_of(std::string_view passphrase, const CurveParams& curve) {
  init();
  return PrivateKey::from_passphrase(curve, bytes_of(passphrase));
}

PublicKey pubkey_of(std::string_view compact_key, const CurveParams& c) {
  if (compact_key.size() != c.pk_compact)
    throw InvalidKey(Problem::invalid_key_length, std::string(c.name) + " keys have " + std::to_string(c.pk_compact) +
                                                      " characters, not " + std::to_string(compact_key.size()));
  if (compact_key.find_first_not_of(compact_alphabet) != std::string_view::npos)
    throw InvalidKey(Problem::invalid_key, "a character is outside the compact alphabet");
  init();
  auto key = PublicKey::from_compact(c, compact_key);
  if (!key) throw InvalidKey(Problem::invalid_key, "not a point of " + std::string(c.name));
  return std::move(*key);
}

// Feeds the body of a ciphertext to a decryptor in bounded chunks, so that
// the plaintext is built once, directly in the result.
template <class Out, class Decryptor>
void feed_body(Decryptor& dec, ByteView body, Out& out) {
  constexpr std::size_t chunk = 64 * 1024;
  Bytes scratch;
  scratch.reserve(chunk);
  for (std::size_t at = 0; at < body.size(); at += chunk) {
    scratch.clear();
    dec.update(body.subspan(at, std::min(chunk, body.size() - at)), scratch);
    append(out, scratch);
  }
  scratch.resize(scratch.capacity());
  discard(scratch);
}

// The plaintext if the decryptor's verdict is ok; otherwise it is wiped,
// never returned, and the problem thrown.
template <class Out>
Out verified(DecryptStatus verdict, Out out, Problem forged) {
  if (verdict == DecryptStatus::ok) return out;
  discard(out);
  if (verdict == DecryptStatus::too_short) throw InvalidCiphertext(Problem::input_too_short);
  throw IntegrityError(forged);
}

// header || message encrypted in place || trailer (MAC tag or signature of
// `trailer` bytes), from an EciesEncryptor or a SigncryptEncryptor.
template <class Out, class Encryptor>
Out seal(Encryptor enc, ByteView message, std::size_t trailer) {
  Out out;
  out.reserve(enc.header().size() + message.size() + trailer);
  append(out, enc.header());
  std::size_t body_at = out.size();
  append(out, message);
  enc.encrypt(writable(out).subspan(body_at));
  append(out, enc.finish());
  return out;
}

template <class Out>
Out encrypt_to(ByteView message, Text pubkey, const EncryptOptions& options) {
  std::size_t mac = mac_bytes_of(options.mac_bits);
  PublicKey to = public_key_from_compact(pubkey, options.curve);
  return seal<Out>(EciesEncryptor(to, mac), message, mac);
}

template <class Out>
Out decrypt_to(ByteView ciphertext, Text passphrase, const DecryptOptions& options) {
  std::size_t mac = mac_bytes_of(options.mac_bits);
  const CurveParams& c = find_curve(options.curve);
  PrivateKey key = key_of(passphrase, c);
  if (ciphertext.size() < c.pk_bin) throw InvalidCiphertext(Problem::header_too_short);
  auto dec = EciesDecryptor::open(key, ciphertext.first(c.pk_bin), mac);
  if (!dec) throw InvalidCiphertext(Problem::inconsistent_header);
  ByteView body = ciphertext.subspan(c.pk_bin);
  if (body.size() < mac) throw InvalidCiphertext(Problem::input_too_short);
  Out out;
  out.reserve(body.size() - mac);
  feed_body(*dec, body, out);
  return verified(dec->finish(), std::move(out), Problem::mac_forged);
}

Bytes parsed_or_throw(SignatureParse parsed) {
  if (auto* err = std::get_if<SignatureParseError>(&parsed))
    throw InvalidSignature(problem_of(*err));
  return std::move(std::get<Bytes>(parsed));
}

Bytes sign_bytes(ByteView message, std::string_view passphrase, const CurveParams& curve) {
  PrivateKey key = key_of(passphrase, curve);
  Signer signer(key);
  signer.update(message);
  return signer.finish();
}

bool verify_parsed(ByteView message, const PublicKey& key, const Bytes& signature) {
  Verifier verifier(key);
  verifier.update(message);
  return verifier.finish(signature);
}

bool verify_compact(ByteView message, std::string_view signature, std::string_view pubkey,
                    std::string_view curve) {
  PublicKey key = public_key_from_compact(pubkey, curve);
  Bytes sig = parsed_or_throw(parse_compact_signature(key.curve(), signature));
  return verify_parsed(message, key, sig);
}

bool verify_bin(ByteView message, ByteView signature, std::string_view pubkey, std::string_view curve) {
  PublicKey key = public_key_from_compact(pubkey, curve);
  Bytes sig = parsed_or_throw(parse_binary_signature(key.curve(), signature));
  return verify_parsed(message, key, sig);
}

template <class Out>
Out signcrypt_to(ByteView message, std::string_view passphrase, std::string_view recipient_pubkey,
                 std::string_view sig_curve, std::string_view enc_curve) {
  PrivateKey signer = private_key_from_passphrase(passphrase, sig_curve);
  PublicKey to = public_key_from_compact(recipient_pubkey, enc_curve);
  return seal<Out>(SigncryptEncryptor(signer, to), message, signer.curve().sig_bin);
}

template <class Out>
Out veridec_to(ByteView ciphertext, std::string_view passphrase, std::string_view sender_pubkey,
               std::string_view enc_curve, std::string_view sig_curve) {
  const CurveParams& c = find_curve(enc_curve);
  PublicKey sender = public_key_from_compact(sender_pubkey, sig_curve);
  PrivateKey key = key_of(passphrase, c);
  if (ciphertext.size() < c.pk_bin) throw InvalidCiphertext(Problem::header_too_short);
  auto dec = VeridecDecryptor::open(key, sender, ciphertext.first(c.pk_bin));
  if (!dec) throw InvalidCiphertext(Problem::inconsistent_header);
  ByteView body = ciphertext.subspan(c.pk_bin);
  if (body.size() < sender.curve().sig_bin) throw InvalidCiphertext(Problem::input_too_short);
  Out out;
  out.reserve(body.size() - sender.curve().sig_bin);
  feed_body(*dec, body, out);
  return verified(dec->finish(), std::move(out), Problem::signature_forged);
}

}  // namespace

// --- curves and keys --------------------------------------------------------

const CurveParams& find_curve(Text name) {
  const CurveParams* c = curve_by_name(name);
  if (!c)
    throw InvalidCurve("no curve is named \"" + printable(name) +
                       "\" (a curve name, or a part of one of 3 or more characters that contains its size, "
                       "such as p256)");
  return *c;
}

const CurveParams& curve_for_public_key(Text compact_key) {
  const CurveParams* c = curve_by_pk_compact_length(compact_key.view().size());
  if (!c)
    throw InvalidKey(Problem::invalid_key_length,
                     "no curve has public keys of " + std::to_string(compact_key.view().size()) + " characters");
  return *c;
}

PrivateKey private_key_from_passphrase(Text passphrase, Text curve) { return key_of(passphrase, find_curve(curve)); }

PublicKey public_key_from_compact(Text compact_key, Text curve) {
  return pubkey_of(compact_key, curve.empty() ? curve_for_public_key(compact_key) : find_curve(curve));
}

std::string passphrase_to_pubkey(Text passphrase, Text curve) {
  return private_key_from_passphrase(passphrase, curve).public_key().to_compact();
}

// --- encryption ---------------------------------------------------------------

std::string encrypt(Text message, Text pubkey, const EncryptOptions& options) {
  return encrypt_to<std::string>(bytes_of(message), pubkey, options);
}
Bytes encrypt(ByteView message, Text pubkey, const EncryptOptions& options) {
  return encrypt_to<Bytes>(message, pubkey, options);
}

std::string decrypt(Text ciphertext, Text passphrase, const DecryptOptions& options) {
  return decrypt_to<std::string>(bytes_of(ciphertext), passphrase, options);
}
Bytes decrypt(ByteView ciphertext, Text passphrase, const DecryptOptions& options) {
  return decrypt_to<Bytes>(ciphertext, passphrase, options);
}

// --- signatures ---------------------------------------------------------------

std::string sign(Text message, Text passphrase, Text curve) { return sign(bytes_of(message), passphrase, curve); }
std::string sign(ByteView message, Text passphrase, Text curve) {
  const CurveParams& c = find_curve(curve);
  return signature_to_compact(c, sign_bytes(message, passphrase, c));
}

Bytes sign_binary(Text message, Text passphrase, Text curve) {
  return sign_bytes(bytes_of(message), passphrase, find_curve(curve));
}
Bytes sign_binary(ByteView message, Text passphrase, Text curve) {
  return sign_bytes(message, passphrase, find_curve(curve));
}

bool verify(Text message, Text signature, Text pubkey, Text curve) {
  return verify_compact(bytes_of(message), signature, pubkey, curve);
}
bool verify(ByteView message, Text signature, Text pubkey, Text curve) {
  return verify_compact(message, signature, pubkey, curve);
}

bool verify_binary(Text message, ByteView signature, Text pubkey, Text curve) {
  return verify_bin(bytes_of(message), signature, pubkey, curve);
}
bool verify_binary(ByteView message, ByteView signature, Text pubkey, Text curve) {
  return verify_bin(message, signature, pubkey, curve);
}

// --- signcryption ---------------------------------------------------------------

std::string signcrypt(Text message, Text passphrase, Text recipient_pubkey, const SigncryptOptions& options) {
  return signcrypt_to<std::string>(bytes_of(message), passphrase, recipient_pubkey, options.sig_curve,
                                   options.enc_curve);
}
Bytes signcrypt(ByteView message, Text passphrase, Text recipient_pubkey, const SigncryptOptions& options) {
  return signcrypt_to<Bytes>(message, passphrase, recipient_pubkey, options.sig_curve, options.enc_curve);
}

std::string veridec(Text ciphertext, Text passphrase, Text sender_pubkey, const VeridecOptions& options) {
  return veridec_to<std::string>(bytes_of(ciphertext), passphrase, sender_pubkey, options.enc_curve,
                                 options.sig_curve);
}
Bytes veridec(ByteView ciphertext, Text passphrase, Text sender_pubkey, const VeridecOptions& options) {
  return veridec_to<Bytes>(ciphertext, passphrase, sender_pubkey, options.enc_curve, options.sig_curve);
}

// --- Diffie-Hellman -------------------------------------------------------------

DiffieHellman diffie_hellman(Text curve) {
  const CurveParams& c = find_curve(curve);
  init();
  return DiffieHellman(c);
}

DhKeys complete_dh(const DiffieHellman& me, Text peer_key) {
  auto keys = me.complete(pubkey_of(peer_key, me.curve()));
  if (!keys) throw InvalidKey(Problem::invalid_key);
  return std::move(*keys);
}

}  // namespace seccure
