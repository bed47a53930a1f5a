// POSIX I/O for the command line (io.hpp).
#include "io.hpp"

#include "seccure/encoding.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace seccure::cli {
namespace {

// Set by the `seccure` front: errors about files name the file.
bool name_files = false;

}  // namespace

std::string errno_text(int err) { return std::strerror(err); }

FdCloser::~FdCloser() {
  if (fd >= 0) ::close(fd);
}

ssize_t read_retrying(int fd, void* buf, std::size_t len) {
  for (;;) {
    ssize_t r = ::read(fd, buf, len);
    if (r >= 0 || errno != EINTR) return r;
  }
}

ssize_t write_retrying(int fd, const void* buf, std::size_t len) {
  for (;;) {
    ssize_t w = ::write(fd, buf, len);
    if (w >= 0 || errno != EINTR) return w;
  }
}

std::size_t read_some(int fd, std::uint8_t* buf, std::size_t len) {
  ssize_t r = read_retrying(fd, buf, len);
  if (r < 0) throw Fatal{"Read error: " + errno_text(errno)};
  return static_cast<std::size_t>(r);
}

std::size_t read_up_to(int fd, std::uint8_t* buf, std::size_t len) {
  std::size_t n = 0;
  for (std::size_t r; n < len && (r = read_some(fd, buf + n, len - n)) > 0;) n += r;
  return n;
}

// A reader that went away (EPIPE with SIGPIPE ignored by our parent) ends
// the program quietly with status 1: no message, no storm of them.
void write_all(int fd, ByteView data) {
  const std::uint8_t* p = data.data();
  std::size_t left = data.size();
  while (left) {
    ssize_t w = write_retrying(fd, p, left);
    if (w < 0) {
      if (errno == EPIPE) throw Exit{1};
      throw Fatal{"Write error: " + errno_text(errno)};
    }
    p += w;
    left -= static_cast<std::size_t>(w);
  }
}

// Messages on stderr are best effort, as the original's fprintf(stderr):
// a closed or full stderr never turns into an error of its own.
namespace {
void write_quietly(int fd, std::string_view text) noexcept {
  const char* p = text.data();
  std::size_t left = text.size();
  while (left) {
    ssize_t w = write_retrying(fd, p, left);
    if (w <= 0) return;
    p += w;
    left -= static_cast<std::size_t>(w);
  }
}
}  // namespace

void write_stderr(std::string_view text) noexcept { write_quietly(2, text); }
void write_stdout(std::string_view text) noexcept { write_quietly(1, text); }

void write_text(int fd, std::string_view text) {
  if (fd == 2) return write_stderr(text);
  write_all(fd, ByteView(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

void name_files_in_messages(bool on) { name_files = on; }

std::string file_reason(std::string_view text, std::string_view path) {
  if (!name_files || path.empty()) return std::string(text);
  bool on = text == "Write error" || text == "Read error";
  std::string what(text);
  if (what == "Cannot read signature") what += " file";
  return what + (on ? " on " : " ") + quoted(path);
}

std::string quoted(std::string_view path) { return "'" + printable(path) + "'"; }

std::string_view trim(std::string_view s) {
  const char* blanks = " \t\r";
  std::size_t a = s.find_first_not_of(blanks);
  if (a == std::string_view::npos) return {};
  return s.substr(a, s.find_last_not_of(blanks) - a + 1);
}

}  // namespace seccure::cli
