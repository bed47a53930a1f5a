// Keys: passphrase to private key (FORMAT.md §3) and validated public keys (§2).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "seccure/curves.hpp"
#include "seccure/secure.hpp"

namespace seccure {

class PublicKey;

// A private scalar d in [1, n-1], held in secure memory.
class PrivateKey {
public:
  // FORMAT.md §3: d = (int(AES-256-CTR_{H}(0^order_bin)) mod (n-1)) + 1.
  static PrivateKey from_passphrase_hash(const CurveParams& curve, ByteView sha256_of_passphrase);
  static PrivateKey from_passphrase(const CurveParams& curve, ByteView passphrase);
  // Uniform in [1, n-1] from the system CSPRNG.
  static PrivateKey random(const CurveParams& curve);

  // A given scalar: exactly order_bin bytes, big-endian, with 1 <= d < n;
  // nullopt otherwise. Decided in constant time: only the verdict is public.
  static std::optional<PrivateKey> from_scalar(const CurveParams& curve, ByteView d);

  const CurveParams& curve() const { return *curve_; }
  ByteView scalar() const { return d_.view(); }  // order_bin bytes, big-endian
  PublicKey public_key() const;

private:
  // Unchecked: for scalars already known to be in [1, n-1].
  PrivateKey(const CurveParams& curve, SecureBuffer d) : curve_(&curve), d_(std::move(d)) {}
  const CurveParams* curve_;
  SecureBuffer d_;
};

// A point on the curve other than infinity, validated on construction.
class PublicKey {
public:
  // Compact text of exactly pk_compact digits. nullopt on a bad character,
  // wrong length, or a value that is not a compressed curve point.
  static std::optional<PublicKey> from_compact(const CurveParams& curve, std::string_view text);
  // Compressed binary form of exactly pk_bin bytes.
  static std::optional<PublicKey> from_binary(const CurveParams& curve, ByteView data);
  // Affine coordinates, elem_bin bytes each (checked to be on the curve).
  static std::optional<PublicKey> from_affine(const CurveParams& curve, ByteView x, ByteView y);

  const CurveParams& curve() const { return *curve_; }
  ByteView x() const { return ByteView(xy_).first(curve_->elem_bin); }
  ByteView y() const { return ByteView(xy_).subspan(curve_->elem_bin); }
  ByteView xy() const { return xy_; }  // x || y
  std::string to_compact() const;
  Bytes to_binary() const;

  bool operator==(const PublicKey& o) const { return curve_ == o.curve_ && xy_ == o.xy_; }

private:
  PublicKey(const CurveParams& curve, Bytes xy) : curve_(&curve), xy_(std::move(xy)) {}
  const CurveParams* curve_;
  Bytes xy_;  // x || y
};

}  // namespace seccure
