// The process guard: no core dumps or ptrace, and whatever signal ends the
// program, terminal echo is restored and no named temporary file is left.
#pragma once
#include <signal.h>
#include <termios.h>

#include <string>

namespace seccure::cli {

// At start-up of every tool (the clean-up signal handlers follow with the
// first registration below).
void harden_process();

// Named temporary files removed if a signal ends the program: a slot, or
// -1 when none is free (the file is then only removed by its owner).
int register_temp(const std::string& path);
void unregister_temp(int slot);

// Echo to turn back on if a signal ends the program, and on Ctrl-Z while
// stopped (see EchoOff, terminal.hpp).
void echo_off_on(int fd, const struct termios& saved);
void restore_echo();
// The SIGTSTP handler that turns echo on while the program is stopped.
extern "C" void on_stop_signal(int sig);

// Blocks the clean-up signals for a short critical section (creating or
// renaming a named temporary file and recording it).
class SignalsBlocked {
public:
  SignalsBlocked();
  ~SignalsBlocked();
  SignalsBlocked(const SignalsBlocked&) = delete;
  SignalsBlocked& operator=(const SignalsBlocked&) = delete;

private:
  sigset_t old_;
};

}  // namespace seccure::cli
