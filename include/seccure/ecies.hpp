// seccure's ECIES variant (FORMAT.md §4) as streams: constant memory for any
// message length.
#pragma once
#include <optional>

#include "seccure/keys.hpp"
#include "seccure/primitives.hpp"
#include "seccure/stream.hpp"

namespace seccure {

inline constexpr std::size_t max_mac_bytes = 32;
inline constexpr std::size_t default_mac_bytes = 10;

// The key-encapsulation half, shared with signcryption.
struct Encapsulation {
  Bytes header;        // compressed R, pk_bin bytes
  SecureBuffer key64;  // SHA-512(Zx || Rx || Ry): K_enc || K_mac
};
Encapsulation ecies_encapsulate(const PublicKey& recipient);
// nullopt if the header is not a valid curve point (or Z is infinity).
std::optional<SecureBuffer> ecies_decapsulate(const PrivateKey& key, ByteView header);

class EciesEncryptor {
public:
  EciesEncryptor(const PublicKey& recipient, std::size_t mac_bytes);
  ByteView header() const { return header_; }
  // Encrypts in place and feeds the MAC.
  void encrypt(std::span<std::uint8_t> data);
  // The same, with the MAC computed on a second thread: `data` must stay
  // unchanged until the next call returns (alternate two buffers).
  void encrypt_overlapped(std::span<std::uint8_t> data);
  // The tag: the first mac_bytes of HMAC-SHA256(K_mac, ciphertext).
  Bytes finish();

private:
  Bytes header_;
  std::optional<AesCtr> ctr_;
  std::unique_ptr<PipelinedDigest> mac_;
  std::size_t mac_bytes_;
};

enum class DecryptStatus {
  ok,           // tag verified (or no MAC was requested)
  forged,       // tag mismatch
  too_short,    // fewer than mac_bytes after the header
};

class EciesDecryptor {
public:
  // nullopt: the header is not a valid point ("Inconsistent header").
  static std::optional<EciesDecryptor> open(const PrivateKey& key, ByteView header, std::size_t mac_bytes);
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
  EciesDecryptor(SecureBuffer key64, std::size_t mac_bytes);
  void feed(ByteView chunk, Bytes* plain, bool overlapped);
  std::optional<AesCtr> ctr_;
  std::unique_ptr<PipelinedDigest> mac_;
  std::size_t mac_bytes_;
  TailSplitter tail_;
};

}  // namespace seccure
