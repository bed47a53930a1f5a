#include "seccure/passphrase.hpp"

#include <sodium.h>

#include "keys/keys.hpp"

#include <optional>
#include <stdexcept>
#include <string>

namespace seccure {

namespace {

// Version 1 authenticated its own fields only; version 2 adds the binding.
constexpr std::uint8_t sealed_version = 2;
constexpr std::size_t salt_len = crypto_pwhash_SALTBYTES;
constexpr std::size_t nonce_len = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t tag_len = crypto_aead_xchacha20poly1305_ietf_ABYTES;
// version, ops (u32), memory in KiB (u32), salt: authenticated, not secret.
constexpr std::size_t ad_len = 1 + 4 + 4 + salt_len;
constexpr std::size_t header_len = ad_len + nonce_len;
constexpr int b64 = sodium_base64_VARIANT_URLSAFE_NO_PADDING;

void put_u32(std::uint8_t* p, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) p[i] = static_cast<std::uint8_t>(v >> (24 - 8 * i));
}
std::uint32_t get_u32(const std::uint8_t* p) {
  return std::uint32_t{p[0]} << 24 | std::uint32_t{p[1]} << 16 | std::uint32_t{p[2]} << 8 | p[3];
}

// The 5-bit value v as an RFC 4648 base-32 digit, without a branch or a
// table index on v: 'A'..'Z' for 0..25, '2'..'7' for 26..31.
char base32_digit(unsigned v) {
  unsigned above = (25u - v) >> 31;  // 1 iff v > 25
  return static_cast<char>('A' + v - above * ('A' + 26 - '2'));
}

bool has_prefix_then(std::string_view line, std::string_view prefix, std::string_view alphabet) {
  if (!line.starts_with(prefix) || line.size() == prefix.size()) return false;
  return line.substr(prefix.size()).find_first_not_of(alphabet) == std::string_view::npos;
}

SecureBuffer password_key(ByteView password, const std::uint8_t* salt, unsigned long long ops, std::size_t mem,
                          bool& out_of_memory) {
  SecureBuffer key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
  // (An empty password is passed as a valid pointer: libsodium wants one.)
  static const char none = 0;
  const char* pw = password.empty() ? &none : reinterpret_cast<const char*>(password.data());
  out_of_memory = crypto_pwhash(key.data(), key.size(), pw, password.size(), salt, ops, mem,
                                crypto_pwhash_ALG_ARGON2ID13) != 0;
  return key;
}

// The associated data: the fields, then (version 2) the binding.
Bytes associated_data(const std::uint8_t* fields, std::string_view binding, std::uint8_t version) {
  const std::size_t extra = version >= 2 ? binding.size() : 0;
  Bytes ad(ad_len + extra);
  std::copy(fields, fields + ad_len, ad.begin());
  std::copy(binding.begin(), binding.begin() + static_cast<std::ptrdiff_t>(extra), ad.begin() + ad_len);
  return ad;
}

// The sealed bytes of `text`, canonical base64 only (one text per sealed
// passphrase); nullopt if malformed.
std::optional<Bytes> sealed_bytes(std::string_view text) {
  if (!is_protected_passphrase(text)) return std::nullopt;
  std::string_view enc = text.substr(protected_passphrase_prefix.size());
  Bytes sealed(enc.size());
  std::size_t len = 0;
  if (sodium_base642bin(sealed.data(), sealed.size(), enc.data(), enc.size(), nullptr, &len, nullptr, b64) != 0)
    return std::nullopt;
  sealed.resize(len);
  std::string again(sodium_base64_encoded_len(len, b64), '\0');
  sodium_bin2base64(again.data(), again.size(), sealed.data(), len, b64);
  if (std::string_view(again.c_str()) != enc) return std::nullopt;
  if (len < header_len + tag_len || sealed[0] < 1 || sealed[0] > sealed_version) return std::nullopt;
  return sealed;
}

}  // namespace

std::string protected_binding(const CurveParams& curve, std::string_view public_key) {
  return "seccure key file\ncurve: " + std::string(short_name(curve)) + "\npublic key: " + std::string(public_key) +
         "\n";
}

int protected_passphrase_version(std::string_view text) {
  init();
  auto sealed = sealed_bytes(text);
  return sealed ? (*sealed)[0] : 0;
}

