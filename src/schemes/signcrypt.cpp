#include "seccure/signcrypt.hpp"

namespace seccure {

SigncryptEncryptor::SigncryptEncryptor(const PrivateKey& signer, const PublicKey& recipient)
    : signer_(signer) {
  Encapsulation enc = ecies_encapsulate(recipient);
  header_ = std::move(enc.header);
  ctr_.emplace(enc.key64.view().first(32));
}

void SigncryptEncryptor::encrypt(std::span<std::uint8_t> data) {
  signer_.update(data);  // the signature covers the plaintext
  ctr_->apply(data);
}

Bytes SigncryptEncryptor::finish() {
  Bytes sig = signer_.finish();
  ctr_->apply(sig);  // the key stream continues after the message
  return sig;
}

VeridecDecryptor::VeridecDecryptor(SecureBuffer key64, const PublicKey& sender)
    : verifier_(sender), tail_(sender.curve().sig_bin) {
  ctr_.emplace(key64.view().first(32));
}

std::optional<VeridecDecryptor> VeridecDecryptor::open(const PrivateKey& recipient, const PublicKey& sender,
                                                       ByteView header) {
  auto k = ecies_decapsulate(recipient, header);
  if (!k) return std::nullopt;
  return VeridecDecryptor(std::move(*k), sender);
}

void VeridecDecryptor::update(ByteView chunk, Bytes& plain) {
  tail_.push(chunk, [&](ByteView body) {
    std::size_t at = plain.size();
    plain.insert(plain.end(), body.begin(), body.end());
    auto out = std::span(plain).subspan(at);
    ctr_->apply(out);
    verifier_.update(out);
  });
}

VeridecStatus VeridecDecryptor::finish() {
  if (!tail_.complete()) return VeridecStatus::too_short;
  Bytes sig(tail_.tail().begin(), tail_.tail().end());
  ctr_->apply(sig);
  return verifier_.finish(sig) ? VeridecStatus::ok : VeridecStatus::forged;
}

}  // namespace seccure
