// The internal half of seccure/keys.hpp (defined in keys.cpp, not installed):
// the tools' passphrase reading.
#pragma once
#include "base/primitives.hpp"
#include "seccure/keys.hpp"

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

}  // namespace seccure
