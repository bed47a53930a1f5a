#include "seccure/signcrypt.hpp"

#include "base/primitives.hpp"
#include "base/stream.hpp"
#include "schemes/ecies.hpp"

namespace seccure {

struct SigncryptEncryptor::State {
  Bytes header;
  AesCtr ctr;
  Signer signer;
};

SigncryptEncryptor::SigncryptEncryptor(const PrivateKey& signer, const PublicKey& recipient) {
  Encapsulation enc = ecies_encapsulate(recipient);
  s_.reset(new State{std::move(enc.header), AesCtr(enc.key64.view().first(32)), Signer(signer)});
}

SigncryptEncryptor::~SigncryptEncryptor() = default;
SigncryptEncryptor::SigncryptEncryptor(SigncryptEncryptor&&) noexcept = default;
SigncryptEncryptor& SigncryptEncryptor::operator=(SigncryptEncryptor&&) noexcept = default;

ByteView SigncryptEncryptor::header() const { return s_->header; }

void SigncryptEncryptor::encrypt(std::span<std::uint8_t> data) {
  s_->signer.update(data);  // the signature covers the plaintext
  s_->ctr.apply(data);
}

Bytes SigncryptEncryptor::finish() {
  Bytes sig = s_->signer.finish();
  s_->ctr.apply(sig);  // the key stream continues after the message
  return sig;
}

struct VeridecDecryptor::State {
  AesCtr ctr;
  Verifier verifier;
  TailSplitter tail;
};

VeridecDecryptor::VeridecDecryptor(std::unique_ptr<State> s) : s_(std::move(s)) {}
VeridecDecryptor::~VeridecDecryptor() = default;
VeridecDecryptor::VeridecDecryptor(VeridecDecryptor&&) noexcept = default;
VeridecDecryptor& VeridecDecryptor::operator=(VeridecDecryptor&&) noexcept = default;

std::optional<VeridecDecryptor> VeridecDecryptor::open(const PrivateKey& recipient, const PublicKey& sender,
                                                       ByteView header) {
  auto k = ecies_decapsulate(recipient, header);
  if (!k) return std::nullopt;
  return VeridecDecryptor(std::unique_ptr<State>(
      new State{AesCtr(k->view().first(32)), Verifier(sender), TailSplitter(sender.curve().sig_bin)}));
}

void VeridecDecryptor::update(ByteView chunk, Bytes& plain) {
  State& s = *s_;
  s.tail.push(chunk, [&](ByteView body) {
    std::size_t at = plain.size();
    plain.insert(plain.end(), body.begin(), body.end());
    auto out = std::span(plain).subspan(at);
    s.ctr.apply(out);
    s.verifier.update(out);
  });
}

DecryptStatus VeridecDecryptor::finish() {
  State& s = *s_;
  if (!s.tail.complete()) return DecryptStatus::too_short;
  Bytes sig(s.tail.tail().begin(), s.tail.tail().end());
  s.ctr.apply(sig);
  return s.verifier.finish(sig) ? DecryptStatus::ok : DecryptStatus::forged;
}

}  // namespace seccure
