// Keys: passphrase to private key (FORMAT.md §3) and validated public keys (§2).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "seccure/curves.hpp"
#include "seccure/primitives.hpp"
#include "seccure/secure.hpp"

namespace seccure {

// Applies seccure's passphrase rule while hashing: bytes up to the first
// '\n' (or the end), every '\r' dropped, anything else kept. Feed it the raw
// bytes of a file, a terminal line or a pipe; it ignores what follows the line.
class PassphraseHasher {
public:
  PassphraseHasher();
  // Returns false once the end of the line has been seen (stop feeding).
  bool feed(ByteView raw);
  bool line_complete() const { return line_done_; }
  // True if anything (other than nothing) followed the first line, or the line
  // held NUL bytes: callers may warn that part of the input was ignored.
  bool ignored_data() const { return trailing_ || saw_nul_; }
  // The two parts of ignored_data(): bytes after the first '\n' were seen (or
  // noted), and NUL bytes inside the line (they are hashed, as the original).
  bool trailing_data() const { return trailing_; }
  bool nul_in_line() const { return saw_nul_; }
  // True while no byte of the passphrase has been hashed (carriage returns
  // are dropped, so "\r\n" is empty too): callers can refuse or warn about
  // the empty passphrase, whose key anyone can compute, without keeping it.
  bool empty() const { return empty_; }
  void note_trailing_data() { trailing_ = true; }
  SecureBuffer finish();  // SHA-256 of the passphrase (32 bytes)

private:
  Digest digest_;
  bool line_done_ = false, trailing_ = false, saw_nul_ = false, empty_ = true;
};

class PublicKey;

// A private scalar d in [1, n-1], held in secure memory.
class PrivateKey {
public:
  // FORMAT.md §3: d = (int(AES-256-CTR_{H}(0^order_bin)) mod (n-1)) + 1.
  static PrivateKey from_passphrase_hash(const CurveParams& curve, ByteView sha256_of_passphrase);
  static PrivateKey from_passphrase(const CurveParams& curve, ByteView passphrase);
  // Uniform in [1, n-1] from the system CSPRNG.
  static PrivateKey random(const CurveParams& curve);

  const CurveParams& curve() const { return *curve_; }
  ByteView scalar() const { return d_.view(); }  // order_bin bytes, big-endian
  PublicKey public_key() const;

  PrivateKey(const CurveParams& curve, SecureBuffer d) : curve_(&curve), d_(std::move(d)) {}

private:
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
