// Passphrase sources (FORMAT.md §8): a terminal (echo off, -d asks twice), a
// -F file or --passphrase-fd (the first line); and the key files of the
// `seccure` front: -F as a genkey key file (read_identity) and --key-file
// (read_key_file). A passphrase only ever exists as its running hash.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "seccure/secure.hpp"

namespace seccure::cli {

class Session;

// The hash of the passphrase on `fd`: prompted for as "Enter <what>: " with
// echo off when `fd` is a terminal; else its first line. `from_file`: `fd`
// is the -F file or --passphrase-fd (warnings name "the password file");
// `whole_blocks`: it is a regular file, read in blocks. An empty passphrase
// goes to s.refuse_or_warn_empty_passphrase().
SecureBuffer read_passphrase(const Session& s, int fd, bool from_file, bool whole_blocks, std::string_view what);

// The front's -F: a key file made by `seccure genkey` or any file whose
// first line is the passphrase.
struct Identity {
  SecureBuffer hash;                        // of the passphrase
  std::optional<std::string> curve;         // "# curve:"
  std::optional<std::string> public_key;    // "# public key:"
};
Identity read_identity(const Session& s, const std::string& path);

// The public key of --key-file, and the curve a "# curve:" line names.
struct KeyFile {
  std::string key;
  std::optional<std::string> curve;
};
KeyFile read_key_file(const std::string& path);

}  // namespace seccure::cli
