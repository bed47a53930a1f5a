// The internal half of seccure/keys.hpp (defined in keys.cpp, not installed):
// the tools' passphrase reading.
#pragma once
#include "base/primitives.hpp"
#include "seccure/keys.hpp"

namespace seccure {

// What the first line of a passphrase source looks like, from its first
// bytes (FORMAT.md §9): a line that no one would choose as a passphrase but
// that tools write into files. Such a line is refused rather than hashed,
// since its key would be known to whoever has the file.
enum class PassphraseForm {
  ordinary,
  comment,     // begins with '#': a public-key file of `seccure genkey -p`, or any commented file
  key_label,   // begins with "The public key is:", the line seccure-key prints
  generated,   // SECCURE-SECRET-KEY-...: a key file of `seccure genkey`
  sealed,      // SECCURE-PROTECTED-KEY-...: a protected key file; only its password opens it
};

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
  // The line's form, from its first bytes (carriage returns dropped), and
  // its length in bytes as hashed. Branches on those first bytes: the form
  // of a line is not kept secret, only its content.
  PassphraseForm form() const;
  std::size_t length() const { return length_; }
  SecureBuffer finish();  // SHA-256 of the passphrase (32 bytes)

private:
  static constexpr std::size_t head_size = 24;
  Digest digest_;
  SecureBuffer head_;  // the first head_size bytes of the line
  std::size_t length_ = 0;
  bool line_done_ = false, trailing_ = false, saw_nul_ = false, empty_ = true;
};

// The length of a generated passphrase for `curve` (its prefix and the
// base-32 digits of order_bin bytes): a generated line of another length was
// made for another curve, and would give a prefix of that curve's key.
std::size_t generated_passphrase_length(const CurveParams& curve);

}  // namespace seccure
