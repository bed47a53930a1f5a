#include "cli.hpp"

#include <fcntl.h>
#include <limits.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <iostream>
#include <variant>

#include "seccure/encoding.hpp"
#include "seccure/passphrase.hpp"

namespace seccure::cli {
namespace {

constexpr std::size_t chunk_size = 1 << 20;  // as the original; fewer hand-overs to the MAC thread

// Set by the `seccure` front: errors about files name the file.
bool name_files = false;

std::string errno_text(int err) { return std::strerror(err); }

std::string_view trim(std::string_view s) {
  const char* blanks = " \t\r";
  std::size_t a = s.find_first_not_of(blanks);
  if (a == std::string_view::npos) return {};
  return s.substr(a, s.find_last_not_of(blanks) - a + 1);
}

double now_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// A reader that went away (EPIPE with SIGPIPE ignored by our parent) ends
// the program quietly with status 1: no message, no storm of them.
void write_all(int fd, ByteView data) {
  const std::uint8_t* p = data.data();
  std::size_t left = data.size();
  while (left) {
    ssize_t w = ::write(fd, p, left);
    if (w < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE) throw Exit{1};
      throw Fatal{"Write error: " + errno_text(errno)};
    }
    p += w;
    left -= static_cast<std::size_t>(w);
  }
}

// Messages on stderr are best effort, as the original's fprintf(stderr):
// a closed or full stderr never turns into an error of its own.
void write_stderr(std::string_view text) noexcept {
  const char* p = text.data();
  std::size_t left = text.size();
  while (left) {
    ssize_t w = ::write(2, p, left);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return;
    p += w;
    left -= static_cast<std::size_t>(w);
  }
}

void write_text(int fd, std::string_view text) {
  if (fd == 2) return write_stderr(text);
  write_all(fd, ByteView(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

// read(2) that retries on EINTR and turns errors into the original's message.
std::size_t read_some(int fd, std::uint8_t* buf, std::size_t len) {
  for (;;) {
    ssize_t r = ::read(fd, buf, len);
    if (r >= 0) return static_cast<std::size_t>(r);
    if (errno != EINTR) throw Fatal{"Read error: " + errno_text(errno)};
  }
}

// getopt's atoi(): leading blanks, a sign, digits; anything else ends it.
long parse_atoi(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  long v = 0;
  for (; i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); ++i) {
    v = v * 10 + (s[i] - '0');
    if (v > 1000000) v = 1000000;  // anything this large is invalid anyway
  }
  return neg ? -v : v;
}

// ------------------------------------------------ signals and clean-up
//
// Whatever signal ends the program (Ctrl-C, SIGTERM, SIGHUP, SIGUSR1, ...),
// terminal echo is restored and no named temporary output file is left
// behind. The handler only uses async-signal-safe calls (tcsetattr, unlink,
// sigaction, raise) on data prepared beforehand.
struct termios saved_tio;
volatile sig_atomic_t saved_tio_fd = -1;

// Named temporary files that exist only until commit. A slot is published
// (used = 1) after its path is written, and retired after the file is
// renamed or removed.
struct TempSlot {
  volatile sig_atomic_t used = 0;
  char path[PATH_MAX] = {};
};
constexpr int temp_slot_count = 4;
TempSlot temp_slots[temp_slot_count];

// Every catchable signal whose default action ends the process (SIGTSTP,
// which only stops it, has its own handler in EchoOff). Those that report
// a fault in the program itself (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT,
// SIGTRAP, SIGSYS) are left alone: a handler could not return safely.
constexpr int cleanup_signals[] = {SIGINT,  SIGTERM,   SIGHUP,  SIGQUIT, SIGPIPE, SIGALRM,
                                   SIGUSR1, SIGUSR2,   SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF,
#ifdef SIGPOLL
                                   SIGPOLL,
#endif
#ifdef SIGSTKFLT
                                   SIGSTKFLT,
#endif
#ifdef SIGPWR
                                   SIGPWR,
#endif
};

// The list above and the real-time signals (terminating by default too).
template <typename F>
void for_each_cleanup_signal(F f) {
  for (int sig : cleanup_signals) f(sig);
#if defined(SIGRTMIN) && defined(SIGRTMAX)
  for (int sig = SIGRTMIN; sig <= SIGRTMAX; ++sig) f(sig);
#endif
}

int register_temp(const std::string& path) {
  if (path.size() >= PATH_MAX) return -1;
  for (int i = 0; i < temp_slot_count; ++i) {
    if (temp_slots[i].used) continue;
    std::memcpy(temp_slots[i].path, path.c_str(), path.size() + 1);
    std::atomic_signal_fence(std::memory_order_seq_cst);
    temp_slots[i].used = 1;
    return i;
  }
  return -1;
}

void unregister_temp(int slot) {
  if (slot >= 0) temp_slots[slot].used = 0;
}

// Blocks the clean-up signals for a short critical section (creating or
// renaming a named temporary file and recording it).
class SignalsBlocked {
public:
  SignalsBlocked() {
    sigset_t set;
    sigemptyset(&set);
    for_each_cleanup_signal([&](int sig) { sigaddset(&set, sig); });
    sigprocmask(SIG_BLOCK, &set, &old_);
  }
  ~SignalsBlocked() { sigprocmask(SIG_SETMASK, &old_, nullptr); }
  SignalsBlocked(const SignalsBlocked&) = delete;
  SignalsBlocked& operator=(const SignalsBlocked&) = delete;

private:
  sigset_t old_;
};

void restore_echo() {
  int fd = saved_tio_fd;
  saved_tio_fd = -1;
  if (fd >= 0) tcsetattr(fd, TCSANOW, &saved_tio);
}

extern "C" void on_fatal_signal(int sig) {
  int fd = saved_tio_fd;
  if (fd >= 0) tcsetattr(fd, TCSANOW, &saved_tio);
  for (auto& slot : temp_slots)
    if (slot.used) ::unlink(slot.path);
  // Die of the same signal (status 128+sig for the shell, no core: see
  // harden_process); it is delivered once this handler returns.
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  sigaction(sig, &dfl, nullptr);
  raise(sig);
}

// Ctrl-Z while echo is off: echo on while stopped, off again after `fg`.
extern "C" void on_stop_signal(int sig) {
  int saved_errno = errno;
  int fd = saved_tio_fd;
  struct termios off;
  bool had = fd >= 0 && tcgetattr(fd, &off) == 0;
  if (fd >= 0) tcsetattr(fd, TCSANOW, &saved_tio);
  struct sigaction act {}, old {};
  act.sa_handler = SIG_DFL;
  sigemptyset(&act.sa_mask);
  sigaction(sig, &act, &old);
  sigset_t set, prev;
  sigemptyset(&set);
  sigaddset(&set, sig);
  raise(sig);
  sigprocmask(SIG_UNBLOCK, &set, &prev);  // stop here until continued
  sigprocmask(SIG_SETMASK, &prev, nullptr);
  sigaction(sig, &old, nullptr);
  if (had && saved_tio_fd >= 0) tcsetattr(fd, TCSANOW, &off);
  errno = saved_errno;
}

// At start-up of every tool: no core dumps (they would hold the passphrase
// hash or private scalars), no ptrace by other processes of the same user,
// and the clean-up handler for signals that are not ignored.
void harden_process() {
  struct rlimit none {0, 0};
  ::setrlimit(RLIMIT_CORE, &none);
  ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
  struct sigaction act {};
  act.sa_handler = on_fatal_signal;
  sigemptyset(&act.sa_mask);
  for_each_cleanup_signal([&](int other) { sigaddset(&act.sa_mask, other); });
  act.sa_flags = SA_RESTART;
  for_each_cleanup_signal([&](int sig) {
    struct sigaction old {};
    if (sigaction(sig, nullptr, &old) != 0 || old.sa_handler == SIG_IGN) return;
    sigaction(sig, &act, nullptr);
  });
}

class EchoOff {
public:
  explicit EchoOff(int fd) {
    if (tcgetattr(fd, &saved_tio) != 0) return;
    struct termios off = saved_tio;
    off.c_lflag &= static_cast<tcflag_t>(~ECHO);
    saved_tio_fd = fd;
    struct sigaction act {};
    act.sa_handler = on_stop_signal;
    sigemptyset(&act.sa_mask);
    act.sa_flags = SA_RESTART;
    sigaction(SIGTSTP, &act, &old_tstp_);
    installed_ = true;
    tcsetattr(fd, TCSANOW, &off);
  }
  ~EchoOff() {
    restore_echo();
    if (installed_) sigaction(SIGTSTP, &old_tstp_, nullptr);
  }
  EchoOff(const EchoOff&) = delete;
  EchoOff& operator=(const EchoOff&) = delete;

private:
  struct sigaction old_tstp_ {};
  bool installed_ = false;
};

// What a passphrase file held besides its first line.
struct PassphraseLine {
  SecureBuffer hash;
  bool trailing = false;  // bytes after the first '\n'
  bool nul = false;       // NUL bytes inside the first line
};

// Hashes one passphrase line from fd. Terminals and pipes are read a byte at
// a time so that nothing after the line is consumed (the message may follow
// on the same stdin); a regular -F file (`whole_blocks`) is read in blocks,
// and one more read tells whether anything follows the line.
PassphraseLine hash_passphrase_line(int fd, bool whole_blocks) {
  PassphraseHasher hasher;
  SecureBuffer buf(whole_blocks ? 4096 : 1);
  auto read_block = [&]() -> ssize_t {
    for (;;) {
      ssize_t r = ::read(fd, buf.data(), buf.size());
      if (r >= 0 || errno != EINTR) return r;
    }
  };
  for (;;) {
    ssize_t r = read_block();
    if (r < 0) {
      int err = errno;
      restore_echo();
      throw Fatal{"Cannot read text line: " + errno_text(err)};
    }
    if (r == 0 || !hasher.feed(ByteView(buf.data(), static_cast<std::size_t>(r)))) break;
  }
  if (whole_blocks && hasher.line_complete() && !hasher.trailing_data() && read_block() > 0)
    hasher.note_trailing_data();
  PassphraseLine line;
  line.trailing = hasher.trailing_data();
  line.nul = hasher.nul_in_line();
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

// ---------------------------------------------------------------- Output

Output Output::open_file(const std::string& path, bool secret, Messages messages, bool exclusive) {
  Output out;
  out.messages_ = messages;
  out.exclusive_ = exclusive;
  auto open_failed = [&](int err) { return Fatal{file_reason(messages.open_failed, path) + ": " + errno_text(err)}; };
  out.owned_ = true;
  out.path_ = path;
  const mode_t mode = secret ? 0600 : 0644;
  struct stat st;
  bool exists = ::stat(path.c_str(), &st) == 0;
  if (exclusive && (exists || ::lstat(path.c_str(), &st) == 0))
    throw Fatal{"'" + path + "' exists; it was not overwritten"};
  if (exists && !S_ISREG(st.st_mode)) {
    // Devices, FIFOs, /dev/stdout: nothing to protect, write straight through.
    out.fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (out.fd_ < 0) throw open_failed(errno);
    return out;
  }
  if (exists && ::access(path.c_str(), W_OK) != 0) throw open_failed(errno);
  std::string dir = ".";
  if (auto slash = path.find_last_of('/'); slash != std::string::npos) dir = slash == 0 ? "/" : path.substr(0, slash);
  // SECCURE_NO_O_TMPFILE forces the named-file path that file systems
  // without O_TMPFILE get, so that the tests can reach it.
  if (std::getenv("SECCURE_NO_O_TMPFILE")) {
    out.fd_ = -1;
    errno = EOPNOTSUPP;
  } else {
    out.fd_ = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
  }
  if (out.fd_ < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
    // No O_TMPFILE here: a named temporary file, removed unless committed.
    std::string base = path.substr(path.find_last_of('/') + 1);
    std::string tmpl = (dir == "." && path.find('/') == std::string::npos ? "" : dir + "/") + "." + base + ".XXXXXX";
    SignalsBlocked blocked;
    out.fd_ = ::mkstemp(tmpl.data());
    if (out.fd_ >= 0) {
      out.temp_path_ = tmpl;
      out.temp_slot_ = register_temp(tmpl);
      mode_t mask = ::umask(0);
      ::umask(mask);
      ::fchmod(out.fd_, mode & ~mask);
    }
  }
  if (out.fd_ < 0) throw open_failed(errno);
  // Keep the mode the user gave an existing file, but plaintext never
  // becomes more accessible than 0600.
  if (exists) ::fchmod(out.fd_, st.st_mode & (secret ? 0600 : 07777));
  out.pending_ = true;
  return out;
}

Output::Output(Output&& o) noexcept
    : fd_(std::exchange(o.fd_, 1)), owned_(std::exchange(o.owned_, false)),
      pending_(std::exchange(o.pending_, false)), path_(std::move(o.path_)),
      temp_path_(std::move(o.temp_path_)), temp_slot_(std::exchange(o.temp_slot_, -1)),
      written_(o.written_), messages_(o.messages_), exclusive_(o.exclusive_) {}

Output& Output::operator=(Output&& o) noexcept {
  if (this != &o) {
    this->~Output();
    new (this) Output(std::move(o));
  }
  return *this;
}

Output::~Output() {
  if (pending_ && !temp_path_.empty()) ::unlink(temp_path_.c_str());
  unregister_temp(temp_slot_);
  if (owned_ && fd_ >= 0) ::close(fd_);
}

void Output::write(ByteView data) {
  try {
    write_all(fd_, data);
  } catch (const Fatal&) {
    throw Fatal{file_reason(messages_.write_failed, path_) + ": " + errno_text(errno)};
  }
  written_ += data.size();
}

void Output::commit() {
  if (!pending_) return;
  if (::fsync(fd_) != 0) throw Fatal{file_reason(messages_.write_failed, path_) + ": " + errno_text(errno)};
  // From here until the rename, a signal must not leave a named file behind.
  SignalsBlocked blocked;
  if (exclusive_) {
    // A new file only: link(2) fails rather than replace anything, even a
    // file that appeared since open_file().
    std::string proc = "/proc/self/fd/" + std::to_string(fd_);
    int r = temp_path_.empty() ? ::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, path_.c_str(), AT_SYMLINK_FOLLOW)
                               : ::link(temp_path_.c_str(), path_.c_str());
    int err = errno;
    if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
    unregister_temp(std::exchange(temp_slot_, -1));
    pending_ = false;
    if (r != 0 && err == EEXIST) throw Fatal{"'" + path_ + "' exists; it was not overwritten"};
    if (r != 0) throw Fatal{file_reason("Cannot create output file", path_) + ": " + errno_text(err)};
    return;
  }
  if (temp_path_.empty()) {
    // Give the unnamed file a hidden name beside the target, then rename it
    // over the target: the target is replaced atomically or not at all.
    std::string dir = path_.find('/') == std::string::npos ? "" : path_.substr(0, path_.find_last_of('/') + 1);
    std::string base = path_.substr(path_.find_last_of('/') + 1);
    std::string proc = "/proc/self/fd/" + std::to_string(fd_);
    for (int attempt = 0;; ++attempt) {
      std::uint8_t rnd[6];
      random_bytes(rnd);
      std::string candidate = dir + "." + base + "." + to_hex(rnd);
      if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, candidate.c_str(), AT_SYMLINK_FOLLOW) == 0) {
        temp_path_ = candidate;
        temp_slot_ = register_temp(candidate);
        break;
      }
      if (errno != EEXIST || attempt > 16)
        throw Fatal{file_reason("Cannot create output file", path_) + ": " + errno_text(errno)};
    }
  }
  if (::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    int err = errno;
    ::unlink(temp_path_.c_str());
    unregister_temp(std::exchange(temp_slot_, -1));
    pending_ = false;
    throw Fatal{file_reason("Cannot create output file", path_) + ": " + errno_text(err)};
  }
  unregister_temp(std::exchange(temp_slot_, -1));
  pending_ = false;
}

// ---------------------------------------------------------------- Session

Session::Session(const ToolInfo& t, Options opts) : tool(t), opt(std::move(opts)) {
  // The original's order of start-up errors: input, output, password file.
  if (opt.infile) {
    in_fd_ = ::open(opt.infile->c_str(), O_RDONLY | O_CLOEXEC);
    if (in_fd_ < 0) throw Fatal{file_reason("Cannot open input file", *opt.infile) + ": " + errno_text(errno)};
  }
  if (opt.outfile) out_ = Output::open_file(*opt.outfile, tool.output_is_secret, {}, tool.output_exclusive);
  if (opt.pwfile && opt.front) {
    read_identity(*opt.pwfile);
  } else if (opt.pwfile) {
    pw_fd_ = ::open(opt.pwfile->c_str(), O_RDONLY | O_CLOEXEC);
    if (pw_fd_ < 0) throw Fatal{file_reason("Cannot open password file", *opt.pwfile) + ": " + errno_text(errno)};
  } else if (opt.passphrase_fd) {
    if (::fcntl(*opt.passphrase_fd, F_GETFD) < 0)
      throw Fatal{"Cannot read the passphrase from file descriptor " + std::to_string(*opt.passphrase_fd) + ": " +
                  errno_text(errno)};
    pw_fd_ = *opt.passphrase_fd;
  }

  // The progress line: forced by --progress, else automatic when stderr is
  // a terminal and the input a regular file (drawn once reading has taken
  // a second); never with -q or --no-progress.
  struct stat st;
  bool regular = ::fstat(in_fd_, &st) == 0 && S_ISREG(st.st_mode);
  if (regular) {
    off_t pos = ::lseek(in_fd_, 0, SEEK_CUR);
    progress_.total = static_cast<std::uint64_t>(st.st_size - (pos > 0 && pos <= st.st_size ? pos : 0));
  }
  progress_.tty = ::isatty(2);
  progress_.forced = opt.progress.value_or(false);
  progress_.enabled = progress_.forced || (!opt.progress && !opt.quiet && progress_.tty && regular);
  progress_.stdout_tty = !opt.outfile && ::isatty(1);
  // SECCURE_PROGRESS_DELAY (seconds) replaces the automatic line's delay of
  // a second, so that the tests can reach it with a small file.
  if (const char* d = std::getenv("SECCURE_PROGRESS_DELAY")) progress_.delay = std::atof(d);
}

Session::~Session() {
  progress_end();
  if (spool_fd_ >= 0) ::close(spool_fd_);
}

void Session::refuse_binary_to_terminal(int fd) const {
  if ((fd != 1 || !opt.outfile) && ::isatty(fd))
    fatal("Refusing to write binary data to a terminal; use -o outfile or redirect standard output");
}

// ---------------------------------------------------------------- progress

namespace {

std::string human_bytes(double n) {
  const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  int u = 0;
  while (n >= 1024 && u < 4) {
    n /= 1024;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, u ? "%.1f %s" : "%.0f %s", n, units[u]);
  return buf;
}

std::string human_time(double seconds) {
  auto t = static_cast<std::uint64_t>(seconds + 0.5);
  char buf[32];
  if (t >= 3600)
    std::snprintf(buf, sizeof buf, "%" PRIu64 ":%02u:%02u", t / 3600, unsigned(t / 60 % 60), unsigned(t % 60));
  else
    std::snprintf(buf, sizeof buf, "%u:%02u", unsigned(t / 60), unsigned(t % 60));
  return buf;
}

}  // namespace

void Session::progress_add(std::size_t n) const {
  Progress& p = progress_;
  if (!p.enabled || p.done) return;
  double now = now_seconds();
  if (!p.started) {
    // The clock starts with the first read: not while a passphrase is typed.
    p.started = true;
    p.start = now;
    p.last_draw = now;
  }
  p.bytes += n;
  if (!p.forced && p.stdout_tty && out_.written() > 0) {
    // Data goes to the same terminal: the automatic line gives way.
    progress_end();
    p.enabled = false;
    return;
  }
  if (!p.drawn) {
    // The automatic line appears once reading has taken a second (a file
    // large enough to be worth it); a forced one at once on a terminal, and
    // elsewhere after a second too (then once a second, and at the end).
    if (now - p.start < (p.tty && p.forced ? 0.0 : p.tty ? p.delay : 1.0)) return;
  } else if (now - p.last_draw < (p.tty ? 0.1 : 1.0)) {
    return;  // at most 10 redraws a second on a terminal, 1 elsewhere
  }
  p.last_draw = now;
  progress_draw(false);
}

void Session::progress_draw(bool final) const {
  Progress& p = progress_;
  double elapsed = std::max(now_seconds() - p.start, 1e-6);
  // The rate of the first moments means nothing: none before 0.5 s.
  double rate = final || elapsed >= 0.5 ? static_cast<double>(p.bytes) / elapsed : 0;
  std::uint64_t total = final ? p.bytes : p.total;
  std::string line;
  if (total > 0 || final) {
    std::uint64_t shown = std::min(p.bytes, total);
    unsigned percent = total ? unsigned(shown * 100 / total) : 100;
    constexpr unsigned width = 20;
    unsigned filled = percent * width / 100;
    line = "[" + std::string(filled, '#') + std::string(width - filled, ' ') + "] " + std::to_string(percent) +
           "%  " + human_bytes(static_cast<double>(shown)) + " / " + human_bytes(static_cast<double>(total));
    if (rate > 0) line += "  " + human_bytes(rate) + "/s";
    if (final)
      line += "  " + human_time(elapsed) + " elapsed";
    else if (rate > 0)
      line += "  " + human_time(static_cast<double>(total - shown) / rate) + " left";
  } else {
    line = human_bytes(static_cast<double>(p.bytes));
    if (rate > 0) line += "  " + human_bytes(rate) + "/s";
  }
  // On a terminal the line is redrawn in place; elsewhere (forced into a
  // file or pipe) each update is a line of its own.
  write_stderr(p.tty ? "\r\033[K" + line : line + "\n");
  p.drawn = true;
}

// The end of the input (or of the program): the line is cleared on a
// terminal; a forced line elsewhere ends with a last, 100% update.
void Session::progress_end() const {
  Progress& p = progress_;
  if (!p.enabled || p.done) return;
  p.done = true;
  if (p.tty) {
    if (p.drawn) write_stderr("\r\033[K");
  }
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
    if (!c) fatal("Invalid curve name");
    return *c;
  }
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
    fatal("Unknown curve '" + std::string(name) + "'; the curves are " + names);
  }
  return *c;
}

