// seccure's deterministic ECDSA variant (FORMAT.md §5) over streamed SHA-512.
#pragma once
#include <string>
#include <string_view>
#include <variant>

#include "seccure/keys.hpp"
#include "seccure/primitives.hpp"

namespace seccure {

// A signature is the integer S = s*n + r, kept as big-endian bytes (any
// length on input: a compact string can encode values beyond sig_bin bytes).
enum class SignatureParseError { wrong_length, inconsistent_structure };
using SignatureParse = std::variant<Bytes, SignatureParseError>;

// Exactly sig_compact characters of the compact alphabet.
SignatureParse parse_compact_signature(const CurveParams& curve, std::string_view text);
// Exactly sig_bin bytes.
SignatureParse parse_binary_signature(const CurveParams& curve, ByteView data);
std::string signature_to_compact(const CurveParams& curve, ByteView value);

// Signs the 64-byte SHA-512 hash of a message; returns sig_bin bytes.
Bytes ecdsa_sign_hash(const PrivateKey& key, ByteView hash64);
// True iff the signature value is valid for the hash under the key.
bool ecdsa_verify_hash(const PublicKey& key, ByteView hash64, ByteView signature);

// Incremental signing and verification of a message of any length.
// Signer and Verifier keep a reference to their key: it must outlive them
// (temporaries are refused at compile time).
class Signer {
public:
  explicit Signer(const PrivateKey& key) : key_(key), hash_(Digest::Kind::sha512) {}
  explicit Signer(const PrivateKey&&) = delete;
  void update(ByteView data) { hash_.update(data); }
  Bytes finish() { return ecdsa_sign_hash(key_, hash_.finish().view()); }

private:
  const PrivateKey& key_;
  Digest hash_;
};

class Verifier {
public:
  explicit Verifier(const PublicKey& key) : key_(key), hash_(Digest::Kind::sha512) {}
  explicit Verifier(const PublicKey&&) = delete;
  void update(ByteView data) { hash_.update(data); }
  bool finish(ByteView signature) { return ecdsa_verify_hash(key_, hash_.finish().view(), signature); }

private:
  const PublicKey& key_;
  Digest hash_;
};

}  // namespace seccure
