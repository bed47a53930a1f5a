// The output of a tool (output.hpp).
#include "output.hpp"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <utility>

#include "io.hpp"
#include "process.hpp"
#include "seccure/encoding.hpp"

namespace seccure::cli {
namespace {

std::string dir_of(const std::string& path) {
  auto slash = path.find_last_of('/');
  return slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
}

// FORMAT.md §9.4: the kernel's rules for shared directories
// (fs.protected_symlinks, fs.protected_fifos), applied by us, since -o
// follows links in user space and opens FIFOs without O_CREAT, which the
// kernel does not check. In a sticky, world-writable directory such as
// /tmp, a link is followed and a FIFO opened only if it belongs to the user
// or to the directory's owner: otherwise another user could point our
// output at ~/.bashrc, or read the plaintext from a FIFO.
void check_shared_dir(const std::string& path, const struct stat& st, std::string_view what) {
  struct stat dir;
  const std::string d = dir_of(path);
  if (::stat(d.c_str(), &dir) != 0) return;
  if (!(dir.st_mode & S_ISVTX) || !(dir.st_mode & S_IWOTH)) return;
  if (st.st_uid == ::geteuid() || st.st_uid == dir.st_uid) return;
  throw Fatal{"Refusing to " + std::string(what) + " " + quoted(path) + ": it belongs to another user, in the shared "
              "directory " + quoted(d) + " (another user could have planted it there)"};
}

// What `path` names once its symbolic links are followed: -o writes through
// a link (the link stays; its target gets the output, built beside it and
// renamed onto it), as the original's fopen() does. A dangling link names
// the file it points to, which is then created, as open(2) with O_CREAT
// would. Links in the directories on the way need no care: renaming inside
// a directory reached through a link is fine. Returns 0 or an errno (ELOOP
// for a loop or a chain of more than 40 links, as the kernel's limit).
int resolve_links(std::string& path) {
  for (int hops = 0;; ++hops) {
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0) return errno == ENOENT ? 0 : errno;
    if (!S_ISLNK(st.st_mode)) return 0;
    if (hops >= 40) return ELOOP;
    check_shared_dir(path, st, "follow the symbolic link");
    std::string target(PATH_MAX, '\0');
    ssize_t n = ::readlink(path.c_str(), target.data(), target.size());
    if (n < 0) return errno;
    if (static_cast<std::size_t>(n) >= target.size()) return ENAMETOOLONG;
    target.resize(static_cast<std::size_t>(n));
    if (target.empty()) return ENOENT;
    if (target[0] != '/') {
      if (auto slash = path.find_last_of('/'); slash != std::string::npos) target = path.substr(0, slash + 1) + target;
    }
    path = std::move(target);
  }
}

}  // namespace

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
    // Devices, FIFOs, /dev/stdout: nothing to protect, write straight through
    // (but by the shared directories' rules, for the links and the FIFO).
    std::string end = path;
    if (int err = resolve_links(end)) throw open_failed(err);
    struct stat fst;
    if (S_ISFIFO(st.st_mode) && ::lstat(end.c_str(), &fst) == 0 && S_ISFIFO(fst.st_mode))
      check_shared_dir(end, fst, "write to the FIFO");
    out.fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (out.fd_ < 0) throw open_failed(errno);
    return out;
  }
  // The file itself, not a link to it, is replaced.
  std::string target = path;
  if (int err = resolve_links(target)) throw open_failed(err);
  if (exists) {
    // (A /proc/self/fd link may name a file that has no name any more.)
    struct stat tst;
    if (::stat(target.c_str(), &tst) != 0 || tst.st_dev != st.st_dev || tst.st_ino != st.st_ino)
      throw open_failed(ENOENT);
  }
  out.target_ = target;
  if (exists && ::access(target.c_str(), W_OK) != 0) throw open_failed(errno);
  std::string dir = ".";
  if (auto slash = target.find_last_of('/'); slash != std::string::npos)
    dir = slash == 0 ? "/" : target.substr(0, slash);
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
    std::string base = target.substr(target.find_last_of('/') + 1);
    std::string tmpl = (dir == "." && target.find('/') == std::string::npos ? "" : dir + "/") + "." + base + ".XXXXXX";
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
      pending_(std::exchange(o.pending_, false)), path_(std::move(o.path_)), target_(std::move(o.target_)),
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
    std::string dir = target_.find('/') == std::string::npos ? "" : target_.substr(0, target_.find_last_of('/') + 1);
    std::string base = target_.substr(target_.find_last_of('/') + 1);
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
  if (::rename(temp_path_.c_str(), target_.c_str()) != 0) {
    int err = errno;
    ::unlink(temp_path_.c_str());
    unregister_temp(std::exchange(temp_slot_, -1));
    pending_ = false;
    throw Fatal{file_reason("Cannot create output file", path_) + ": " + errno_text(err)};
  }
  unregister_temp(std::exchange(temp_slot_, -1));
  pending_ = false;
}

}  // namespace seccure::cli