// In the front, a curve that a key file names must agree with -c.
const CurveParams& Session::curve_agreeing(std::size_t index, const std::optional<std::string>& named,
                                           std::string_view source) const {
  const CurveParams& from_file = curve_named(*named);
  if (opt.curves.size() > index && &curve_named(opt.curves[index]) != &from_file)
    fatal(std::string(source) + " is a key on " + std::string(short_name(from_file)) + ", but -c names " +
          std::string(short_name(curve_named(opt.curves[index]))));
  return from_file;
}

const CurveParams& Session::curve_or_default(std::size_t index, std::string_view what) const {
  // (The passphrase's curve is always the first -c.)
  if (index == 0 && identity_curve_) return curve_agreeing(0, identity_curve_, "'" + opt.pwfile.value_or("") + "'");
  if (opt.curves.size() > index) return curve_named(opt.curves[index]);
  const std::string line = "Assuming " + std::string(what) + " " + std::string(default_curve_name) + ".\n";
  opt.front ? status(line) : note(line);
  return curve_named(default_curve_name);
}

const CurveParams& Session::curve_for_key(std::size_t index, std::string_view key,
                                          std::string_view wrong_length) const {
  if (opt.key_curve) return curve_agreeing(index, opt.key_curve, "'" + opt.key_file.value_or("") + "'");
  if (opt.curves.size() > index) return curve_named(opt.curves[index]);
  const CurveParams* c = curve_by_pk_compact_length(key.size());
  if (!c) fatal(wrong_length);
  return *c;
}

