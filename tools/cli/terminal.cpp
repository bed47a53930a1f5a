// The terminal (terminal.hpp).
#include "terminal.hpp"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "io.hpp"
#include "process.hpp"

namespace seccure::cli {

EchoOff::EchoOff(int fd) {
  struct termios saved;
  if (tcgetattr(fd, &saved) != 0) return;
  struct termios off = saved;
  off.c_lflag &= static_cast<tcflag_t>(~ECHO);
  echo_off_on(fd, saved);
  struct sigaction act {};
  act.sa_handler = on_stop_signal;
  sigemptyset(&act.sa_mask);
  act.sa_flags = SA_RESTART;
  sigaction(SIGTSTP, &act, &old_tstp_);
  installed_ = true;
  tcsetattr(fd, TCSANOW, &off);
}

EchoOff::~EchoOff() {
  restore_echo();
  if (installed_) sigaction(SIGTSTP, &old_tstp_, nullptr);
}

namespace {

// One line of `fd`, a byte at a time (what follows stays unread: the next
// password of --password-fd), carriage returns dropped, at most 1 KiB kept.
SecureBuffer read_secret_line(int fd) {
  SecureBuffer line(1024);
  std::size_t len = 0;
  for (std::uint8_t c; read_some(fd, &c, 1) == 1 && c != '\n';)
    if (c != '\r' && len < line.size()) line[len++] = c;
  return SecureBuffer(ByteView(line.data(), len));
}

}  // namespace

SecureBuffer read_password(std::string_view prompt, bool twice, int from_fd) {
  if (from_fd >= 0) {
    // --password-fd: no prompt, no echo to turn off, asked once.
    SecureBuffer pw = read_secret_line(from_fd);
    if (pw.empty()) throw Fatal{"Refusing an empty password (file descriptor " + std::to_string(from_fd) + ")"};
    return pw;
  }
  int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
  if (fd < 0) throw Fatal{"Cannot open the terminal to ask for the password: " + errno_text(errno)};
  FdCloser closer{fd};
  auto read_one = [&](std::string_view text) {
    EchoOff echo(fd);
    write_stderr(text);
    SecureBuffer line = read_secret_line(fd);
    write_stderr("\n");
    return line;
  };
  SecureBuffer pw = read_one(prompt);
  if (twice) {
    SecureBuffer again = read_one("Again: ");
    if (pw.size() != again.size() || !equal_ct(pw.view(), again.view())) throw Fatal{"The two passwords differ"};
  }
  if (pw.empty()) throw Fatal{"Refusing an empty password"};
  return pw;
}

}  // namespace seccure::cli
