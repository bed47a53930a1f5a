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
/// std::string sig = seccure::sign("hello", "seccure is secure");
/// bool ok = seccure::verify("hello", sig, key);              // true
/// @endcode
///
/// The functions in this header are the conveniences of seccure's Python port
/// in C++. They produce and accept exactly the bytes of the seccure 0.5 tools:
/// a ciphertext made by encrypt() decrypts with `seccure-decrypt`, a signature
/// made by `seccure-sign` verifies with verify(), and so on.
///
/// **Byte strings.** Messages, ciphertexts and passphrases are taken as
/// std::string_view and returned as std::string (which may hold any bytes,
/// including NUL); every function also has an overload taking a ByteView
/// (std::span<const std::uint8_t>) that returns a Bytes vector. Public keys
/// and compact signatures are text.
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
/// IntegrityError, InvalidMacLength. A signature that does not match is not
/// an error: verify() returns false.
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
/// if (!dec) throw seccure::InvalidCiphertext("Inconsistent header");
/// seccure::Bytes plain;
/// // for each chunk read: plain.clear(); dec->update(chunk, plain); write plain
/// if (dec->finish() != seccure::DecryptStatus::ok) { /* discard the output */ }
/// @endcode
///
/// Thread safety: distinct objects may be used from distinct threads; the
/// functions here share no mutable state.
#pragma once
#include <string>
#include <string_view>

#include "seccure/curves.hpp"
#include "seccure/dh.hpp"
#include "seccure/ecdsa.hpp"
#include "seccure/ecies.hpp"
#include "seccure/encoding.hpp"
#include "seccure/errors.hpp"
#include "seccure/keys.hpp"
#include "seccure/primitives.hpp"
#include "seccure/secure.hpp"
#include "seccure/signcrypt.hpp"
#include "seccure/stream.hpp"

