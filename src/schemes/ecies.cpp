#include "schemes/ecies.hpp"

#include <cstring>
#include <string>

#include "base/ct.hpp"
#include "base/primitives.hpp"
#include "base/stream.hpp"
#include "ec/group.hpp"
#include "seccure/errors.hpp"

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

std::optional<std::size_t> mac_bytes_for_bits(long long bits) {
  if (bits < 0 || bits % 8 || bits > 8 * static_cast<long long>(max_mac_bytes)) return std::nullopt;
  return static_cast<std::size_t>(bits / 8);
}

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

struct EciesEncryptor::State {
  Bytes header;
  AesCtr ctr;
  std::unique_ptr<PipelinedDigest> mac;  // null without a MAC
  std::size_t mac_bytes;
};

struct EciesDecryptor::State {
  AesCtr ctr;
  std::unique_ptr<PipelinedDigest> mac;  // null without a MAC
  std::size_t mac_bytes;
  TailSplitter tail;
};

namespace {

void check_mac_bytes(std::size_t mac_bytes) {
  if (mac_bytes > max_mac_bytes)
    throw InvalidMacLength(std::to_string(mac_bytes) + " bytes (at most " + std::to_string(max_mac_bytes) + ")");
}

// HMAC-SHA256 keyed with K_mac, or nothing when no MAC is wanted.
std::unique_ptr<PipelinedDigest> mac_of(const SecureBuffer& key64, std::size_t mac_bytes) {
  if (!mac_bytes) return nullptr;
  return std::make_unique<PipelinedDigest>(Digest(Digest::Kind::hmac_sha256, key64.view().subspan(32)));
}

}  // namespace

EciesEncryptor::EciesEncryptor(const PublicKey& recipient, std::size_t mac_bytes) {
  check_mac_bytes(mac_bytes);
  Encapsulation enc = ecies_encapsulate(recipient);
  s_.reset(new State{std::move(enc.header), AesCtr(enc.key64.view().first(32)), mac_of(enc.key64, mac_bytes),
                     mac_bytes});
}

EciesEncryptor::~EciesEncryptor() = default;
EciesEncryptor::EciesEncryptor(EciesEncryptor&&) noexcept = default;
EciesEncryptor& EciesEncryptor::operator=(EciesEncryptor&&) noexcept = default;

ByteView EciesEncryptor::header() const { return s_->header; }

void EciesEncryptor::encrypt(std::span<std::uint8_t> data) {
  s_->ctr.apply(data);
  if (s_->mac) s_->mac->update(data);
}

void EciesEncryptor::encrypt_overlapped(std::span<std::uint8_t> data) {
  s_->ctr.apply(data);
  if (s_->mac) s_->mac->update_async(data);
}

Bytes EciesEncryptor::finish() {
  if (!s_->mac) return {};
  SecureBuffer full = s_->mac->finish();
  return Bytes(full.data(), full.data() + s_->mac_bytes);
}

EciesDecryptor::EciesDecryptor(std::unique_ptr<State> s) : s_(std::move(s)) {}
EciesDecryptor::~EciesDecryptor() = default;
EciesDecryptor::EciesDecryptor(EciesDecryptor&&) noexcept = default;
EciesDecryptor& EciesDecryptor::operator=(EciesDecryptor&&) noexcept = default;

std::optional<EciesDecryptor> EciesDecryptor::open(const PrivateKey& key, ByteView header,
                                                   std::size_t mac_bytes) {
  check_mac_bytes(mac_bytes);
  auto k = ecies_decapsulate(key, header);
  if (!k) return std::nullopt;
  return EciesDecryptor(std::unique_ptr<State>(
      new State{AesCtr(k->view().first(32)), mac_of(*k, mac_bytes), mac_bytes, TailSplitter(mac_bytes)}));
}

void EciesDecryptor::update(ByteView chunk, Bytes& plain) { feed(chunk, &plain, false); }

void EciesDecryptor::update_overlapped(ByteView chunk, Bytes& plain) { feed(chunk, &plain, true); }

void EciesDecryptor::check_overlapped(ByteView chunk) { feed(chunk, nullptr, true); }

// `plain` null: MAC only (the caller releases nothing before finish()).
void EciesDecryptor::feed(ByteView chunk, Bytes* plain, bool overlapped) {
  const std::uint8_t* chunk_end = chunk.data() + chunk.size();
  State& s = *s_;
  s.tail.push(chunk, [&](ByteView body) {
    if (s.mac) {
      // Only the caller's chunk outlives this call; the few held-back bytes
      // of the previous chunk are hashed at once.
      bool in_chunk = body.data() >= chunk.data() && body.data() + body.size() <= chunk_end;
      if (overlapped && in_chunk)
        s.mac->update_async(body);
      else
        s.mac->update(body);
    }
    if (!plain) return;
    std::size_t at = plain->size();
    plain->resize(at + body.size());
    s.ctr.apply(std::span(*plain).subspan(at), body);  // decrypt straight from the input
  });
}

DecryptStatus EciesDecryptor::finish() {
  State& s = *s_;
  if (!s.tail.complete()) return DecryptStatus::too_short;
  if (!s.mac) return DecryptStatus::ok;
  SecureBuffer full = s.mac->finish();
  // The verdict is announced anyway.
  bool ok = detail::ct_public_value(equal_ct(full.view().first(s.mac_bytes), s.tail.tail()));
  return ok ? DecryptStatus::ok : DecryptStatus::forged;
}

}  // namespace seccure
