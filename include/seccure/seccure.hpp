/// @file
/// seccure++ for programs: everything in one header.
///
/// @code
/// #include <seccure/seccure.hpp>
///
/// std::string key = seccure::passphrase_to_pubkey("seccure is secure");
/// // key == "2@DupCaCKykHBe-QHpAP%d%B[" (curve p160, as seccure-key prints)
/// std::string ct = seccure::encrypt("hello", key);          // binary string
/// std::string pt = seccure::decrypt(ct, "seccure is secure"); // "hello"
/// std::string ct2 = seccure::encrypt("hello", key, {.mac_bits = 128});
/// std::string pt2 = seccure::decrypt(ct2, "seccure is secure", {.mac_bits = 128});
/// std::string sig = seccure::sign("hello", "seccure is secure");
/// bool ok = seccure::verify("hello", sig, key);              // true
/// @endcode
///
/// The functions in this header are the conveniences of seccure's Python port
/// in C++. They produce and accept exactly the bytes of the seccure 0.5 tools:
/// a ciphertext made by encrypt() decrypts with `seccure-decrypt`, a signature
/// made by `seccure-sign` verifies with verify(), and so on.
///
/// **Arguments** come in one order everywhere: the data, then the key
/// (public key or passphrase), then the options. The options of encrypt()
/// and decrypt() (MAC length, then curve) and of signcrypt() and veridec()
/// (signature curve, then encryption curve) are structs with named fields,
/// best filled with designated initializers, so that a number can never be
/// taken for a curve or the other way round.
///
/// **Byte strings.** Messages, ciphertexts and passphrases are taken as
/// Text (a std::string, std::string_view or string literal) and returned as
/// std::string (which may hold any bytes, including NUL); every function
/// also has an overload taking a ByteView (std::span<const std::uint8_t>)
/// that returns a Bytes vector. Public keys and compact signatures are
/// text. Text cannot be made from 0, nullptr or any other number: such a
/// call does not compile (std::string_view would accept a literal 0 as a
/// null pointer and crash).
///
/// **Curves** are named as with the tools' `-c` option (FORMAT.md §1.2): the first
/// of the fifteen curves, in seccure's order, whose full name contains the
/// given text, so "p160" is secp160r1, "nistp256" is secp256r1/nistp256 and
/// "brainpoolp256r1" is itself. Where a public key is given and the curve
/// is left empty, the curve is the first one whose compact keys have the
/// key's length (brainpool keys therefore need the curve name).
///
/// **Passphrases** are hashed exactly as given (every byte counts). The tools
/// use only the first line of a passphrase (`-F` file, terminal or pipe) and
/// drop every carriage return: to get the key `seccure-key -F file` prints,
/// pass the file's first line without its line end.
///
/// **Errors** are exceptions derived from seccure::Error (seccure/errors.hpp):
/// InvalidCurve, InvalidKey, InvalidSignature, InvalidCiphertext,
/// IntegrityError, InvalidMacLength. Each names its seccure::Problem
/// (problem()), and what() begins with that problem's text as the seccure
/// tools print it (seccure::message()). A signature that does not match is
/// not an error: verify() returns false.
///
/// **Messages of any size.** The one-shot functions hold the whole message
/// (and the whole result) in memory. For files of any size use the streaming
/// classes they are built on, which work in constant memory: EciesEncryptor
/// and EciesDecryptor (seccure/ecies.hpp), Signer and Verifier
/// (seccure/ecdsa.hpp), SigncryptEncryptor and VeridecDecryptor
/// (seccure/signcrypt.hpp). For example, encrypting a stream:
///
/// @code
/// seccure::PublicKey to = seccure::public_key_from_compact(key);
/// seccure::EciesEncryptor enc(to, seccure::default_mac_bytes);
/// out.write(reinterpret_cast<const char*>(enc.header().data()), enc.header().size());
/// std::vector<std::uint8_t> buf(1 << 16);
/// while (in.read(reinterpret_cast<char*>(buf.data()), buf.size()) || in.gcount() > 0) {
///   std::span<std::uint8_t> chunk(buf.data(), static_cast<std::size_t>(in.gcount()));
///   enc.encrypt(chunk);  // in place
///   out.write(reinterpret_cast<const char*>(chunk.data()), chunk.size());
/// }
/// seccure::Bytes tag = enc.finish();
/// out.write(reinterpret_cast<const char*>(tag.data()), tag.size());
/// @endcode
///
/// and decrypting one (plaintext comes out before the tag is checked: keep
/// it away from its final destination until finish() returns ok, as
/// `seccure-decrypt -o` does):
///
/// @code
/// seccure::PrivateKey me = seccure::private_key_from_passphrase(passphrase);
/// seccure::Bytes header(me.curve().pk_bin);
/// // ... read exactly header.size() bytes into header ...
/// auto dec = seccure::EciesDecryptor::open(me, header, seccure::default_mac_bytes);
/// if (!dec) throw seccure::InvalidCiphertext(seccure::Problem::inconsistent_header);
/// seccure::Bytes plain;
/// // for each chunk read: plain.clear(); dec->update(chunk, plain); write plain
/// if (dec->finish() != seccure::DecryptStatus::ok) { /* discard the output */ }
/// @endcode
///
/// Thread safety: distinct objects may be used from distinct threads; the
/// functions here share no mutable state.
#pragma once
#include <concepts>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

