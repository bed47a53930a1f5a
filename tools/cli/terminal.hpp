// The terminal: echo turned off while a secret is typed, and passwords (for
// protected key files) read from /dev/tty.
#pragma once
#include <signal.h>

#include <string_view>

#include "seccure/secure.hpp"

namespace seccure::cli {

// Echo off on `fd` (a terminal; otherwise nothing happens) for the object's
// lifetime, and back on if a signal ends or stops the program meanwhile.
class EchoOff {
public:
  explicit EchoOff(int fd);
  ~EchoOff();
  EchoOff(const EchoOff&) = delete;
  EchoOff& operator=(const EchoOff&) = delete;

private:
  struct sigaction old_tstp_ {};
  bool installed_ = false;
};

// A password (not a seccure passphrase) from the terminal, never echoed;
// `twice` asks again and compares. Empty passwords are refused (Fatal).
// With `from_fd` (--password-fd), the next line of that descriptor instead.
SecureBuffer read_password(std::string_view prompt, bool twice, int from_fd = -1);

}  // namespace seccure::cli