SecureBuffer generate_passphrase(const CurveParams& curve) {
  init();
  SecureBuffer raw(curve.order_bin);
  random_bytes(raw.span());
  const std::size_t digits = generated_passphrase_length(curve) - generated_passphrase_prefix.size();
  SecureBuffer out(generated_passphrase_prefix.size() + digits);
  std::copy(generated_passphrase_prefix.begin(), generated_passphrase_prefix.end(), out.data());
  std::uint8_t* d = out.data() + generated_passphrase_prefix.size();
  // Five bits at a time, most significant first; the last digit is padded
  // with zero bits.
  for (std::size_t i = 0; i < digits; ++i) {
    unsigned v = 0;
    for (std::size_t b = 5 * i; b < 5 * i + 5; ++b) {
      unsigned bit = b < 8 * raw.size() ? (raw[b / 8] >> (7 - b % 8)) & 1u : 0u;
      v = v << 1 | bit;
    }
    d[i] = static_cast<std::uint8_t>(base32_digit(v));
  }
  return out;
}

bool is_generated_passphrase(std::string_view line) {
  return has_prefix_then(line, generated_passphrase_prefix, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
}

bool is_protected_passphrase(std::string_view line) {
  return has_prefix_then(line, protected_passphrase_prefix,
                         "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
}

PasswordCost default_password_cost() {
  return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

std::string protect_passphrase(ByteView passphrase, ByteView password, PasswordCost cost, std::string_view binding) {
  init();
  if (cost.ops > max_password_ops || cost.mem_bytes > max_password_mem || cost.mem_bytes % 1024 ||
      cost.ops < crypto_pwhash_OPSLIMIT_MIN || cost.mem_bytes < crypto_pwhash_MEMLIMIT_MIN)
    throw std::invalid_argument("password cost out of range");
  Bytes sealed(header_len + passphrase.size() + tag_len);
  sealed[0] = sealed_version;
  put_u32(&sealed[1], static_cast<std::uint32_t>(cost.ops));
  put_u32(&sealed[5], static_cast<std::uint32_t>(cost.mem_bytes / 1024));
  random_bytes(std::span(sealed).subspan(9, salt_len + nonce_len));
  bool oom = false;
  SecureBuffer key = password_key(password, &sealed[9], cost.ops, cost.mem_bytes, oom);
  if (oom) throw std::runtime_error("not enough memory for Argon2id");
  unsigned long long clen = 0;
  const Bytes ad = associated_data(sealed.data(), binding, sealed_version);
  crypto_aead_xchacha20poly1305_ietf_encrypt(&sealed[header_len], &clen, passphrase.data(), passphrase.size(),
                                             ad.data(), ad.size(), nullptr, &sealed[ad_len], key.data());
  std::string text(protected_passphrase_prefix);
  std::string enc(sodium_base64_encoded_len(sealed.size(), b64), '\0');
  sodium_bin2base64(enc.data(), enc.size(), sealed.data(), sealed.size(), b64);
  enc.resize(enc.find('\0'));
  return text + enc;
}

std::variant<SecureBuffer, UnprotectError> unprotect_passphrase(std::string_view text, ByteView password,
                                                                std::string_view binding) {
  init();
  auto parsed = sealed_bytes(text);
  if (!parsed) return UnprotectError::malformed;
  const Bytes& sealed = *parsed;
  const std::size_t len = sealed.size();
  const unsigned long long ops = get_u32(&sealed[1]);
  const std::size_t mem = std::size_t{get_u32(&sealed[5])} * 1024;
  if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > max_password_ops || mem < crypto_pwhash_MEMLIMIT_MIN ||
      mem > max_password_mem)
    return UnprotectError::malformed;
  bool oom = false;
  SecureBuffer key = password_key(password, &sealed[9], ops, mem, oom);
  if (oom) return UnprotectError::out_of_memory;
  SecureBuffer plain(len - header_len - tag_len);
  unsigned long long plen = 0;
  const Bytes ad = associated_data(sealed.data(), binding, sealed[0]);
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &plen, nullptr, &sealed[header_len],
                                                 len - header_len, ad.data(), ad.size(), &sealed[ad_len],
                                                 key.data()) != 0)
    return UnprotectError::wrong_password;
  return plain;
}

}  // namespace seccure
