// Passphrase sources and the front's key files (passphrase.hpp).
#include "passphrase.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <variant>
#include <vector>

#include "io.hpp"
#include "process.hpp"
#include "session.hpp"
#include "terminal.hpp"
#include "keys/keys.hpp"
#include "seccure/passphrase.hpp"

namespace seccure::cli {
namespace {

// What a passphrase file held besides its first line.
struct PassphraseLine {
  SecureBuffer hash;
  bool trailing = false;  // bytes after the first '\n'
  bool nul = false;       // NUL bytes inside the first line
  bool empty = false;     // nothing was hashed: the empty passphrase
};

// Hashes one passphrase line from fd. Terminals and pipes are read a byte at
// a time so that nothing after the line is consumed (the message may follow
// on the same stdin); a regular -F file (`whole_blocks`) is read in blocks,
// and one more read tells whether anything follows the line. 2 KiB blocks:
// the largest that the secure arena serves from its locked region, where a
// larger buffer would get a guarded mapping of its own (eight system calls
// and as many page faults more on every run).
PassphraseLine hash_passphrase_line(int fd, bool whole_blocks) {
  PassphraseHasher hasher;
  SecureBuffer buf(whole_blocks ? 2048 : 1);
  for (;;) {
    ssize_t r = read_retrying(fd, buf.data(), buf.size());
    if (r < 0) {
      int err = errno;
      restore_echo();
      throw Fatal{"Cannot read text line: " + errno_text(err)};
    }
    if (r == 0 || !hasher.feed(ByteView(buf.data(), static_cast<std::size_t>(r)))) break;
  }
  if (whole_blocks && hasher.line_complete() && !hasher.trailing_data() &&
      read_retrying(fd, buf.data(), buf.size()) > 0)
    hasher.note_trailing_data();
  PassphraseLine line;
  line.trailing = hasher.trailing_data();
  line.nul = hasher.nul_in_line();
  line.empty = hasher.empty();
  line.hash = hasher.finish();
  return line;
}

// True if the lines after the first of the regular file `fd` are "#"
// comments (and blank lines), as in the key files of `seccure genkey`: then
// nothing meant as part of the passphrase was ignored.
bool only_comments_follow(int fd) {
  SecureBuffer buf(64 * 1024);
  ssize_t n = ::pread(fd, buf.data(), buf.size(), 0);
  if (n <= 0 || static_cast<std::size_t>(n) == buf.size()) return false;
  std::string_view text(reinterpret_cast<const char*>(buf.data()), static_cast<std::size_t>(n));
  bool comment = false;
  for (std::size_t at = text.find('\n'); at != std::string_view::npos && at + 1 < text.size();) {
    std::size_t end = std::min(text.find('\n', at + 1), text.size());
    std::string_view line = trim(text.substr(at + 1, end - at - 1));
    if (!line.empty() && line[0] != '#') return false;
    comment = comment || !line.empty();
    at = end;
  }
  return comment;
}

}  // namespace

SecureBuffer read_passphrase(const Session& s, int fd, bool from_file, bool whole_blocks, std::string_view what) {
  if (::isatty(fd)) {
    EchoOff echo(fd);
    s.status("Enter " + std::string(what) + ": ");
    PassphraseLine line = hash_passphrase_line(fd, false);
    s.status("\033[1K\r");
    if (line.empty) s.refuse_or_warn_empty_passphrase();
    if (s.opt.double_prompt) {
      s.status("Reenter " + std::string(what) + ": ");
      SecureBuffer again = hash_passphrase_line(fd, false).hash;
      s.status("\033[1K\r");
      if (!equal_ct(line.hash.view(), again.view())) s.fatal("The two inputs differ");
    }
    return std::move(line.hash);
  }
  if (s.opt.double_prompt) s.status("Ignoring -d flag.\n");
  PassphraseLine line = hash_passphrase_line(fd, whole_blocks);
  // The key is the original's (first line, NULs included); say so when the
  // file looks like it was meant otherwise.
  if (from_file && line.nul)
    s.status("Warning: The password file contains NUL bytes; they are part of the passphrase.\n");
  if (from_file && line.trailing && !(whole_blocks && only_comments_follow(fd)))
    s.status("Warning: Only the first line of the password file was used; the rest was ignored.\n");
  if (line.empty) s.refuse_or_warn_empty_passphrase();
  return std::move(line.hash);
}

// A genkey key file has the passphrase on line 1, perhaps sealed with a
// password, then "# curve:" and "# public key:" lines. Read whole into
// secure memory; only the passphrase's hash is kept.
Identity read_identity(const Session& s, const std::string& path) {
  constexpr std::size_t max_size = 64 * 1024;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) s.fatal(file_reason("Cannot open password file", path) + ": " + errno_text(errno));
  SecureBuffer buf(max_size + 1);
  std::size_t n = 0;
  try {
    n = read_up_to(fd, buf.data(), buf.size());
  } catch (const Fatal& f) {
    ::close(fd);
    s.fatal(file_reason("Cannot read text line", path) + f.reason.substr(f.reason.find(':')));
  }
  ::close(fd);
  if (n > max_size) s.fatal("'" + path + "' is too large for a key file");
  Identity id;
  std::string_view text(reinterpret_cast<const char*>(buf.data()), n);
  std::string_view first = text.substr(0, text.find('\n'));
  if (first.ends_with('\r')) first.remove_suffix(1);
  for (std::size_t at = first.size(); at < text.size();) {
    std::size_t end = std::min(text.find('\n', at + 1), text.size());
    std::string_view line = trim(text.substr(at + 1, end - at - 1));
    auto value = [&](std::string_view label) { return trim(line.substr(label.size())); };
    if (line.starts_with("# curve:")) id.curve = std::string(value("# curve:"));
    if (line.starts_with("# public key:")) id.public_key = std::string(value("# public key:"));
    at = end;
  }
  PassphraseHasher hasher;
  if (is_protected_passphrase(first)) {
    SecureBuffer password = read_password("Password for " + path + ": ", false);
    auto opened = unprotect_passphrase(first, password.view());
    if (auto* err = std::get_if<UnprotectError>(&opened))
      s.fatal(*err == UnprotectError::wrong_password ? "Wrong password for '" + path + "', or the file was modified"
              : *err == UnprotectError::malformed    ? "'" + path + "' holds a damaged protected passphrase"
                                                     : "Not enough memory to open '" + path + "'");
    hasher.feed(std::get<SecureBuffer>(opened).view());
  } else {
    if (first.empty()) s.refuse_or_warn_empty_passphrase();
    hasher.feed(ByteView(buf.data(), n));
  }
  id.hash = hasher.finish();
  return id;
}

