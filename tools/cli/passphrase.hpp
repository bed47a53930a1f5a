// Passphrase sources (FORMAT.md §8): a terminal (echo off, -d asks twice), a
// -F file or --passphrase-fd (the first line); and the key files of the
// `seccure` front: -F as a genkey key file (read_identity) and --key-file
// (read_key_file). A passphrase only ever exists as its running hash.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "keys/keys.hpp"
#include "seccure/curves.hpp"
#include "seccure/secure.hpp"

namespace seccure::cli {

class Session;

// The hash of the passphrase on `fd`: prompted for as "Enter <what>: " with
// echo off when `fd` is a terminal; else its first line. `from_file`: `fd`
// is the -F file or --passphrase-fd (warnings name "the password file");
// `whole_blocks`: it is a regular file, read in blocks. An empty passphrase
// goes to s.refuse_or_warn_empty_passphrase(); a line that is not a
// passphrase for `curve` (refuse_non_passphrase) is a Fatal naming `source`
// ("'pw.txt'", "File descriptor 3"; empty: a terminal).
SecureBuffer read_passphrase(const Session& s, int fd, bool from_file, bool whole_blocks, std::string_view what,
                             const CurveParams& curve, std::string_view source);

// Refuses (Fatal, naming `source`) a first line of the form `form` and
// `length` that must not be hashed as a passphrase for `curve`
// (FORMAT.md §9.2): a public key file's line (from a file), a sealed line,
// a generated line made for another curve (checked only if `curve` is
// given).
void refuse_non_passphrase(PassphraseForm form, std::size_t length, const CurveParams* curve,
                           std::string_view source, bool from_file);

// The front's -F: a key file made by `seccure genkey` or any file whose
// first line is the passphrase.
struct Identity {
  SecureBuffer hash;                        // of the passphrase
  SecureBuffer passphrase;                  // the line itself, only if asked for (genkey -F)
  std::optional<std::string> curve;         // "# curve:"
  std::optional<std::string> public_key;    // "# public key:"
  PassphraseForm form = PassphraseForm::ordinary;  // of the (unsealed) passphrase
  std::size_t length = 0;                   // of the (unsealed) passphrase
  bool sealed = false;                      // line 1 was sealed with a password
};
// Reads and checks a key file (FORMAT.md §9.1): its mode and owner, its
// metadata, the sealed line (asking for the password, or reading it from
// `password_fd`). `keep_passphrase`: also keep the passphrase itself.
Identity read_identity(const Session& s, const std::string& path, bool keep_passphrase = false);

// The public key of --key-file, and the curve a "# curve:" line names.
struct KeyFile {
  std::string key;
  std::optional<std::string> curve;
};
KeyFile read_key_file(const std::string& path);

}  // namespace seccure::cli
