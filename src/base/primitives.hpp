// Symmetric primitives, all from libgcrypt: SHA-256, SHA-512, HMAC-SHA256 and
// AES-256 in CTR mode with seccure's conventions (zero IV, continuous stream).
// Internal (not installed): the schemes, the tools, bench and fuzz use them;
// a library user needs only the schemes.
#pragma once
#include <array>
#include <memory>
#include <cstdint>
#include <span>

#include "seccure/secure.hpp"

namespace seccure {

// One incremental hash or HMAC. Contexts are allocated in libgcrypt's
// locked memory because they hold secrets (passphrases, MAC keys).
class Digest {
public:
  enum class Kind { sha256, sha512, hmac_sha256 };
  explicit Digest(Kind kind, ByteView hmac_key = {});
  ~Digest();
  Digest(Digest&& other) noexcept;
  Digest& operator=(Digest&&) = delete;
  Digest(const Digest&) = delete;
  Digest& operator=(const Digest&) = delete;

  void update(ByteView data);
  void update_byte(std::uint8_t b);
  // The digest (32 or 64 bytes). The context cannot be updated afterwards.
  SecureBuffer finish();
  std::size_t size() const;

private:
  void* handle_ = nullptr;  // gcry_md_hd_t
  Kind kind_;
};

// A Digest fed on a second thread, so that hashing a large stream overlaps
// the caller's other work (AES-CTR, reading, writing): two cores instead of
// one for encryption and decryption. update_async() returns at once; the
// bytes it was given must stay unchanged until the next call of any member
// returns (callers alternate two buffers). Small inputs are hashed inline.
class PipelinedDigest {
public:
  explicit PipelinedDigest(Digest digest);
  ~PipelinedDigest();
  PipelinedDigest(const PipelinedDigest&) = delete;
  PipelinedDigest& operator=(const PipelinedDigest&) = delete;

  void update(ByteView data);        // waits for pending work, hashes inline
  void update_async(ByteView data);  // waits for pending work, hands data over
  SecureBuffer finish();

private:
  struct Worker;
  void wait_idle();
  Digest digest_;
  std::unique_ptr<Worker> worker_;
};

SecureBuffer sha256(ByteView data);
SecureBuffer sha512(ByteView data);

// AES-256-CTR key stream, counter block starting at zero. Successive calls
// continue the stream byte-exactly, whatever the chunk sizes: seccure relies
// on this (signcryption encrypts the signature with the rest of the stream).
class AesCtr {
public:
  explicit AesCtr(ByteView key32);
  ~AesCtr();
  AesCtr(AesCtr&& other) noexcept;
  AesCtr& operator=(AesCtr&&) = delete;
  AesCtr(const AesCtr&) = delete;
  AesCtr& operator=(const AesCtr&) = delete;

  // XORs the next data.size() key-stream bytes into data (encrypts or decrypts).
  void apply(std::span<std::uint8_t> data);
  // out = in XOR the next in.size() key-stream bytes (out.size() == in.size()).
  void apply(std::span<std::uint8_t> out, ByteView in);
  // Writes the next out.size() key-stream bytes (a deterministic generator).
  void keystream(std::span<std::uint8_t> out);

private:
  void* handle_ = nullptr;  // gcry_cipher_hd_t
};

}  // namespace seccure