// The one line that is not a comment ("#") or blank, trimmed, without the
// label "The public key is: " that seccure-key prints. A file that holds a
// passphrase (a key file of genkey, or more than one line of text) is
// refused: encrypting to a passphrase taken for a key would lock the
// message away from everyone.
KeyFile read_key_file(const std::string& path) {
  // 64 KiB and a block at most, as much as any key file needs.
  constexpr std::size_t max_size = 64 * 1024 + 4096;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Fatal{"Cannot open key file '" + path + "': " + errno_text(errno)};
  std::string text(max_size, '\0');
  try {
    text.resize(read_up_to(fd, reinterpret_cast<std::uint8_t*>(text.data()), text.size()));
  } catch (const Fatal&) {
    int err = errno;
    ::close(fd);
    throw Fatal{"Cannot read key file '" + path + "': " + errno_text(err)};
  }
  ::close(fd);
  KeyFile kf;
  std::vector<std::string_view> lines;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = std::min(text.find('\n', at), text.size());
    std::string_view line = trim(std::string_view(text).substr(at, end - at));
    if (line.starts_with("# curve:")) kf.curve = std::string(trim(line.substr(8)));
    if (!line.empty() && !line.starts_with('#')) lines.push_back(line);
    at = end + 1;
  }
  const std::string secret_hint = "'" + path + "' holds a secret passphrase, not a public key";
  for (auto line : lines)
    if (is_generated_passphrase(line) || is_protected_passphrase(line))
      throw Fatal{secret_hint + "; give the public key file (seccure genkey -p) or the key itself"};
  if (lines.empty()) throw Fatal{"'" + path + "' holds no public key"};
  if (lines.size() > 1)
    throw Fatal{"'" + path + "' holds more than one line of text; a public key file holds one key (and # comments)"};
  std::string_view key = lines[0];
  constexpr std::string_view label = "The public key is: ";
  if (key.starts_with(label)) key = trim(key.substr(label.size()));
  kf.key = std::string(key);
  return kf;
}

}  // namespace seccure::cli
