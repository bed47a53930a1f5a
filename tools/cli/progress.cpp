// The progress line (progress.hpp).
#include "progress.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "io.hpp"

namespace seccure::cli {
namespace {

double now_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

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

void Progress::start(int in_fd, std::optional<bool> option, bool quiet, bool to_stdout) {
  struct stat st;
  bool regular = ::fstat(in_fd, &st) == 0 && S_ISREG(st.st_mode);
  if (regular) {
    off_t pos = ::lseek(in_fd, 0, SEEK_CUR);
    total_ = static_cast<std::uint64_t>(st.st_size - (pos > 0 && pos <= st.st_size ? pos : 0));
  }
  tty_ = ::isatty(2);
  forced_ = option.value_or(false);
  enabled_ = forced_ || (!option && !quiet && tty_ && regular);
  stdout_tty_ = to_stdout && ::isatty(1);
  // SECCURE_PROGRESS_DELAY (seconds) replaces the automatic line's delay of
  // a second, so that the tests can reach it with a small file.
  if (const char* d = std::getenv("SECCURE_PROGRESS_DELAY")) delay_ = std::atof(d);
}

void Progress::add(std::size_t n, std::uint64_t written) {
  if (!enabled_ || done_) return;
  double now = now_seconds();
  if (!started_) {
    // The clock starts with the first read: not while a passphrase is typed.
    started_ = true;
    start_ = now;
    last_draw_ = now;
  }
  bytes_ += n;
  if (!forced_ && stdout_tty_ && written > 0) {
    // Data goes to the same terminal: the automatic line gives way.
    stop();
    return;
  }
  if (!drawn_) {
    // The automatic line appears once reading has taken a second (a file
    // large enough to be worth it); a forced one at once on a terminal, and
    // elsewhere after a second too (then once a second, and at the end).
    if (now - start_ < (tty_ && forced_ ? 0.0 : tty_ ? delay_ : 1.0)) return;
  } else if (now - last_draw_ < (tty_ ? 0.1 : 1.0)) {
    return;  // at most 10 redraws a second on a terminal, 1 elsewhere
  }
  last_draw_ = now;
  draw(false);
}

void Progress::draw(bool final) {
  double elapsed = std::max(now_seconds() - start_, 1e-6);
  // The rate of the first moments means nothing: none before 0.5 s.
  double rate = final || elapsed >= 0.5 ? static_cast<double>(bytes_) / elapsed : 0;
  std::uint64_t total = final ? bytes_ : total_;
  std::string line;
  if (total > 0 || final) {
    std::uint64_t shown = std::min(bytes_, total);
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
    line = human_bytes(static_cast<double>(bytes_));
    if (rate > 0) line += "  " + human_bytes(rate) + "/s";
  }
  // On a terminal the line is redrawn in place; elsewhere (forced into a
  // file or pipe) each update is a line of its own.
  write_stderr(tty_ ? "\r\033[K" + line : line + "\n");
  drawn_ = true;
}

void Progress::input_ended() {
  if (enabled_ && started_ && !done_ && !tty_) draw(true);
  end();
}

void Progress::end() {
  if (!enabled_ || done_) return;
  done_ = true;
  if (tty_ && drawn_) write_stderr("\r\033[K");
}

void Progress::restart() {
  if (!enabled_) return;
  end();
  started_ = drawn_ = done_ = false;
  bytes_ = 0;
}

void Progress::stop() {
  end();
  enabled_ = false;
}

}  // namespace seccure::cli