PublicKey Session::public_key(const CurveParams& curve, std::string_view text, std::string_view what) const {
  if (text.size() != curve.pk_compact) fatal("Invalid " + std::string(what) + " (wrong length)");
  auto key = PublicKey::from_compact(curve, text);
  if (!key) fatal("Invalid " + std::string(what));
  return *key;
}

std::size_t Session::mac_bytes() {
  if (!opt.mac_bytes) {
    // (The original says so even under -q; the front does not.)
    opt.front ? status("Assuming MAC length of 80 bits.\n") : note("Assuming MAC length of 80 bits.\n");
    opt.mac_bytes = 10;
  }
  return *opt.mac_bytes;
}

PrivateKey Session::private_key(const CurveParams& curve, std::string_view what) {
  if (!identity_hash_.empty()) {
    PrivateKey key = PrivateKey::from_passphrase_hash(curve, identity_hash_.view());
    // A key file names its public key: a damaged passphrase line shows.
    if (identity_public_ && key.public_key().to_compact() != *identity_public_)
      fatal("'" + *opt.pwfile + "' is damaged: its passphrase does not give the public key the file names");
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
  struct Closer {
    int fd;
    ~Closer() {
      if (fd >= 0) ::close(fd);
    }
  } closer{tty_fd};

  SecureBuffer hash;
  if (::isatty(fd)) {
    EchoOff echo(fd);
    status("Enter " + std::string(what) + ": ");
    hash = hash_passphrase_line(fd, false).hash;
    status("\033[1K\r");
    if (opt.double_prompt) {
      status("Reenter " + std::string(what) + ": ");
      SecureBuffer again = hash_passphrase_line(fd, false).hash;
      status("\033[1K\r");
      if (!equal_ct(hash.view(), again.view())) fatal("The two inputs differ");
    }
  } else {
    if (opt.double_prompt) status("Ignoring -d flag.\n");
    // Only a regular -F file is read in blocks: a -F naming a pipe
    // (/dev/stdin) may carry the message after the passphrase line.
    struct stat st;
    // (Not when --passphrase-fd names the data input: the data follows the line.)
    bool regular = fd == pw_fd_ && fd != in_fd_ && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    PassphraseLine line = hash_passphrase_line(fd, regular);
    hash = std::move(line.hash);
    // The key is the original's (first line, NULs included); say so when the
    // file looks like it was meant otherwise.
    if (fd == pw_fd_ && line.nul)
      status("Warning: The password file contains NUL bytes; they are part of the passphrase.\n");
    if (fd == pw_fd_ && line.trailing && !(regular && only_comments_follow(fd)))
      status("Warning: Only the first line of the password file was used; the rest was ignored.\n");
  }
  return PrivateKey::from_passphrase_hash(curve, hash.view());
}

// The front's -F: a key file made by `seccure genkey` (the passphrase on
// line 1, perhaps sealed with a password, then "# curve:" and "# public
// key:" lines) or any file whose first line is the passphrase. Read whole
// into secure memory; only the passphrase's hash is kept.
void Session::read_identity(const std::string& path) {
  constexpr std::size_t max_size = 64 * 1024;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fatal(file_reason("Cannot open password file", path) + ": " + errno_text(errno));
  SecureBuffer buf(max_size + 1);
  std::size_t n = 0;
  try {
    for (std::size_t r; n < buf.size() && (r = read_some(fd, buf.data() + n, buf.size() - n)) > 0;) n += r;
  } catch (const Fatal& f) {
    ::close(fd);
    fatal(file_reason("Cannot read text line", path) + f.reason.substr(f.reason.find(':')));
  }
  ::close(fd);
  if (n > max_size) fatal("'" + path + "' is too large for a key file");
  std::string_view text(reinterpret_cast<const char*>(buf.data()), n);
  std::string_view first = text.substr(0, text.find('\n'));
  if (first.ends_with('\r')) first.remove_suffix(1);
  for (std::size_t at = first.size(); at < text.size();) {
    std::size_t end = std::min(text.find('\n', at + 1), text.size());
    std::string_view line = trim(text.substr(at + 1, end - at - 1));
    auto value = [&](std::string_view label) { return trim(line.substr(label.size())); };
    if (line.starts_with("# curve:")) identity_curve_ = std::string(value("# curve:"));
    if (line.starts_with("# public key:")) identity_public_ = std::string(value("# public key:"));
    at = end;
  }
  PassphraseHasher hasher;
  if (is_protected_passphrase(first)) {
    SecureBuffer password = read_password("Password for " + path + ": ", false);
    auto opened = unprotect_passphrase(first, password.view());
    if (auto* err = std::get_if<UnprotectError>(&opened))
      fatal(*err == UnprotectError::wrong_password ? "Wrong password for '" + path + "', or the file was modified"
            : *err == UnprotectError::malformed    ? "'" + path + "' holds a damaged protected passphrase"
                                                   : "Not enough memory to open '" + path + "'");
    hasher.feed(std::get<SecureBuffer>(opened).view());
  } else {
    if (first.empty()) fatal(empty_passphrase_reason(path));
    hasher.feed(ByteView(buf.data(), n));
  }
  identity_hash_ = hasher.finish();
}

std::string Session::empty_passphrase_reason(std::string_view source) {
  return "Refusing the empty passphrase of '" + std::string(source) +
         "': its key is public knowledge (anyone can compute it)";
}

// A password (not a seccure passphrase) from the terminal, never echoed.
SecureBuffer Session::read_password(std::string_view prompt, bool twice) const {
  int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
  if (fd < 0) fatal("Cannot open the terminal to ask for the password: " + errno_text(errno));
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  auto read_one = [&](std::string_view text) {
    EchoOff echo(fd);
    write_stderr(text);
    SecureBuffer line(1024);
    std::size_t len = 0;
    for (std::uint8_t c; read_some(fd, &c, 1) == 1 && c != '\n';)
      if (c != '\r' && len < line.size()) line[len++] = c;
    write_stderr("\n");
    SecureBuffer out(ByteView(line.data(), len));
    return out;
  };
  SecureBuffer pw = read_one(prompt);
  if (twice) {
    SecureBuffer again = read_one("Again: ");
    if (pw.size() != again.size() || !equal_ct(pw.view(), again.view())) fatal("The two passwords differ");
  }
  if (pw.empty()) fatal("Refusing an empty password");
  return pw;
}

void Session::input_prompt(std::string_view text) const {
  if (::isatty(in_fd_)) status(text);
}

std::size_t Session::read_chunk(std::uint8_t* buf, std::size_t len) const {
  std::size_t r;
  try {
    r = read_some(in_fd_, buf, len);
  } catch (const Fatal& f) {
    if (!opt.infile) throw;
    throw Fatal{file_reason("Read error", *opt.infile) + f.reason.substr(f.reason.find(':'))};
  }
  progress_add(r);
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
  for (std::size_t turn = 0;; turn ^= 1) {
    std::span<std::uint8_t> buf(in_bufs_[turn].get(), chunk_size);
    std::size_t r = read_chunk(buf.data(), buf.size());
    if (r == 0) {
      if (progress_.enabled && progress_.started && !progress_.done && !progress_.tty) progress_draw(true);
      progress_end();
      return;
    }
    chunk(buf.first(r));
  }
}

std::optional<Bytes> Session::read_header(std::size_t len) const {
  input_prompt("Go ahead and enter the ciphertext ...\n");
  Bytes header = read_input_exact(len);
  if (header.size() < len) {
    status("Abort: Inconsistent header (too short).\n");
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
    fatal("Cannot create a temporary file in " + dir + " to check the input before decrypting it: " +
          errno_text(errno) + " (set TMPDIR, or use --stream to decrypt without checking first)");
  keep_for_replay(header);
}

void Session::keep_for_replay(ByteView chunk) {
  if (spool_fd_ < 0) return;
  try {
    write_all(spool_fd_, chunk);
  } catch (const Fatal&) {
    fatal("Cannot keep the input in a temporary file to check it before decrypting it: " + errno_text(errno) +
          " (set TMPDIR, or use --stream to decrypt without checking first)");
  }
}

Bytes Session::replay(std::size_t header_len) {
  // The second pass is not shown: the progress line covered the check.
  progress_end();
  progress_.enabled = false;
  if (spool_fd_ >= 0) {
    if (::lseek(spool_fd_, 0, SEEK_SET) != 0) fatal("Cannot rewind the temporary file: " + errno_text(errno));
    in_fd_ = spool_fd_;
  } else if (::lseek(in_fd_, replay_from_, SEEK_SET) != replay_from_) {
    fatal(file_reason("Cannot re-read input file", opt.infile.value_or("")) + ": " + errno_text(errno));
  }
  return read_input_exact(header_len);
}

std::string Session::changed_input_reason() const {
  return "The input changed while it was being decrypted; the output is incomplete and must not be used";
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

// ---------------------------------------------------------------- main

namespace {

// "seccure-encrypt", or "seccure encrypt" under the front.
std::string display_name(const ToolInfo& tool, bool front) {
  std::string name(tool.name);
  if (front && name.starts_with("seccure-")) name[7] = ' ';
  return name;
}

std::string usage_for(const ToolInfo& tool, bool front) {
  std::string_view page = tool.man_page.empty() ? tool.name : tool.man_page;
  return "Usage: " + display_name(tool, front) + " " + std::string(tool.synopsis) + "\n" + std::string(tool.summary) +
         " (seccure++ " + std::string(version) + ", compatible with seccure " + std::string(version) + ").\n" +
         "See " + std::string(page) + "(1) for details.\n";
}

// The options of -h/--help: those of the synopsis, and ours where they apply.
std::string option_help(const ToolInfo& tool) {
  struct Line {
    char letter;  // 0: ours
    std::string_view text;
  };
  static constexpr Line lines[] = {
      {'c', "  -c, --curve=CURVE           the curve: any part of its name (default p160)\n"},
      {'m', "  -m, --mac-bits=BITS         MAC length: a multiple of 8 up to 256 (default 80)\n"},
      {'i', "  -i, --in=FILE               read the input from FILE instead of standard input\n"},
      {'o', "  -o, --out=FILE              write the output to FILE (replaced on success only)\n"},
      {'F', "  -F, --passphrase-file=FILE  the passphrase is the first line of FILE\n"},
      {'P', "      --passphrase-fd=N       read the passphrase from file descriptor N\n"},
      {'K', "      --key-file=FILE         the public key is the first line of FILE\n"},
      {'s', "  -s, --signature-file=FILE   the signature file\n"},
      {'f', "  -f, --filter                copy the message to standard output\n"},
      {'b', "  -b, --binary                binary signature\n"},
      {'a', "  -a, --append                the signature is appended to the message\n"},
      {'d', "  -d, --double-prompt         ask twice for the passphrase on a terminal\n"},
      {'v', "  -v, --verbose               diagnostic lines on standard error\n"},
      {'q', "  -q, --quiet                 no prompts or status lines; bare results\n"},
      {'p', "      --progress              show a progress line on standard error\n"},
      {'p', "      --no-progress           never show the progress line\n"},
      {'h', "  -h, --help                  print this help and exit\n"},
      {'V', "      --version               print the version and exit\n"},
  };
  std::string_view syn = tool.synopsis;
  auto in_synopsis = [&](char c) { return syn.find(std::string("[-") + c) != std::string_view::npos; };
  std::string out = "\nOptions (before the arguments; -- ends them):\n";
  for (const Line& l : lines) {
    bool show = l.letter == 'P'   ? tool.takes_passphrase
                : l.letter == 'K' ? tool.takes_key
                : l.letter == 'p' ? in_synopsis('i')
                : l.letter == 'h' || l.letter == 'V' ? true
                                                      : in_synopsis(l.letter);
    if (show) out += l.text;
  }
  return out;
}

// The public key of --key-file: the one line that is not a comment ("#")
// or blank, trimmed, without the label "The public key is: " that
// seccure-key prints; a "# curve: NAME" line names its curve. A file that
// holds a passphrase (a key file of genkey, or more than one line of text)
// is refused: encrypting to a passphrase taken for a key would lock the
// message away from everyone.
struct KeyFile {
  std::string key;
  std::optional<std::string> curve;
};
KeyFile read_key_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Fatal{"Cannot open key file '" + path + "': " + errno_text(errno)};
  std::string text;
  char buf[4096];
  try {
    for (std::size_t r; text.size() <= 65536 && (r = read_some(fd, reinterpret_cast<std::uint8_t*>(buf), sizeof buf)) > 0;)
      text.append(buf, r);
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

// The long options: those of the option letters, and ours (letter 0).
struct LongOption {
  std::string_view name;
  char letter;
  bool argument;
};
constexpr LongOption long_options_table[] = {
    {"curve", 'c', true},        {"passphrase-file", 'F', true}, {"mac-bits", 'm', true},
    {"in", 'i', true},           {"out", 'o', true},             {"signature-file", 's', true},
    {"filter", 'f', false},      {"binary", 'b', false},         {"append", 'a', false},
    {"double-prompt", 'd', false}, {"verbose", 'v', false},      {"quiet", 'q', false},
    {"help", 'h', false},        {"version", 0, false},          {"key-file", 0, true},
    {"passphrase-fd", 0, true},  {"progress", 0, false},         {"no-progress", 0, false},
    {"stream", 0, false},        {"identity", 'F', true},        {"public-out", 0, true},
    {"protect", 0, false},
};

}  // namespace

std::string usage(const ToolInfo& tool) { return usage_for(tool, false); }

std::string file_reason(std::string_view text, std::string_view path) {
  if (!name_files || path.empty()) return std::string(text);
  bool on = text == "Write error" || text == "Read error";
  std::string what(text);
  if (what == "Cannot read signature") what += " file";
  return what + (on ? " on '" : " '") + std::string(path) + "'";
}

// seccure's options, getopt-style: letters taking an argument, then flags.
constexpr std::string_view options_with_argument = "mioFsc";
constexpr std::string_view flag_options = "fbadhvq";

// Scans argv as the original's POSIX getopt does ("fbadm:i:o:F:s:c:hvq",
// options end at the first operand or at "--") and rewrites it in a form
// CLI11 reads unambiguously: one token per flag, "-Xvalue" or "-X value" per
// option, then "--" and the operands. Returns the getopt-style complaint for
// an unknown option or a missing argument. Long options (when enabled) are
// whole words in the option part, "--name value" or "--name=value", and are
// never abbreviated.
std::variant<std::vector<std::string>, std::string> normalise_argv(int argc, char** argv, bool long_options,
                                                                    bool front) {
  std::vector<std::string> out{argv[0]};
  // The front scans GNU-style: operands may stand between options. A
  // value-taking option given twice is a mistake there (getopt's last-wins
  // would silently drop one), except -c, which the tool counts.
  std::vector<std::string> operands;
  std::vector<std::string> seen;
  auto once = [&](const std::string& name) -> std::optional<std::string> {
    if (!front || name == "-c") return std::nullopt;
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) return "option " + name + " given twice";
    seen.push_back(name);
    return std::nullopt;
  };
  auto push_letter = [&](char c, const std::string& value) {
    if (!value.empty() && value[0] == '-') {
      out.push_back(std::string("-") + c + value);
    } else {
      out.push_back(std::string("-") + c);
      out.push_back(value);
    }
  };
  int i = 1;
  for (; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--") {
      ++i;
      break;
    }
    if (a.size() < 2 || a[0] != '-') {
      if (!front) break;  // the first operand ends the options (POSIX)
      operands.emplace_back(a);
      continue;
    }
    if (long_options && a.size() > 2 && a[1] == '-') {
      std::string_view name = a.substr(2);
      std::optional<std::string> value;
      if (auto eq = name.find('='); eq != std::string_view::npos) {
        value = std::string(name.substr(eq + 1));
        name = name.substr(0, eq);
      }
      const LongOption* found = nullptr;
      for (const auto& o : long_options_table)
        if (o.name == name) found = &o;
      if (!found) return "unrecognized option '--" + std::string(name) + "'";
      if (!found->argument && value) return "option '--" + std::string(name) + "' doesn't allow an argument";
      if (found->argument && !value) {
        if (i + 1 >= argc) return "option '--" + std::string(name) + "' requires an argument";
        value = argv[++i];
      }
      // (An empty value can only be wrong for ours: a file name or a number.)
      if (!found->letter && found->argument && value->empty())
        return "option '--" + std::string(name) + "' needs a non-empty argument";
      if (found->argument)
        if (auto twice = once(found->letter ? std::string("-") + found->letter : "--" + std::string(name))) return *twice;
      if (found->letter && found->argument)
        push_letter(found->letter, *value);
      else if (found->letter)
        out.push_back(std::string("-") + found->letter);
      else
        out.push_back("--" + std::string(name) + (value ? "=" + *value : ""));
      continue;
    }
    for (std::size_t j = 1; j < a.size(); ++j) {
      char c = a[j];
      if (front && c == 'p') {  // genkey's -p FILE, the front's only letter of its own
        std::string value;
        if (j + 1 < a.size())
          value = std::string(a.substr(j + 1));
        else if (i + 1 < argc)
          value = argv[++i];
        else
          return std::string("option requires an argument -- 'p'");
        if (auto twice = once("--public-out")) return *twice;
        out.push_back("--public-out=" + value);
        break;
      }
      if (options_with_argument.find(c) != std::string_view::npos) {
        if (auto twice = once(std::string("-") + c)) return *twice;
        std::string value;
        if (j + 1 < a.size())
          value = std::string(a.substr(j + 1));
        else if (i + 1 < argc)
          value = argv[++i];
        else
          return std::string("option requires an argument -- '") + c + "'";
        push_letter(c, value);
        break;
      }
      if (flag_options.find(c) == std::string_view::npos) return std::string("invalid option -- '") + c + "'";
      out.push_back(std::string("-") + c);
    }
  }
  out.push_back("--");
  for (auto& o : operands) out.push_back(std::move(o));
  for (; i < argc; ++i) out.push_back(argv[i]);
  return out;
}

namespace {

bool usage_has(const ToolInfo& tool, std::string_view text) { return tool.synopsis.find(text) != std::string_view::npos; }

// The front refuses options that its command would ignore.
void front_checks(const CLI::App& app, const Options& o, const ToolInfo& tool, const std::string& name) {
  auto refuse = [&](std::string_view option) {
    throw CLI::ParseError("option " + std::string(option) + " does not apply to " + name, 2);
  };
  for (char c : std::string_view("mioFsfbad")) {
    std::string option = std::string("-") + c;
    if (app.count(option) && !usage_has(tool, "[" + option)) refuse(option);
  }
  std::size_t curves = 0;
  for (std::size_t at = 0; (at = tool.synopsis.find("[-c ", at)) != std::string_view::npos; ++at) ++curves;
  if (o.curves.size() > curves) {
    if (!curves) refuse("-c");
    throw CLI::ParseError(name + " takes " + (curves == 1 ? "one -c" : "at most two -c options"), 2);
  }
  if (app.count("--progress") + app.count("--no-progress") && !usage_has(tool, "[-i")) refuse("--progress");
  if (o.public_out && !usage_has(tool, "[-p")) refuse("-p/--public-out");
  if (o.protect && !usage_has(tool, "[--protect")) refuse("--protect");
}

}  // namespace

// Returns whether the warning has been given (now or before).
static bool warn_unlocked_memory(bool already) {
  if (already || memory_locked()) return already;
  write_text(2, "Warning: cannot lock memory; secrets may be swapped to disk (raise ulimit -l).\n");
  return true;
}

int main(int argc, char** argv, const ToolInfo& tool, const std::function<int(Session&)>& run, bool front) {
  harden_process();
  name_files = front;
  const std::string name = display_name(tool, front);
  Options o;
  std::vector<std::string> macs;
  std::string pw_fd_text;
  CLI::App app{std::string(tool.summary), name};
  app.set_help_flag();
  app.add_option("-c", o.curves)
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  // Each -m is checked where it stands, as getopt's loop does; the last wins.
  app.add_option("-m", macs)->expected(1)->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  for (auto [flag, target] : {std::pair{"-F", &o.pwfile}, std::pair{"-i", &o.infile}, std::pair{"-o", &o.outfile},
                              std::pair{"-s", &o.sigfile}, std::pair{"--key-file", &o.key_file}})
    app.add_option(flag, *target)->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  app.add_option("--passphrase-fd", pw_fd_text)->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  app.add_flag("-f", o.filter);
  app.add_flag("-b", o.binary);
  app.add_flag("-a", o.append);
  app.add_flag("-d", o.double_prompt);
  app.add_flag("-h", o.help);
  app.add_flag("-v", o.verbose);
  app.add_flag("-q", o.quiet);
  app.add_flag("--version", o.version);
  app.add_flag("--stream", o.stream);
  app.add_option("--public-out", o.public_out);
  app.add_flag("--protect", o.protect);
  // The last of --progress and --no-progress wins.
  app.add_flag_callback("--progress", [&] { o.progress = true; })->trigger_on_parse();
  app.add_flag_callback("--no-progress", [&] { o.progress = false; })->trigger_on_parse();
  app.add_option("args", o.args);
  app.positionals_at_end();

  auto normalised = normalise_argv(argc, argv, true, front);
  try {
    if (auto* complaint = std::get_if<std::string>(&normalised)) throw CLI::ParseError(*complaint, 2);
    auto args = std::get<std::vector<std::string>>(normalised);
    std::reverse(args.begin(), args.end());
    args.pop_back();  // the program name
    app.parse(args);
    if (front) front_checks(app, o, tool, name);
    if (o.stream && !(front && tool.output_is_secret))
      throw CLI::ParseError("option '--stream' does not apply: " + name + " " +
                                (front ? "releases no plaintext" : "always streams"), 2);
    if (o.key_file && !tool.takes_key)
      throw CLI::ParseError("option '--key-file' does not apply: " + name + " takes no public key", 2);
    if (!pw_fd_text.empty() || app.count("--passphrase-fd")) {
      if (!tool.takes_passphrase)
        throw CLI::ParseError("option '--passphrase-fd' does not apply: " + name + " reads no passphrase", 2);
      if (o.pwfile) throw CLI::ParseError("options -F and --passphrase-fd may not be combined", 2);
      if (pw_fd_text.empty() || pw_fd_text.size() > 9 ||
          !std::all_of(pw_fd_text.begin(), pw_fd_text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        throw CLI::ParseError("invalid file descriptor '" + pw_fd_text + "' for --passphrase-fd", 2);
      o.passphrase_fd = std::stoi(pw_fd_text);
    }
  } catch (const CLI::ParseError& e) {
    std::cerr << name << ": " << e.what() << "\n" << usage_for(tool, front);
    return 2;
  }

  try {
    for (const auto& mac : macs) {
      long bits = parse_atoi(mac);
      if (bits < 0 || bits > 256 || bits % 8) throw Fatal{"Invalid MAC length"};
      o.mac_bytes = static_cast<std::size_t>(bits / 8);
    }
    if (o.help) {
      std::cout << usage_for(tool, front) << option_help(tool) << std::flush;
      return 0;
    }
    if (o.version) {
      std::cout << name << " (seccure++) " << version << "\n" << std::flush;
      return 0;
    }
    std::size_t nargs = o.args.size() + (o.key_file ? 1 : 0);
    // The front takes the input file as the last operand too (seccure
    // decrypt -F alice.key report.enc); verify's second operand is the
    // file when the signature comes from -s or -a.
    const bool reads_input = usage_has(tool, "[-i");
    const bool verify_file = tool.name == "seccure-verify" && (o.sigfile || o.append) && nargs == 2;
    if (front && reads_input && !o.infile && (nargs == tool.max_args + 1 || verify_file)) {
      o.infile = o.args.back();
      o.args.pop_back();
      --nargs;
    }
    if (nargs < tool.min_args || nargs > tool.max_args) {
      std::cerr << name << ": wrong number of arguments\n" << usage_for(tool, front);
      return 2;
    }
    // Pasted keys come with blanks around them.
    if (front && tool.takes_key && !o.key_file && !o.args.empty()) o.args[0] = std::string(trim(o.args[0]));
    if (o.key_file) {
      KeyFile kf = read_key_file(*o.key_file);
      o.args.insert(o.args.begin(), std::move(kf.key));
      o.key_curve = std::move(kf.curve);
    }
    o.front = front;
    Session session(tool, std::move(o));
    // Once, before anything secret is read, or after the run if a later
    // allocation was the first to fail. Not quiet-able: -q silences
    // chatter, not a weakness of the environment.
    bool warned = warn_unlocked_memory(false);
    int status = run(session);
    warn_unlocked_memory(warned);
    if (status == 0) session.output().commit();
    return status;
  } catch (const Fatal& f) {
    write_text(2, "FATAL: " + f.reason + ".\n");
    return 1;
  } catch (const Exit& e) {
    return e.status;
  } catch (const std::exception& e) {
    write_text(2, std::string("FATAL: Internal error: ") + e.what() + ".\n");
    return 1;
  }
}

}  // namespace seccure::cli
