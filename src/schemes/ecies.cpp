#include "seccure/ecies.hpp"

#include <cstring>

#include "base/ct.hpp"
#include "ec/group.hpp"

namespace seccure {

namespace {

// K = SHA-512(Zx || Rx || Ry), each elem_bin bytes (FORMAT.md §4).
SecureBuffer ecies_kdf(const CurveParams& cp, ByteView z_xy, ByteView r_xy) {
  SecureBuffer in(3 * cp.elem_bin);
  std::copy(z_xy.begin(), z_xy.begin() + static_cast<std::ptrdiff_t>(cp.elem_bin), in.data());
  std::copy(r_xy.begin(), r_xy.end(), in.data() + cp.elem_bin);
  return sha512(in.view());
}

}  // namespace

Encapsulation ecies_encapsulate(const PublicKey& recipient) {
  const CurveParams& cp = recipient.curve();
  const detail::Group& group = detail::Group::of(cp);
  SecureBuffer z(2 * cp.elem_bin);
  Bytes r(2 * cp.elem_bin);
  for (;;) {
    PrivateKey k = PrivateKey::random(cp);
    // Z = infinity is impossible for a valid Q on a prime-order curve and
    // k in [1, n-1]; the retry of FORMAT.md §4 is kept all the same.
    if (!group.mul(recipient.xy(), k.scalar(), z.span())) continue;
    group.mul_base(k.scalar(), r);
    detail::ct_public(r.data(), r.size());  // R is sent in the clear
    return {group.compress(r), ecies_kdf(cp, z.view(), r)};
  }
}

std::optional<SecureBuffer> ecies_decapsulate(const PrivateKey& key, ByteView header) {
  const CurveParams& cp = key.curve();
  auto R = PublicKey::from_binary(cp, header);
  if (!R) return std::nullopt;
  SecureBuffer z(2 * cp.elem_bin);
  if (!detail::Group::of(cp).mul(R->xy(), key.scalar(), z.span())) return std::nullopt;
  return ecies_kdf(cp, z.view(), R->xy());
}

EciesEncryptor::EciesEncryptor(const PublicKey& recipient, std::size_t mac_bytes) : mac_bytes_(mac_bytes) {
  if (mac_bytes > max_mac_bytes) throw std::invalid_argument("MAC length out of range");
  Encapsulation enc = ecies_encapsulate(recipient);
  header_ = std::move(enc.header);
  ctr_.emplace(enc.key64.view().first(32));
  if (mac_bytes_)
    mac_ = std::make_unique<PipelinedDigest>(Digest(Digest::Kind::hmac_sha256, enc.key64.view().subspan(32)));
}

void EciesEncryptor::encrypt(std::span<std::uint8_t> data) {
  ctr_->apply(data);
  if (mac_) mac_->update(data);
}

void EciesEncryptor::encrypt_overlapped(std::span<std::uint8_t> data) {
  ctr_->apply(data);
  if (mac_) mac_->update_async(data);
}

Bytes EciesEncryptor::finish() {
  if (!mac_) return {};
  SecureBuffer full = mac_->finish();
  return Bytes(full.data(), full.data() + mac_bytes_);
}

EciesDecryptor::EciesDecryptor(SecureBuffer key64, std::size_t mac_bytes)
    : mac_bytes_(mac_bytes), tail_(mac_bytes) {
  ctr_.emplace(key64.view().first(32));
  if (mac_bytes_)
    mac_ = std::make_unique<PipelinedDigest>(Digest(Digest::Kind::hmac_sha256, key64.view().subspan(32)));
}

std::optional<EciesDecryptor> EciesDecryptor::open(const PrivateKey& key, ByteView header,
                                                   std::size_t mac_bytes) {
  if (mac_bytes > max_mac_bytes) throw std::invalid_argument("MAC length out of range");
  auto k = ecies_decapsulate(key, header);
  if (!k) return std::nullopt;
  return EciesDecryptor(std::move(*k), mac_bytes);
}

void EciesDecryptor::update(ByteView chunk, Bytes& plain) { feed(chunk, &plain, false); }

void EciesDecryptor::update_overlapped(ByteView chunk, Bytes& plain) { feed(chunk, &plain, true); }

void EciesDecryptor::check_overlapped(ByteView chunk) { feed(chunk, nullptr, true); }

// `plain` null: MAC only (the caller releases nothing before finish()).
void EciesDecryptor::feed(ByteView chunk, Bytes* plain, bool overlapped) {
  const std::uint8_t* chunk_end = chunk.data() + chunk.size();
  tail_.push(chunk, [&](ByteView body) {
    if (mac_) {
      // Only the caller's chunk outlives this call; the few held-back bytes
      // of the previous chunk are hashed at once.
      bool in_chunk = body.data() >= chunk.data() && body.data() + body.size() <= chunk_end;
      if (overlapped && in_chunk)
        mac_->update_async(body);
      else
        mac_->update(body);
    }
    if (!plain) return;
    std::size_t at = plain->size();
    plain->resize(at + body.size());
    ctr_->apply(std::span(*plain).subspan(at), body);  // decrypt straight from the input
  });
}

DecryptStatus EciesDecryptor::finish() {
  if (!tail_.complete()) return DecryptStatus::too_short;
  if (!mac_) return DecryptStatus::ok;
  SecureBuffer full = mac_->finish();
  // The verdict is announced anyway.
  bool ok = detail::ct_public_value(equal_ct(full.view().first(mac_bytes_), tail_.tail()));
  return ok ? DecryptStatus::ok : DecryptStatus::forged;
}

}  // namespace seccure
