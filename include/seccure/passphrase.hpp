// Passphrases made by seccure++ (`seccure genkey`) and their protection at
// rest. Neither is part of seccure's formats: a generated passphrase is an
// ordinary passphrase to seccure (FORMAT.md §3), and a protected one must be
// unsealed before use. Text only: reading and writing files is the caller's.
#pragma once
#include <optional>
#include <string_view>
#include <variant>

#include "seccure/curves.hpp"
#include "seccure/secure.hpp"

namespace seccure {

// Generated passphrases begin with this prefix, which no public key can
// (a space-free base-90 key of the right length could begin with it only by
// a 90^-19 chance, and public-key readers reject it outright), so that a
// secret is never taken for a public key.
inline constexpr std::string_view generated_passphrase_prefix = "SECCURE-SECRET-KEY-";
// A protected passphrase is this prefix and base64 (URL-safe, unpadded).
inline constexpr std::string_view protected_passphrase_prefix = "SECCURE-PROTECTED-KEY-1-";

// A new passphrase: the prefix and order_bin random bytes in base 32
// (RFC 4648 alphabet, unpadded), as many bits as the curve's order.
// Encoded without secret-dependent branches or table look-ups.
SecureBuffer generate_passphrase(const CurveParams& curve);

// True if `line` has the form of a generated or a protected passphrase.
bool is_generated_passphrase(std::string_view line);
bool is_protected_passphrase(std::string_view line);

// Argon2id cost of protect_passphrase (libsodium's "moderate": 3 passes,
// 256 MiB); unprotect_passphrase accepts what the text names, up to the
// limits below, so that a crafted file cannot exhaust the machine.
struct PasswordCost {
  unsigned long long ops;
  std::size_t mem_bytes;
};
PasswordCost default_password_cost();
inline constexpr unsigned long long max_password_ops = 16;
inline constexpr std::size_t max_password_mem = std::size_t{1} << 30;

// What a sealed passphrase is bound to besides its own fields: the curve
// and the public key that the key file names beside it (FORMAT.md §9.1), so
// that an edited "# curve:" or "# public key:" line makes the file fail to
// open rather than give a key on another curve.
std::string protected_binding(const CurveParams& curve, std::string_view public_key);

// Seals `passphrase` with `password`: Argon2id (random 16-byte salt) makes a
// key for XChaCha20-Poly1305 (random 24-byte nonce), whose associated data
// is the version and cost fields and `binding` (format version 2). The
// result is one line of text.
// Throws std::runtime_error if the machine cannot provide the memory.
std::string protect_passphrase(ByteView passphrase, ByteView password, PasswordCost cost = default_password_cost(),
                               std::string_view binding = {});

// The format version of a sealed passphrase (1: binds nothing beyond its
// own fields; 2: binds `binding` too), or 0 if `text` is not one.
int protected_passphrase_version(std::string_view text);

enum class UnprotectError {
  malformed,       // not a protected passphrase of a version we know, or costs beyond the limits
  wrong_password,  // the password is wrong or the text was modified (the AEAD cannot tell which)
  out_of_memory,   // Argon2id could not get the memory the text asks for
};
// The passphrase sealed in `text` (one line, without its line end). Version
// 2 opens only with the `binding` it was sealed with; version 1 ignores it.
std::variant<SecureBuffer, UnprotectError> unprotect_passphrase(std::string_view text, ByteView password,
                                                                std::string_view binding = {});

}  // namespace seccure
