// seccure's deterministic ECDSA variant (FORMAT.md §5) over streamed SHA-512.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <variant>

#include "seccure/errors.hpp"
#include "seccure/keys.hpp"

namespace seccure {

// A signature is the integer S = s*n + r, kept as big-endian bytes (any
// length on input: a compact string can encode values beyond sig_bin bytes).
enum class SignatureParseError { wrong_length, inconsistent_structure };
using SignatureParse = std::variant<Bytes, SignatureParseError>;
// The tools' words for it (seccure/errors.hpp): "Invalid signature (wrong
// length)" or "(inconsistent structure)".
Problem problem_of(SignatureParseError error);

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
  explicit Signer(const PrivateKey& key);
  explicit Signer(const PrivateKey&&) = delete;
  ~Signer();
  Signer(Signer&&) noexcept;
  Signer& operator=(Signer&&) noexcept;
  void update(ByteView data);
  Bytes finish();

private:
  struct State;
  std::unique_ptr<State> s_;
};

class Verifier {
public:
  explicit Verifier(const PublicKey& key);
  explicit Verifier(const PublicKey&&) = delete;
  ~Verifier();
  Verifier(Verifier&&) noexcept;
  Verifier& operator=(Verifier&&) noexcept;
  void update(ByteView data);
  bool finish(ByteView signature);

private:
  struct State;
  std::unique_ptr<State> s_;
};

}  // namespace seccure
