// Signcryption (FORMAT.md §6): ECIES without MAC whose key stream, after the
// message, encrypts a binary signature over the plaintext.
#pragma once
#include "seccure/ecdsa.hpp"
#include "seccure/ecies.hpp"

namespace seccure {

class SigncryptEncryptor {
public:
  // `signer` must outlive the encryptor.
  SigncryptEncryptor(const PrivateKey& signer, const PublicKey& recipient);
  SigncryptEncryptor(const PrivateKey&& signer, const PublicKey& recipient) = delete;
  ByteView header() const { return header_; }
  void encrypt(std::span<std::uint8_t> data);  // in place
  Bytes finish();  // the encrypted signature, sig_bin bytes of the signer's curve

private:
  Bytes header_;
  std::optional<AesCtr> ctr_;
  Signer signer_;
};

enum class VeridecStatus { ok, forged, too_short };

class VeridecDecryptor {
public:
  // `sender` must outlive the decryptor.
  static std::optional<VeridecDecryptor> open(const PrivateKey& recipient, const PublicKey& sender,
                                              ByteView header);
  static std::optional<VeridecDecryptor> open(const PrivateKey& recipient, const PublicKey&& sender,
                                              ByteView header) = delete;
  // Appends the decrypted plaintext to `plain`. It is UNAUTHENTICATED
  // (anyone can alter it, CTR mode) until finish() returns ok: callers
  // must not release or act on it before (tools/cli/cli.hpp's decrypt_checked
  // shows how the `seccure` front holds it back).
  void update(ByteView chunk, Bytes& plain);
  VeridecStatus finish();

private:
  VeridecDecryptor(SecureBuffer key64, const PublicKey& sender);
  std::optional<AesCtr> ctr_;
  Verifier verifier_;
  TailSplitter tail_;
};

}  // namespace seccure