#include "seccure/curves.hpp"
#include "seccure/dh.hpp"
#include "seccure/ecdsa.hpp"
#include "seccure/ecies.hpp"
#include "seccure/encoding.hpp"
#include "seccure/errors.hpp"
#include "seccure/keys.hpp"
#include "seccure/secure.hpp"
#include "seccure/signcrypt.hpp"

namespace seccure {


/// A text argument: a view of a std::string, std::string_view, string
/// literal or anything else that converts to std::string_view (it does not
/// own the characters, just as std::string_view). Unlike std::string_view
/// it cannot be made from a number: `decrypt(ct, "pw", 0)` or
/// `sign(msg, nullptr)` does not compile, and a null `const char*` throws
/// std::invalid_argument instead of being read.
class Text {
public:
  constexpr Text() noexcept = default;
  constexpr Text(std::string_view s) noexcept : s_(s) {}
  Text(const std::string& s) noexcept : s_(s) {}
  Text(const char* s) : s_(s ? std::string_view(s) : throw std::invalid_argument("seccure: null string argument")) {}
  template <class S>
    requires(std::is_convertible_v<const S&, std::string_view> && !std::is_convertible_v<const S&, const char*>)
  Text(const S& s) noexcept(noexcept(std::string_view(s))) : s_(std::string_view(s)) {}
  Text(std::nullptr_t) = delete;
  template <class T>
    requires(std::is_arithmetic_v<T> || std::is_enum_v<T>)
  Text(T) = delete;