namespace seccure {

/// The default MAC length of encrypt() and decrypt(), as the tools' `-m`.
inline constexpr unsigned default_mac_bits = 80;

/// @name Curves and keys
/// @{

/// The first curve whose full name contains `name` (FORMAT.md §1.2).
/// @throws InvalidCurve if there is none.
const CurveParams& find_curve(std::string_view name);

/// The first curve whose compact public keys are `compact_key.size()`
/// characters long (FORMAT.md §1.2).
/// @throws InvalidKey if there is none ("wrong length").
const CurveParams& curve_for_public_key(std::string_view compact_key);

/// The private key of a passphrase on a curve (FORMAT.md §3).
/// @throws InvalidCurve
PrivateKey private_key_from_passphrase(std::string_view passphrase, std::string_view curve = default_curve_name);

/// A compact public key, validated. An empty `curve` means: by the key's length.
/// @throws InvalidCurve, InvalidKey (wrong length, bad character, not a point)
PublicKey public_key_from_compact(std::string_view compact_key, std::string_view curve = {});

/// The compact public key of a passphrase, as `seccure-key` prints it.
/// @throws InvalidCurve
std::string passphrase_to_pubkey(std::string_view passphrase, std::string_view curve = default_curve_name);

/// @}
/// @name Encryption (FORMAT.md §4)
/// @{

/// Encrypts `message` to `pubkey`: compressed R || ciphertext || MAC tag of
/// mac_bits / 8 bytes, as `seccure-encrypt -m mac_bits` writes. Each call
/// uses a fresh random ephemeral key. An empty `curve` means: by the key's
/// length.
/// @throws InvalidMacLength (not a multiple of 8 in 0..256), InvalidCurve, InvalidKey
std::string encrypt(std::string_view message, std::string_view pubkey, unsigned mac_bits = default_mac_bits,
                    std::string_view curve = {});
/// @copydoc encrypt(std::string_view, std::string_view, unsigned, std::string_view)
Bytes encrypt(ByteView message, std::string_view pubkey, unsigned mac_bits = default_mac_bits,
              std::string_view curve = {});

/// Decrypts what encrypt() or `seccure-encrypt` made and checks its MAC tag;
/// `mac_bits` must be the one used to encrypt (it is not stored). With
/// mac_bits = 0 nothing is checked: a wrong passphrase yields garbage.
/// @throws InvalidMacLength, InvalidCurve,
///   InvalidCiphertext ("Inconsistent header (too short)", "Inconsistent
///   header", "Input too short"),
///   IntegrityError (wrong passphrase, wrong curve or MAC length, or a
///   modified ciphertext; no plaintext is returned).
std::string decrypt(std::string_view ciphertext, std::string_view passphrase,
                    std::string_view curve = default_curve_name, unsigned mac_bits = default_mac_bits);
/// @copydoc decrypt(std::string_view, std::string_view, std::string_view, unsigned)
Bytes decrypt(ByteView ciphertext, std::string_view passphrase, std::string_view curve = default_curve_name,
              unsigned mac_bits = default_mac_bits);

/// @}
/// @name Signatures (FORMAT.md §5)
/// @{

/// The compact signature of `message`, as `seccure-sign` prints it.
/// Deterministic: the same message and passphrase give the same signature.
/// @throws InvalidCurve
std::string sign(std::string_view message, std::string_view passphrase, std::string_view curve = default_curve_name);
/// @copydoc sign(std::string_view, std::string_view, std::string_view)
std::string sign(ByteView message, std::string_view passphrase, std::string_view curve = default_curve_name);

/// The binary signature (sig_bin bytes), as `seccure-sign -b` writes it.
/// @throws InvalidCurve
Bytes sign_binary(std::string_view message, std::string_view passphrase,
                  std::string_view curve = default_curve_name);
/// @copydoc sign_binary(std::string_view, std::string_view, std::string_view)
Bytes sign_binary(ByteView message, std::string_view passphrase, std::string_view curve = default_curve_name);

/// True iff the compact `signature` of `message` is valid under `pubkey`.
/// An empty `curve` means: by the key's length.
/// @throws InvalidCurve, InvalidKey,
///   InvalidSignature ("Invalid signature (wrong length)",
///   "Invalid signature (inconsistent structure)")
bool verify(std::string_view message, std::string_view signature, std::string_view pubkey,
            std::string_view curve = {});
/// @copydoc verify(std::string_view, std::string_view, std::string_view, std::string_view)
bool verify(ByteView message, std::string_view signature, std::string_view pubkey, std::string_view curve = {});

/// True iff the binary `signature` (sig_bin bytes) of `message` is valid.
/// @throws InvalidCurve, InvalidKey, InvalidSignature (wrong length)
bool verify_binary(std::string_view message, ByteView signature, std::string_view pubkey,
                   std::string_view curve = {});
/// @copydoc verify_binary(std::string_view, ByteView, std::string_view, std::string_view)
bool verify_binary(ByteView message, ByteView signature, std::string_view pubkey, std::string_view curve = {});

/// @}
/// @name Signcryption (FORMAT.md §6)
/// @{

/// Signs `message` with the passphrase's key on `sig_curve` and encrypts
/// message and signature to `recipient_pubkey` (on `enc_curve`; empty: by
/// the key's length), as `seccure-signcrypt -c sig_curve -c enc_curve`.
/// @throws InvalidCurve, InvalidKey
std::string signcrypt(std::string_view message, std::string_view passphrase, std::string_view recipient_pubkey,
                      std::string_view sig_curve = default_curve_name, std::string_view enc_curve = {});
/// @copydoc signcrypt(std::string_view, std::string_view, std::string_view, std::string_view, std::string_view)
Bytes signcrypt(ByteView message, std::string_view passphrase, std::string_view recipient_pubkey,
                std::string_view sig_curve = default_curve_name, std::string_view enc_curve = {});

/// Decrypts what signcrypt() made with the passphrase's key on `enc_curve`
/// and verifies the sender's signature with `sender_pubkey` (on `sig_curve`;
/// empty: by the key's length), as `seccure-veridec -c enc_curve -c sig_curve`.
/// @throws InvalidCurve, InvalidKey, InvalidCiphertext,
///   IntegrityError ("Invalid signature, message forged"; no plaintext is
///   returned)
std::string veridec(std::string_view ciphertext, std::string_view passphrase, std::string_view sender_pubkey,
                    std::string_view enc_curve = default_curve_name, std::string_view sig_curve = {});
/// @copydoc veridec(std::string_view, std::string_view, std::string_view, std::string_view, std::string_view)
Bytes veridec(ByteView ciphertext, std::string_view passphrase, std::string_view sender_pubkey,
              std::string_view enc_curve = default_curve_name, std::string_view sig_curve = {});

/// @}
/// @name Diffie-Hellman (FORMAT.md §7)
/// @{

/// One side of seccure's interactive key agreement, as `seccure-dh`:
/// @code
/// seccure::DiffieHellman me;                  // p160, fresh random key
/// send(me.public_key());
/// seccure::DhKeys k = me.complete(receive());  // throws InvalidKey
/// // both sides get the same k.established; compare k.verification
/// // over an authentic channel
/// @endcode
class DiffieHellman {
public:
  /// @throws InvalidCurve
  explicit DiffieHellman(std::string_view curve = default_curve_name);
  /// Our ephemeral public key, compact (pass it to the peer).
  std::string public_key() const { return exchange_.our_key(); }
  /// The shared keys from the peer's compact public key (on our curve).
  /// @throws InvalidKey
  DhKeys complete(std::string_view peer_key) const;
  const CurveParams& curve() const { return *curve_; }

private:
  const CurveParams* curve_;
  DhExchange exchange_;
};

/// @}

}  // namespace seccure
