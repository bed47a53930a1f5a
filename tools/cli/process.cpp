// The process guard (process.hpp).
//
// Whatever signal ends the program (Ctrl-C, SIGTERM, SIGHUP, SIGUSR1, ...),
// terminal echo is restored and no named temporary output file is left
// behind. The handler only uses async-signal-safe calls (tcsetattr, unlink,
// sigaction, raise) on data prepared beforehand.
#include "process.hpp"

#include <limits.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>

namespace seccure::cli {
namespace {

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
constexpr int cleanup_signals[] = {SIGINT,  SIGTERM, SIGHUP,  SIGQUIT, SIGPIPE,   SIGALRM,
                                   SIGUSR1, SIGUSR2, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF,
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

void install_cleanup_handlers();

}  // namespace

int register_temp(const std::string& path) {
  if (path.size() >= PATH_MAX) return -1;
  install_cleanup_handlers();
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

SignalsBlocked::SignalsBlocked() {
  sigset_t set;
  sigemptyset(&set);
  for_each_cleanup_signal([&](int sig) { sigaddset(&set, sig); });
  sigprocmask(SIG_BLOCK, &set, &old_);
}

SignalsBlocked::~SignalsBlocked() { sigprocmask(SIG_SETMASK, &old_, nullptr); }

void echo_off_on(int fd, const struct termios& saved) {
  install_cleanup_handlers();
  saved_tio = saved;
  saved_tio_fd = fd;
}

void restore_echo() {
  int fd = saved_tio_fd;
  saved_tio_fd = -1;
  if (fd >= 0) tcsetattr(fd, TCSANOW, &saved_tio);
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

namespace {

// The clean-up handler for every signal that is not ignored. Installed
// lazily, by the first registration of something to clean up (a named
// temporary file, echo turned off): until then the handler would only
// re-raise the signal, which is what the default action does anyway, and
// installing it for every signal costs about 90 system calls, a large
// share of a short run's start-up. Callers register before the state
// exists (echo_off_on before echo goes off; register_temp with the
// signals blocked), so no signal can find the state without the handler.
void install_cleanup_handlers() {
  static bool installed = false;  // the main thread only, as every caller
  if (installed) return;
  installed = true;
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

}  // namespace

// No core dumps (they would hold the passphrase hash or private scalars) and
// no ptrace by other processes of the same user. The clean-up handlers come
// with the first thing to clean up (install_cleanup_handlers).
void harden_process() {
  struct rlimit none {0, 0};
  ::setrlimit(RLIMIT_CORE, &none);
  ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

}  // namespace seccure::cli
