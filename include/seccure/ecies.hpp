// seccure's ECIES variant (FORMAT.md §4) as streams: constant memory for any
// message length.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <span>

#include "seccure/keys.hpp"

namespace seccure {

inline constexpr std::size_t max_mac_bytes = 32;
// The tools' default (`-m 80`), and the one-shot API's.
inline constexpr std::size_t default_mac_bytes = 10;

// FORMAT.md §4: a MAC of `bits` bits, a multiple of 8 from 0 to 256, is
// bits / 8 bytes; nullopt for anything else. The one rule behind the API's
// mac_bits and the tools' -m.
std::optional<std::size_t> mac_bytes_for_bits(long long bits);

// The verdict of a decryption (EciesDecryptor) or of a decryption and
// signature check (VeridecDecryptor).
enum class DecryptStatus {
  ok,         // tag or signature verified (or no MAC was requested)
  forged,     // tag or signature mismatch
  too_short,  // fewer bytes after the header than the tag or signature
};

class EciesEncryptor {
public:
  // Throws InvalidMacLength if mac_bytes > max_mac_bytes.
  EciesEncryptor(const PublicKey& recipient, std::size_t mac_bytes);
  ~EciesEncryptor();
  EciesEncryptor(EciesEncryptor&&) noexcept;
  EciesEncryptor& operator=(EciesEncryptor&&) noexcept;

  ByteView header() const;
  // Encrypts in place and feeds the MAC.
  void encrypt(std::span<std::uint8_t> data);
  // The same, with the MAC computed on a second thread: `data` must stay
  // unchanged until the next call returns (alternate two buffers).
  void encrypt_overlapped(std::span<std::uint8_t> data);
  // The tag: the first mac_bytes of HMAC-SHA256(K_mac, ciphertext).
  Bytes finish();

private:
  struct State;
  std::unique_ptr<State> s_;
};

class EciesDecryptor {
public:
  // nullopt: the header is not a valid point ("Inconsistent header").
  // Throws InvalidMacLength if mac_bytes > max_mac_bytes.
  static std::optional<EciesDecryptor> open(const PrivateKey& key, ByteView header, std::size_t mac_bytes);
  ~EciesDecryptor();
  EciesDecryptor(EciesDecryptor&&) noexcept;
  EciesDecryptor& operator=(EciesDecryptor&&) noexcept;

  // Feeds ciphertext (and the trailing tag); appends the plaintext that is
  // certainly not part of the tag to `plain`.
  // That plaintext is UNAUTHENTICATED until finish() returns ok: a forger
  // controls it bit for bit (CTR mode). Callers must not release or act on
  // it before; the `seccure` front's decrypt_checked (tools/cli/cli.hpp) holds
  // it back, or checks the MAC in a first pass, until the verdict.
  void update(ByteView chunk, Bytes& plain);
  // The same, with the MAC computed on a second thread: `chunk` must stay
  // unchanged until the next call returns (alternate two buffers). The
  // plaintext is just as unauthenticated until finish() returns ok.
  void update_overlapped(ByteView chunk, Bytes& plain);
  // Feeds ciphertext for the MAC check only: no plaintext is made, so a
  // caller can vouch for a whole input before releasing any of it. `chunk`
  // must stay unchanged until the next call returns (as update_overlapped).
  void check_overlapped(ByteView chunk);
  DecryptStatus finish();

private:
  struct State;
  explicit EciesDecryptor(std::unique_ptr<State> s);
  void feed(ByteView chunk, Bytes* plain, bool overlapped);
  std::unique_ptr<State> s_;
};

}  // namespace seccure
