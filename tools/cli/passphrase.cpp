// Passphrase sources and the front's key files (passphrase.hpp).
#include "passphrase.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <variant>
#include <vector>

#include "io.hpp"
#include "process.hpp"
#include "session.hpp"
#include "terminal.hpp"
#include "keys/keys.hpp"
#include "seccure/encoding.hpp"
#include "seccure/passphrase.hpp"

namespace seccure::cli {
namespace {

// What a passphrase file held besides its first line.
struct PassphraseLine {
  SecureBuffer hash;
  bool trailing = false;  // bytes after the first '\n'
  bool nul = false;       // NUL bytes inside the first line
  bool empty = false;     // nothing was hashed: the empty passphrase
  PassphraseForm form = PassphraseForm::ordinary;
  std::size_t length = 0;
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
  line.form = hasher.form();
  line.length = hasher.length();
  line.hash = hasher.finish();
  return line;
}

// The curves whose generated passphrases have `length` characters.
std::string curves_of_generated_length(std::size_t length) {
  std::string names;
  for (const auto& c : all_curves())
    if (generated_passphrase_length(c) == length) names += (names.empty() ? "" : " or ") + std::string(short_name(c));
  return names.empty() ? "no curve" : names;
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

// FORMAT.md §9.2: a line that tools write into files, or a key file's line
// for another curve, is never hashed as a passphrase: its key would be
// known to whoever has the file, or be a prefix of the real key.
void refuse_non_passphrase(PassphraseForm form, std::size_t length, const CurveParams* curve,
                           std::string_view source, bool from_file) {
  const std::string src = source.empty() ? "The passphrase" : std::string(source);
  switch (form) {
    case PassphraseForm::comment:
      if (!from_file) return;  // typed on a terminal: the user's choice
      [[fallthrough]];
    case PassphraseForm::key_label:
      throw Fatal{src + " holds a public key, not a passphrase (its first line begins with '" +
                  (form == PassphraseForm::comment ? "#" : "The public key is:") +
                  "'); anyone could compute the key of that line"};
    case PassphraseForm::sealed:
      throw Fatal{src + " holds a protected key (sealed with a password); only `seccure COMMAND -F FILE` opens it, "
                        "and anyone with the file could compute the key of the sealed line"};
    case PassphraseForm::generated:
      if (curve && length != generated_passphrase_length(*curve))
        throw Fatal{src + " holds a key for " + curves_of_generated_length(length) + ", not for " +
                    std::string(short_name(*curve)) + "; on another curve it would give away part of its key"};
      return;
    case PassphraseForm::ordinary:
      return;
  }
}

void check_key_file_access(const Session& s, int fd, const std::string& name, bool ours);

SecureBuffer read_passphrase(const Session& s, int fd, bool from_file, bool whole_blocks, std::string_view what,
                             const CurveParams& curve, std::string_view source) {
  if (::isatty(fd)) {
    EchoOff echo(fd);
    s.status("Enter " + std::string(what) + ": ");
    PassphraseLine line = hash_passphrase_line(fd, false);
    s.status("\033[1K\r");
    if (line.empty) s.refuse_or_warn_empty_passphrase();
    refuse_non_passphrase(line.form, line.length, &curve, {}, false);
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
  refuse_non_passphrase(line.form, line.length, &curve, source, from_file);
  // A key file of genkey that others can read is refused here too; a
  // passphrase file of the original's kind is the original's business.
  if (from_file && line.form == PassphraseForm::generated) check_key_file_access(s, fd, std::string(source), true);
  // The key is the original's (first line, NULs included); say so when the
  // file looks like it was meant otherwise.
  if (from_file && line.nul)
    s.status("Warning: The password file contains NUL bytes; they are part of the passphrase.\n");
  if (from_file && line.trailing && !(whole_blocks && only_comments_follow(fd)))
    s.status("Warning: Only the first line of the password file was used; the rest was ignored.\n");
  if (line.empty) s.refuse_or_warn_empty_passphrase();
  return std::move(line.hash);
}

// A key file's mode and owner (FORMAT.md §9.1), as ssh checks its private
// keys: a key file of genkey (a generated or sealed line 1) that others can
// read or write, or that another user owns, is refused; a passphrase file
// of the original's kind gets a warning.
void check_key_file_access(const Session& s, int fd, const std::string& name, bool ours) {
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return;
  char mode[8];
  std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
  std::string problem, fix;
  if (st.st_uid != ::geteuid() && st.st_uid != 0) {
    problem = name + " belongs to another user (uid " + std::to_string(st.st_uid) + ")";
    fix = "copy it into a file of your own";
  } else if (st.st_mode & 0066) {
    problem = name + " can be " + ((st.st_mode & 0044) ? "read" : "written") + " by others (mode " + mode + ")";
    fix = name.starts_with('\'') ? "chmod 600 " + name : "chmod 600 on the file";
  }
  if (problem.empty()) return;
  if (ours) s.fatal(problem + "; a key file must be private to you (" + fix + ")");
  s.note("Warning: " + problem + "; whoever can read it has your key (" + fix + ").\n");
}

// A genkey key file has the passphrase on line 1, perhaps sealed with a
// password, then "# curve:" and "# public key:" lines. Read whole into
// secure memory; only the passphrase's hash is kept (and the passphrase
// itself for genkey -F).
Identity read_identity(const Session& s, const std::string& path, bool keep_passphrase) {
  constexpr std::size_t max_size = 64 * 1024;
  const std::string name = quoted(path);
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) s.fatal(file_reason("Cannot open password file", path) + ": " + errno_text(errno));
  FdCloser closer{fd};
  struct stat dst;
  if (::fstat(fd, &dst) == 0 && S_ISDIR(dst.st_mode))
    s.fatal(name + " is a directory, not a key file or passphrase file");
  SecureBuffer buf(max_size + 1);
  std::size_t n = 0;
  try {
    n = read_up_to(fd, buf.data(), buf.size());
  } catch (const Fatal& f) {
    s.fatal(file_reason("Cannot read text line", path) + f.reason.substr(f.reason.find(':')));
  }
  if (n > max_size) s.fatal(name + " is too large for a key file");
  Identity id;
  std::string_view text(reinterpret_cast<const char*>(buf.data()), n);
  std::string_view first = text.substr(0, text.find('\n'));
  while (first.ends_with('\r')) first.remove_suffix(1);
  for (std::size_t at = first.size(); at < text.size();) {
    std::size_t end = std::min(text.find('\n', at + 1), text.size());
    std::string_view line = trim(text.substr(at + 1, end - at - 1));
    auto value = [&](std::string_view label) { return trim(line.substr(label.size())); };
    if (line.starts_with("# curve:")) id.curve = std::string(value("# curve:"));
    if (line.starts_with("# public key:")) id.public_key = std::string(value("# public key:"));
    at = end;
  }
  PassphraseHasher hasher;
  hasher.feed(ByteView(buf.data(), n));
  id.sealed = hasher.form() == PassphraseForm::sealed;
  // A public key file is refused before its (rightly open) mode is judged;
  // a sealed line is opened below, and the curve, still unknown, is checked
  // in Session::private_key.
  if (!id.sealed) refuse_non_passphrase(hasher.form(), hasher.length(), nullptr, name, true);
  check_key_file_access(s, fd, name, id.sealed || hasher.form() == PassphraseForm::generated);
  // A key file of genkey names its curve and public key: without them, an
  // edited file could select a weaker curve, whose key is a prefix of this
  // one (FORMAT.md §3).
  if ((id.sealed || hasher.form() == PassphraseForm::generated) && (!id.curve || !id.public_key))
    s.fatal(name + " is a key file without its '# " + (id.curve ? "public key" : "curve") +
            ":' line; it was cut or edited (make a new key, or restore the file)");
  if (id.sealed) {
    if (protected_passphrase_version(first) == 1)
      s.note("Note: " + name + " is sealed in the first protected format, which does not bind its curve and "
             "public key; upgrade it with: seccure genkey --protect -F " + name + " -o NEW.key\n");
    SecureBuffer password = s.key_file_password(path);
    const std::string bound = protected_binding(s.curve_named(*id.curve), *id.public_key);
    auto opened = unprotect_passphrase(first, password.view(), bound);
    if (auto* err = std::get_if<UnprotectError>(&opened))
      s.fatal(*err == UnprotectError::wrong_password ? "Wrong password for " + name + ", or the file was modified"
              : *err == UnprotectError::malformed    ? name + " holds a damaged protected passphrase"
                                                     : "Not enough memory to open " + name);
    SecureBuffer& plain = std::get<SecureBuffer>(opened);
    PassphraseHasher inner;
    inner.feed(plain.view());
    id.form = inner.form();
    id.length = inner.length();
    if (inner.empty()) s.refuse_or_warn_empty_passphrase();
    id.hash = inner.finish();
    if (keep_passphrase) id.passphrase = std::move(plain);
  } else {
    id.form = hasher.form();
    id.length = hasher.length();
    if (hasher.empty()) s.refuse_or_warn_empty_passphrase();
    id.hash = hasher.finish();
    if (keep_passphrase) {
      id.passphrase = SecureBuffer(first.size());
      std::copy(first.begin(), first.end(), id.passphrase.data());
    }
  }
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
