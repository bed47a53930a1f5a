#include "keys/keys.hpp"

#include "base/ct.hpp"
#include "ec/group.hpp"
#include "seccure/encoding.hpp"
#include "seccure/passphrase.hpp"

#include <algorithm>
#include <string_view>

namespace seccure {

using detail::Group;

PassphraseHasher::PassphraseHasher() : digest_(Digest::Kind::sha256), head_(head_size) {}

bool PassphraseHasher::feed(ByteView raw) {
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (line_done_) {
      trailing_ = true;
      return false;
    }
    std::uint8_t c = raw[i];
    if (c == '\n')
      line_done_ = true;
    else if (c != '\r') {
      if (c == 0) saw_nul_ = true;
      empty_ = false;
      if (length_ < head_size) head_[length_] = c;
      ++length_;
      digest_.update_byte(c);
    }
  }
  return !line_done_;
}

SecureBuffer PassphraseHasher::finish() { return digest_.finish(); }

PassphraseForm PassphraseHasher::form() const {
  std::string_view head(reinterpret_cast<const char*>(head_.data()), std::min(length_, head_size));
  if (head.starts_with('#')) return PassphraseForm::comment;
  if (head.starts_with("The public key is:")) return PassphraseForm::key_label;
  if (head.starts_with(generated_passphrase_prefix)) return PassphraseForm::generated;
  // Any version of the protected form, not only those this build can open.
  if (head.starts_with(protected_passphrase_prefix.substr(0, protected_passphrase_prefix.find("KEY-") + 4)))
    return PassphraseForm::sealed;
  return PassphraseForm::ordinary;
}

std::size_t generated_passphrase_length(const CurveParams& curve) {
  return generated_passphrase_prefix.size() + (8 * curve.order_bin + 4) / 5;
}

namespace {

// 1 if 0 < d < n, else 0, without a branch or index on d: the borrow out of
// d - n, and whether any bit of d is set. (n is public; d has n's length.)
unsigned in_key_range_ct(ByteView n, ByteView d) {
  unsigned borrow = 0, any = 0;
  for (std::size_t i = d.size(); i-- > 0;) {
    borrow = (static_cast<unsigned>(d[i]) - n[i] - borrow) >> 31;
    any |= d[i];
  }
  return borrow & ((any | (0u - any)) >> 31);
}

}  // namespace

PrivateKey PrivateKey::from_passphrase_hash(const CurveParams& curve, ByteView hash) {
  AesCtr prng(hash);
  SecureBuffer stream(curve.order_bin);
  prng.keystream(stream.span());
  return PrivateKey(curve, Group::of(curve).reduce_to_key_range(stream.view()).release());
}

PrivateKey PrivateKey::from_passphrase(const CurveParams& curve, ByteView passphrase) {
  return from_passphrase_hash(curve, sha256(passphrase).view());
}

PrivateKey PrivateKey::random(const CurveParams& curve) {
  // Rejection sampling on bits(n) random bits: uniform in [1, n-1].
  const Group& group = Group::of(curve);
  std::size_t bits = group.order_bits();
  ByteView n = group.order();
  for (;;) {
    SecureBuffer buf(curve.order_bin);
    random_bytes(buf.span());
    detail::ct_secret(buf.data(), buf.size());
    std::size_t excess = curve.order_bin * 8 - bits;
    buf[0] = static_cast<std::uint8_t>(buf[0] & (0xff >> excess));
    // Only whether a candidate was rejected becomes public.
    if (detail::ct_public_value(in_key_range_ct(n, buf.view()))) return PrivateKey(curve, std::move(buf));
  }
}

PublicKey PrivateKey::public_key() const {
  Bytes xy(2 * curve_->elem_bin);
  if (!Group::of(*curve_).mul_base(d_.view(), xy)) throw std::logic_error("private key is zero");
  detail::ct_public(xy.data(), xy.size());  // a public key is public
  auto key = PublicKey::from_affine(*curve_, ByteView(xy).first(curve_->elem_bin),
                                    ByteView(xy).subspan(curve_->elem_bin));
  if (!key) throw std::logic_error("computed point is not a valid public key");
  return *key;
}

std::optional<PublicKey> PublicKey::from_affine(const CurveParams& curve, ByteView x, ByteView y) {
  if (x.size() != curve.elem_bin || y.size() != curve.elem_bin) return std::nullopt;
  if (!Group::of(curve).on_curve_vartime(x, y)) return std::nullopt;
  Bytes xy(x.begin(), x.end());
  xy.insert(xy.end(), y.begin(), y.end());
  return PublicKey(curve, std::move(xy));
}

std::optional<PublicKey> PublicKey::from_binary(const CurveParams& curve, ByteView data) {
  if (data.size() != curve.pk_bin) return std::nullopt;
  auto P = Group::of(curve).decompress_vartime(data);
  if (!P) return std::nullopt;
  return PublicKey(curve, std::move(P->xy));
}

std::optional<PublicKey> PublicKey::from_compact(const CurveParams& curve, std::string_view text) {
  if (text.size() != curve.pk_compact) return std::nullopt;
  auto v = compact_decode(text);
  if (!v) return std::nullopt;
  auto P = Group::of(curve).decompress_vartime(*v);
  if (!P) return std::nullopt;
  return PublicKey(curve, std::move(P->xy));
}

Bytes PublicKey::to_binary() const {
  return Group::of(*curve_).compress(xy_);
}

std::string PublicKey::to_compact() const {
  auto s = compact_encode(to_binary(), curve_->pk_compact);
  if (!s) throw std::logic_error("public key does not fit its compact length");
  return *s;
}

std::optional<PrivateKey> PrivateKey::from_scalar(const CurveParams& curve, ByteView d) {
  if (d.size() != curve.order_bin) return std::nullopt;  // lengths are public
  SecureBuffer k(d);
  if (!detail::ct_public_value(in_key_range_ct(Group::of(curve).order(), k.view()))) return std::nullopt;
  return PrivateKey(curve, std::move(k));
}

}  // namespace seccure
