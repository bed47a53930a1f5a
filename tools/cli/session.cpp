// A tool's run (session.hpp).
#include "session.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>

#include "process.hpp"
#include "terminal.hpp"
#include "seccure/ecies.hpp"

namespace seccure::cli {
namespace {

constexpr std::size_t chunk_size = 1 << 20;  // as the original; fewer hand-overs to the MAC thread

}  // namespace

Session::Session(const ToolInfo& t, Options opts) : tool(t), opt(std::move(opts)) {
  // The original's order of start-up errors: input, output, password file.
  if (opt.infile) {
    in_fd_ = ::open(opt.infile->c_str(), O_RDONLY | O_CLOEXEC);
    if (in_fd_ < 0) throw Fatal{file_reason("Cannot open input file", *opt.infile) + ": " + errno_text(errno)};
  }
  if (opt.outfile) out_ = Output::open_file(*opt.outfile, tool.output_is_secret, {}, tool.output_exclusive);
  if (opt.password_fd && ::fcntl(*opt.password_fd, F_GETFD) < 0)
    throw Fatal{"Cannot read the password from file descriptor " + std::to_string(*opt.password_fd) + ": " +
                errno_text(errno)};
  if (opt.pwfile && opt.front) {
    identity_ = read_identity(*this, *opt.pwfile, tool.output_exclusive);
  } else if (opt.pwfile) {
    pw_fd_ = ::open(opt.pwfile->c_str(), O_RDONLY | O_CLOEXEC);
    if (pw_fd_ < 0) throw Fatal{file_reason("Cannot open password file", *opt.pwfile) + ": " + errno_text(errno)};
  } else if (opt.passphrase_fd) {
    if (::fcntl(*opt.passphrase_fd, F_GETFD) < 0)
      throw Fatal{"Cannot read the passphrase from file descriptor " + std::to_string(*opt.passphrase_fd) + ": " +
                  errno_text(errno)};
    pw_fd_ = *opt.passphrase_fd;
  }

  progress_.start(in_fd_, opt.progress, opt.quiet, !opt.outfile);
}

Session::~Session() {
  progress_.end();
  if (spool_fd_ >= 0) ::close(spool_fd_);
}

void Session::refuse_binary_to_terminal(int fd) const {
  if ((fd != 1 || !opt.outfile) && ::isatty(fd))
    fatal("Refusing to write binary data to a terminal; use -o outfile or redirect standard output");
}

void Session::status(std::string_view text) const {
  if (!opt.quiet) write_text(2, text);
}

void Session::note(std::string_view text) const { write_text(2, text); }

void Session::warn_biased_nonces(const CurveParams& curve) const {
  if (!opt.front || !nonces_biased(curve)) return;
  status("Warning: signatures on " + std::string(short_name(curve)) +
         " use slightly biased nonces (docs/FORMAT.md §5.1); prefer a secp curve of 192 bits or more.\n");
}

void Session::print(std::string_view text) const { write_text(1, text); }

void Session::verbose(std::string_view label, std::string_view value) const {
  if (!opt.verbose) return;
  status(std::string(label) + ": ");
  note(std::string(value) + "\n");
}

void Session::verbose_version() const { verbose("VERSION", version); }

void Session::fatal(std::string_view reason) const { throw Fatal{std::string(reason)}; }

const CurveParams& Session::curve_named(std::string_view name) const {
  if (!opt.front) {
    const CurveParams* c = curve_by_name(name);
    if (!c) fatal(Problem::invalid_curve);
    return *c;
  }
  return front_curve(name);
}

const CurveParams& front_curve(std::string_view name) {
  // The front also takes the usual other names (P-256, prime256v1, any case).
  std::string n;
  for (char ch : name)
    if (ch != '-' && ch != '_') n += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (n == "prime192v1") n = "secp192r1";
  if (n == "prime256v1") n = "secp256r1";
  const CurveParams* c = n.empty() ? nullptr : curve_by_name(n);
  if (!c) {
    std::string names;
    for (const auto& k : all_curves()) names += (names.empty() ? "" : ", ") + std::string(k.name);
    throw Fatal{"Unknown curve " + quoted(name) + " (a name, or a part of one that contains its size, such as "
                "p256); the curves are " + names};
  }
  return *c;
}

// In the front, a curve that a key file names must agree with -c; a curve
// below 160 bits is taken from a file only when -c names it too (an edited
// "# curve:" line must not select a weak curve: FORMAT.md §9.1).
const CurveParams& Session::curve_agreeing(std::size_t index, const std::optional<std::string>& named,
                                           std::string_view source) const {
  const CurveParams& from_file = curve_named(*named);
  if (weak_curve(from_file) && opt.curves.size() <= index)
    fatal(std::string(source) + " names the weak curve " + std::string(short_name(from_file)) + "; give -c " +
          std::string(short_name(from_file)) + " if you mean it");
  if (opt.curves.size() > index && &curve_named(opt.curves[index]) != &from_file)
    fatal(std::string(source) + " is a key on " + std::string(short_name(from_file)) + ", but -c names " +
          std::string(short_name(curve_named(opt.curves[index]))));
  return from_file;
}

const CurveParams& Session::curve_or_default(std::size_t index, std::string_view what) const {
  // (The passphrase's curve is always the first -c.)
  if (index == 0 && identity_.curve) return curve_agreeing(0, identity_.curve, quoted(opt.pwfile.value_or("")));
  if (opt.curves.size() > index) return curve_named(opt.curves[index]);
  const std::string line = "Assuming " + std::string(what) + " " + std::string(default_curve_name) + ".\n";
  opt.front ? status(line) : note(line);
  return curve_named(default_curve_name);
}

const CurveParams& Session::curve_for_key(std::size_t index, std::string_view key,
                                          std::string_view wrong_length) const {
  if (opt.key_curve) return curve_agreeing(index, opt.key_curve, quoted(opt.key_file.value_or("")));
  if (opt.curves.size() > index) return curve_named(opt.curves[index]);
  const CurveParams* c = curve_by_pk_compact_length(key.size());
  if (!c && opt.front)
    fatal(std::string(wrong_length.substr(0, wrong_length.find(" (wrong length)"))) + ": it has " +
          std::to_string(key.size()) + " characters, and no curve's keys have that many (cut, or extended?)");
  if (!c) fatal(wrong_length);
  // The front says which curve the key of a --key-file without a "# curve:"
  // line was taken for, when its length fits a brainpool curve too
  // (FORMAT.md §1.2 picks the secp one).
  if (opt.front && opt.key_file)
    for (const auto& other : all_curves())
      if (&other != c && other.pk_compact == c->pk_compact) {
        status("Assuming curve " + std::string(short_name(*c)) + " for the key (give -c " +
               std::string(short_name(other)) + " if it is a key on that curve).\n");
        break;
      }
  return *c;
}

PublicKey Session::public_key(const CurveParams& curve, std::string_view text, std::string_view what) const {
  if (text.size() != curve.pk_compact) {
    if (opt.front)
      fatal("Invalid " + std::string(what) + ": it has " + std::to_string(text.size()) + " characters, a key on " +
            std::string(short_name(curve)) + " has " + std::to_string(curve.pk_compact));
    fatal("Invalid " + std::string(what) + " (wrong length)");
  }
  auto key = PublicKey::from_compact(curve, text);
  if (!key) {
    if (opt.front)
      fatal("Invalid " + std::string(what) + ": not a point on " + std::string(short_name(curve)) +
            " (a typo, or a key on another curve?)");
    fatal("Invalid " + std::string(what));
  }
  return *key;
}

std::size_t Session::mac_bytes() {
  if (!opt.mac_bytes) {
    // (The original says so even under -q; the front does not.)
    const std::string assumed = "Assuming MAC length of " + std::to_string(8 * default_mac_bytes) + " bits.\n";
    opt.front ? status(assumed) : note(assumed);
    opt.mac_bytes = default_mac_bytes;
  }
  return *opt.mac_bytes;
}

PrivateKey Session::private_key(const CurveParams& curve, std::string_view what) {
  if (!identity_.hash.empty()) {
    refuse_non_passphrase(identity_.form, identity_.length, &curve, quoted(*opt.pwfile), true);
    PrivateKey key = PrivateKey::from_passphrase_hash(curve, identity_.hash.view());
    // A key file names its public key: a damaged passphrase line shows.
    if (identity_.public_key && key.public_key().to_compact() != *identity_.public_key)
      fatal(quoted(*opt.pwfile) + " is damaged: its passphrase does not give the public key the file names");
    return key;
  }
  int fd = pw_fd_;
  int tty_fd = -1;
  if (fd < 0) {
    if (opt.infile || ::isatty(0)) {
      fd = 0;
    } else {
      // Only now, when a passphrase is really needed, is a terminal opened.
      tty_fd = ::open("/dev/tty", O_RDONLY | O_CLOEXEC);
      if (tty_fd < 0)
        fatal("Cannot open tty to read the passphrase: " + errno_text(errno) + "; use -F pwfile");
      fd = tty_fd;
    }
  }
  FdCloser closer{tty_fd};
  // Only a regular -F file is read in blocks: a -F naming a pipe
  // (/dev/stdin) may carry the message after the passphrase line; nor when
  // --passphrase-fd names the data input: the data follows the line.
  struct stat st;
  bool regular = fd == pw_fd_ && fd != in_fd_ && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  // How messages name the source: the -F file, the descriptor, or (empty)
  // the terminal.
  const std::string source = fd != pw_fd_ ? std::string()
                             : opt.pwfile ? quoted(*opt.pwfile)
                                          : "File descriptor " + std::to_string(fd);
  SecureBuffer hash = read_passphrase(*this, fd, fd == pw_fd_, regular, what, curve, source);
  return PrivateKey::from_passphrase_hash(curve, hash.view());
}

SecureBuffer Session::read_password(std::string_view prompt, bool twice) const {
  return cli::read_password(prompt, twice, opt.password_fd.value_or(-1));
}

SecureBuffer Session::key_file_password(const std::string& path) const {
  return read_password("Password for " + quoted(path) + ": ", false);
}

// The key of the empty passphrase is public knowledge: an empty -F file or
// an Enter pressed too early gives a key anyone can compute. The front
// refuses it; the seccure-* programs keep accepting it, as the original,
// but always say so.
void Session::refuse_or_warn_empty_passphrase() const {
  if (opt.front) {
    note("seccure: refusing an empty passphrase (the key of an empty passphrase is public knowledge)\n");
    throw Exit{1};
  }
  note("Warning: The passphrase is empty; anyone can compute its key.\n");
}

void Session::input_prompt(std::string_view text) const {
  if (!::isatty(in_fd_)) return;
  // The front says how the input ends ("Go ahead and type your message ...").
  if (opt.front && text.ends_with(" ...\n"))
    return status(std::string(text.substr(0, text.size() - 1)) + " (end it with Ctrl-D on a line of its own)\n");
  status(text);
}

std::size_t Session::read_chunk(std::uint8_t* buf, std::size_t len) const {
  std::size_t r;
  try {
    r = read_some(in_fd_, buf, len);
  } catch (const Fatal& f) {
    if (!opt.infile) throw;
    throw Fatal{file_reason("Read error", *opt.infile) + f.reason.substr(f.reason.find(':'))};
  }
  progress_.add(r, out_.written());
  return r;
}

void Session::read_input(const std::function<void(std::span<std::uint8_t>)>& chunk) const {
  // Two buffers in turn, owned by the session: a chunk stays intact until
  // the callback after the next one has returned (and after the last read,
  // until the session ends), which lets the library hash it on another core.
  // Not zero-filled: only the pages a read touches cost anything, so a
  // 12-byte message does not pay for two 1 MiB buffers.
  for (auto& b : in_bufs_)
    if (!b) b = std::make_unique_for_overwrite<std::uint8_t[]>(chunk_size);
  if (replaying_) {
    // The second pass: whole blocks, each released only if it is what the
    // first pass checked (replay.hpp).
    for (std::size_t index = 0, turn = 0;; ++index, turn ^= 1) {
      std::span<std::uint8_t> buf(in_bufs_[turn].get(), BlockHashes::block_size);
      std::size_t got = 0;
      while (got < buf.size()) {
        std::size_t r = read_chunk(buf.data() + got, buf.size() - got);
        if (r == 0) break;
        got += r;
      }
      if (!hashes_.matches(index, buf.first(got))) fatal(changed_input_reason());
      if (got) chunk(buf.first(got));
      if (got < buf.size()) {
        progress_.input_ended();
        return;
      }
    }
  }
  for (std::size_t turn = 0;; turn ^= 1) {
    std::span<std::uint8_t> buf(in_bufs_[turn].get(), chunk_size);
    std::size_t r = read_chunk(buf.data(), buf.size());
    if (r == 0) {
      progress_.input_ended();
      return;
    }
    chunk(buf.first(r));
  }
}

std::optional<Bytes> Session::read_header(const CurveParams& curve, std::size_t len) const {
  input_prompt("Go ahead and enter the ciphertext ...\n");
  Bytes header = read_input_exact(len);
  if (header.size() < len) {
    failure(opt.front ? "The input (" + std::to_string(header.size()) + " bytes) is shorter than the header of a " +
                            "ciphertext for " + std::string(short_name(curve)) + " (" + std::to_string(len) +
                            " bytes): it is empty, truncated, or not a ciphertext.\n"
                      : said(Problem::header_too_short, "Abort: ", ".\n"));
    return std::nullopt;
  }
  return header;
}

// Text for a terminal: no NUL, no escape sequences, no control characters
// but the ordinary layout ones (tab, line feed, carriage return, form feed,
// vertical tab, backspace). Bytes >= 0x80 pass: text in any 8-bit encoding.
bool Session::looks_binary(ByteView data) {
  return std::any_of(data.begin(), data.end(), [](std::uint8_t c) {
    return (c < 0x20 && !(c >= '\b' && c <= '\r')) || c == 0x7f;
  });
}

void Session::begin_replay(ByteView header) {
  off_t here = ::lseek(in_fd_, 0, SEEK_CUR);
  struct stat st;
  if (here >= static_cast<off_t>(header.size()) && ::fstat(in_fd_, &st) == 0 && S_ISREG(st.st_mode)) {
    replay_from_ = here - static_cast<off_t>(header.size());
    return;
  }
  // Not re-readable (a pipe, a terminal, a device): spool the ciphertext.
  const char* env = std::getenv("TMPDIR");
  std::string dir = env && *env ? env : "/tmp";
  spool_fd_ = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_EXCL | O_CLOEXEC, 0600);
  if (spool_fd_ < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
    std::string tmpl = dir + "/seccure-spool.XXXXXX";
    SignalsBlocked blocked;
    spool_fd_ = ::mkostemp(tmpl.data(), O_CLOEXEC);
    if (spool_fd_ >= 0) ::unlink(tmpl.c_str());
  }
  if (spool_fd_ < 0)
    fatal("Cannot create a temporary file in " + dir + " to check the input before " + std::string(releasing()) +
          " it: " + errno_text(errno) + " (set TMPDIR, or use --stream to " + std::string(release()) +
          " without checking first)");
  spool(header);
}