  constexpr std::string_view view() const noexcept { return s_; }
  constexpr operator std::string_view() const noexcept { return s_; }
  constexpr bool empty() const noexcept { return s_.empty(); }

private:
  std::string_view s_;
};

/// The options of encrypt(). `{.mac_bits = 128, .curve = "p256"}`
struct EncryptOptions {
  /// The MAC tag's length: a multiple of 8 from 0 to 256 (0: no MAC, and
  /// no protection against tampering).
  unsigned mac_bits = 8 * default_mac_bytes;
  /// The curve of the public key; empty: the first curve whose keys have
  /// the key's length (brainpool keys need the name).
  Text curve = {};
};

/// The options of decrypt(): the same fields, in the same order.
struct DecryptOptions {
  /// Must be the encryption's (the ciphertext does not record it).
  unsigned mac_bits = 8 * default_mac_bytes;
  /// The curve of the passphrase's key.
  Text curve = default_curve_name;
};

/// The curves of signcrypt() and veridec(): the signature's (the sender's
/// key), then the encryption's (the recipient's key), in both.
struct SigncryptOptions {
  /// The sender's key: the passphrase's curve.
  Text sig_curve = default_curve_name;
  /// The recipient's key; empty: by the key's length.
  Text enc_curve = {};
};
/// @copydoc SigncryptOptions
struct VeridecOptions {
  /// The sender's key; empty: by the key's length.
  Text sig_curve = {};
  /// The recipient's key: the passphrase's curve.
  Text enc_curve = default_curve_name;
};

/// @name Curves and keys
/// @{

/// The first curve whose full name contains `name` (FORMAT.md §1.2).
/// @throws InvalidCurve if there is none.
const CurveParams& find_curve(Text name);

/// The first curve whose compact public keys are `compact_key.size()`
/// characters long (FORMAT.md §1.2).
/// @throws InvalidKey if there is none ("wrong length").
const CurveParams& curve_for_public_key(Text compact_key);

/// The private key of a passphrase on a curve (FORMAT.md §3).
/// @throws InvalidCurve
PrivateKey private_key_from_passphrase(Text passphrase, Text curve = default_curve_name);

/// A compact public key, validated. An empty `curve` means: by the key's length.
/// @throws InvalidCurve, InvalidKey (wrong length, bad character, not a point)
PublicKey public_key_from_compact(Text compact_key, Text curve = {});

/// The compact public key of a passphrase, as `seccure-key` prints it.
/// @throws InvalidCurve
std::string passphrase_to_pubkey(Text passphrase, Text curve = default_curve_name);

/// @}
/// @name Encryption (FORMAT.md §4)
/// @{

/// Encrypts `message` to `pubkey`: compressed R || ciphertext || MAC tag of
/// mac_bits / 8 bytes, as `seccure-encrypt -m mac_bits` writes. Each call
/// uses a fresh random ephemeral key.
/// @throws InvalidMacLength (not a multiple of 8 in 0..256), InvalidCurve, InvalidKey
std::string encrypt(Text message, Text pubkey, const EncryptOptions& options = {});
/// @copydoc encrypt(Text, Text, const EncryptOptions&)
Bytes encrypt(ByteView message, Text pubkey, const EncryptOptions& options = {});

/// Decrypts what encrypt() or `seccure-encrypt` made and checks its MAC tag;
/// `options.mac_bits` must be the one used to encrypt (it is not stored).
/// With mac_bits = 0 nothing is checked: a wrong passphrase yields garbage.
/// @throws InvalidMacLength, InvalidCurve,
///   InvalidCiphertext ("Inconsistent header (too short)", "Inconsistent
///   header", "Input too short"),
///   IntegrityError (wrong passphrase, wrong curve or MAC length, or a
///   modified ciphertext; no plaintext is returned).
std::string decrypt(Text ciphertext, Text passphrase, const DecryptOptions& options = {});
/// @copydoc decrypt(Text, Text, const DecryptOptions&)
Bytes decrypt(ByteView ciphertext, Text passphrase, const DecryptOptions& options = {});

/// @}
/// @name Signatures (FORMAT.md §5)
/// @{

/// The compact signature of `message`, as `seccure-sign` prints it.
/// Deterministic: the same message and passphrase give the same signature.
/// @throws InvalidCurve
std::string sign(Text message, Text passphrase, Text curve = default_curve_name);
/// @copydoc sign(Text, Text, Text)
std::string sign(ByteView message, Text passphrase, Text curve = default_curve_name);

/// The binary signature (sig_bin bytes), as `seccure-sign -b` writes it.
/// @throws InvalidCurve
Bytes sign_binary(Text message, Text passphrase, Text curve = default_curve_name);
/// @copydoc sign_binary(Text, Text, Text)
Bytes sign_binary(ByteView message, Text passphrase, Text curve = default_curve_name);

/// True iff the compact `signature` of `message` is valid under `pubkey`.
/// An empty `curve` means: by the key's length.
/// @throws InvalidCurve, InvalidKey,
///   InvalidSignature ("Invalid signature (wrong length)",
///   "Invalid signature (inconsistent structure)")
bool verify(Text message, Text signature, Text pubkey, Text curve = {});
/// @copydoc verify(Text, Text, Text, Text)
bool verify(ByteView message, Text signature, Text pubkey, Text curve = {});

/// True iff the binary `signature` (sig_bin bytes) of `message` is valid.
/// @throws InvalidCurve, InvalidKey, InvalidSignature (wrong length)
bool verify_binary(Text message, ByteView signature, Text pubkey, Text curve = {});
/// @copydoc verify_binary(Text, ByteView, Text, Text)
bool verify_binary(ByteView message, ByteView signature, Text pubkey, Text curve = {});

/// @}
/// @name Signcryption (FORMAT.md §6)
/// @{

/// Signs `message` with the passphrase's key on `options.sig_curve` and
/// encrypts message and signature to `recipient_pubkey` (on
/// `options.enc_curve`), as `seccure-signcrypt -c sig_curve -c enc_curve`.
/// @throws InvalidCurve, InvalidKey
std::string signcrypt(Text message, Text passphrase, Text recipient_pubkey, const SigncryptOptions& options = {});
/// @copydoc signcrypt(Text, Text, Text, const SigncryptOptions&)
Bytes signcrypt(ByteView message, Text passphrase, Text recipient_pubkey, const SigncryptOptions& options = {});

/// Decrypts what signcrypt() made with the passphrase's key on
/// `options.enc_curve` and verifies the sender's signature with
/// `sender_pubkey` (on `options.sig_curve`), as
/// `seccure-veridec -c enc_curve -c sig_curve`.
/// @throws InvalidCurve, InvalidKey, InvalidCiphertext,
///   IntegrityError ("Invalid signature, message forged"; no plaintext is
///   returned)
std::string veridec(Text ciphertext, Text passphrase, Text sender_pubkey, const VeridecOptions& options = {});
/// @copydoc veridec(Text, Text, Text, const VeridecOptions&)
Bytes veridec(ByteView ciphertext, Text passphrase, Text sender_pubkey, const VeridecOptions& options = {});

/// @}
/// @name Diffie-Hellman (FORMAT.md §7)
/// @{

/// One side of seccure's interactive key agreement (the class
/// DiffieHellman of seccure/dh.hpp) on a curve named as with `-c`:
/// @code
/// seccure::DiffieHellman me = seccure::diffie_hellman();  // p160, fresh random key
/// send(me.public_key());
/// seccure::DhKeys k = seccure::complete_dh(me, receive());  // throws InvalidKey
/// // both sides get the same k.established; compare k.verification
/// // over an authentic channel
/// @endcode
/// @throws InvalidCurve
DiffieHellman diffie_hellman(Text curve = default_curve_name);

/// The shared keys from the peer's compact public key (on `me`'s curve).
/// @throws InvalidKey
DhKeys complete_dh(const DiffieHellman& me, Text peer_key);

/// @}

}  // namespace seccure
