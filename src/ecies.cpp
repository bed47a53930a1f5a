#include "seccure/ecies.hpp"

#include <cstring>

#include "ec.hpp"
#include "internal.hpp"

namespace seccure {

using detail::Curve;
using detail::from_bytes;

void TailSplitter::push(ByteView chunk, const std::function<void(ByteView)>& body) {
  std::size_t total = held_.size() + chunk.size();
  if (total <= tail_len_) {
    held_.insert(held_.end(), chunk.begin(), chunk.end());
    return;
  }
  std::size_t release = total - tail_len_;
  std::size_t from_held = std::min(release, held_.size());
  if (from_held) body(ByteView(held_).first(from_held));
  if (release > from_held) body(chunk.first(release - from_held));
  // Keep the last tail_len bytes of held_ || chunk.
  held_.erase(held_.begin(), held_.begin() + static_cast<std::ptrdiff_t>(from_held));
  auto keep_from_chunk = chunk.subspan(release - from_held);
  held_.insert(held_.end(), keep_from_chunk.begin(), keep_from_chunk.end());
}

namespace {

// K = SHA-512(Zx || Rx || Ry), each elem_bin bytes (SPEC §4).
SecureBuffer ecies_kdf(const CurveParams& cp, const detail::Point& Z, const detail::Point& R) {
  SecureBuffer in(3 * cp.elem_bin);
  detail::to_bytes(Z.x, in.span().subspan(0, cp.elem_bin));
  detail::to_bytes(R.x, in.span().subspan(cp.elem_bin, cp.elem_bin));
  detail::to_bytes(R.y, in.span().subspan(2 * cp.elem_bin, cp.elem_bin));
  return sha512(in.view());
}

}  // namespace

Encapsulation ecies_encapsulate(const PublicKey& recipient) {
  const CurveParams& cp = recipient.curve();
  const Curve& c = Curve::of(cp);
  detail::Point Q = detail::point_of(recipient);
  for (;;) {
    PrivateKey k = PrivateKey::random(cp);
    mpz_class kv = from_bytes(k.scalar());
    detail::Point Z = c.mul(Q, kv);
    if (Z.infinity) continue;  // impossible for a valid Q of prime order; kept as in SPEC §4
    detail::Point R = c.mul_base(kv);
    return {detail::to_bytes(c.compress(R), cp.pk_bin), ecies_kdf(cp, Z, R)};
  }
}

std::optional<SecureBuffer> ecies_decapsulate(const PrivateKey& key, ByteView header) {
  const CurveParams& cp = key.curve();
  auto R = PublicKey::from_binary(cp, header);
  if (!R) return std::nullopt;
  const Curve& c = Curve::of(cp);
  detail::Point Rp = detail::point_of(*R);
  detail::Point Z = c.mul(Rp, from_bytes(key.scalar()));
  if (Z.infinity) return std::nullopt;
  return ecies_kdf(cp, Z, Rp);
}

EciesEncryptor::EciesEncryptor(const PublicKey& recipient, std::size_t mac_bytes) : mac_bytes_(mac_bytes) {
  if (mac_bytes > max_mac_bytes) throw std::invalid_argument("MAC length out of range");
  Encapsulation enc = ecies_encapsulate(recipient);
  header_ = std::move(enc.header);
  ctr_.emplace(enc.key64.view().first(32));
  if (mac_bytes_) mac_.emplace(Digest::Kind::hmac_sha256, enc.key64.view().subspan(32));
}

void EciesEncryptor::encrypt(std::span<std::uint8_t> data) {
  ctr_->apply(data);
  if (mac_) mac_->update(data);
}

Bytes EciesEncryptor::finish() {
  if (!mac_) return {};
  SecureBuffer full = mac_->finish();
  return Bytes(full.data(), full.data() + mac_bytes_);
}

EciesDecryptor::EciesDecryptor(SecureBuffer key64, std::size_t mac_bytes)
    : mac_bytes_(mac_bytes), tail_(mac_bytes) {
  ctr_.emplace(key64.view().first(32));
  if (mac_bytes_) mac_.emplace(Digest::Kind::hmac_sha256, key64.view().subspan(32));
}

std::optional<EciesDecryptor> EciesDecryptor::open(const PrivateKey& key, ByteView header,
                                                   std::size_t mac_bytes) {
  if (mac_bytes > max_mac_bytes) throw std::invalid_argument("MAC length out of range");
  auto k = ecies_decapsulate(key, header);
  if (!k) return std::nullopt;
  return EciesDecryptor(std::move(*k), mac_bytes);
}

void EciesDecryptor::update(ByteView chunk, Bytes& plain) {
  tail_.push(chunk, [&](ByteView body) {
    if (mac_) mac_->update(body);
    std::size_t at = plain.size();
    plain.insert(plain.end(), body.begin(), body.end());
    ctr_->apply(std::span(plain).subspan(at));
  });
}

DecryptStatus EciesDecryptor::finish() {
  if (!tail_.complete()) return DecryptStatus::too_short;
  if (!mac_) return DecryptStatus::ok;
  SecureBuffer full = mac_->finish();
  return equal_ct(full.view().first(mac_bytes_), tail_.tail()) ? DecryptStatus::ok : DecryptStatus::forged;
}

}  // namespace seccure