void Session::spool(ByteView data) {
  if (spool_fd_ < 0) return;
  try {
    write_all(spool_fd_, data);
  } catch (const Fatal&) {
    fatal("Cannot keep the input in a temporary file to check it before " + std::string(releasing()) +
          " it: " + errno_text(errno) + " (set TMPDIR, or use --stream to " + std::string(release()) +
          " without checking first)");
  }
}

void Session::keep_for_replay(ByteView chunk) {
  spool(chunk);
  hashes_.feed(chunk);
}

Bytes Session::replay(std::size_t header_len) {
  hashes_.finish();
  replaying_ = true;
  // The second pass has a progress line of its own.
  progress_.restart();
  if (spool_fd_ >= 0) {
    if (::lseek(spool_fd_, 0, SEEK_SET) != 0) fatal("Cannot rewind the temporary file: " + errno_text(errno));
    in_fd_ = spool_fd_;
  } else if (::lseek(in_fd_, replay_from_, SEEK_SET) != replay_from_) {
    fatal(file_reason("Cannot re-read input file", opt.infile.value_or("")) + ": " + errno_text(errno));
  }
  return read_input_exact(header_len);
}

std::string Session::changed_input_reason() const {
  if (opt.outfile) return "The input changed after it was checked; nothing was written";
  return "The input changed after it was checked; the output stops before the first changed block (nothing "
         "unchecked was written) and is incomplete";
}

Bytes Session::read_input_exact(std::size_t n) const {
  Bytes buf(n);
  std::size_t got = 0;
  while (got < n) {
    std::size_t r = read_chunk(buf.data() + got, n - got);
    if (r == 0) break;
    got += r;
  }
  buf.resize(got);
  return buf;
}

}  // namespace seccure::cli
