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
  ~SigncryptEncryptor();
  SigncryptEncryptor(SigncryptEncryptor&&) noexcept;
  SigncryptEncryptor& operator=(SigncryptEncryptor&&) noexcept;

  ByteView header() const;
  void encrypt(std::span<std::uint8_t> data);  // in place
  Bytes finish();  // the encrypted signature, sig_bin bytes of the signer's curve

private:
  struct State;
  std::unique_ptr<State> s_;
};

class VeridecDecryptor {
public:
  // `sender` must outlive the decryptor.
  static std::optional<VeridecDecryptor> open(const PrivateKey& recipient, const PublicKey& sender,
                                              ByteView header);
  static std::optional<VeridecDecryptor> open(const PrivateKey& recipient, const PublicKey&& sender,
                                              ByteView header) = delete;
  ~VeridecDecryptor();
  VeridecDecryptor(VeridecDecryptor&&) noexcept;
  VeridecDecryptor& operator=(VeridecDecryptor&&) noexcept;

  // Appends the decrypted plaintext to `plain`. It is UNAUTHENTICATED
  // (anyone can alter it, CTR mode) until finish() returns ok: callers
  // must not release or act on it before (tools/cli/cli.hpp's decrypt_checked
  // shows how the `seccure` front holds it back).
  void update(ByteView chunk, Bytes& plain);
  // ok, forged (the signature does not verify) or too_short.
  DecryptStatus finish();

private:
  struct State;
  explicit VeridecDecryptor(std::unique_ptr<State> s);
  std::unique_ptr<State> s_;
};

}  // namespace seccure
