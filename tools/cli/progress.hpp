// The progress line on stderr while the input is read: forced by
// --progress, else automatic when stderr is a terminal and the input a
// regular file (drawn once reading has taken a second); never with -q or
// --no-progress.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>

namespace seccure::cli {

class Progress {
public:
  // `option`: --progress (true) or --no-progress (false), the last given;
  // `to_stdout`: the output is stdout (the automatic line gives way to data
  // on the same terminal).
  void start(int in_fd, std::optional<bool> option, bool quiet, bool to_stdout);
  // `n` more bytes were read; `written` bytes were output so far.
  void add(std::size_t n, std::uint64_t written);
  // The end of the input: a forced line off the terminal gets a last, 100%
  // update.
  void input_ended();
  // The line is cleared on a terminal; nothing more is drawn.
  void end();
  // end(), and nothing is counted any more.
  void stop();
  // A new line from zero for a second pass over the same input (the
  // front's release after its check), if the first had one.
  void restart();

private:
  void draw(bool final);

  bool enabled_ = false, forced_ = false, tty_ = false, started_ = false, drawn_ = false, done_ = false;
  bool stdout_tty_ = false;
  std::uint64_t total_ = 0, bytes_ = 0;  // total 0: unknown
  double start_ = 0, last_draw_ = 0, delay_ = 1.0;
};

}  // namespace seccure::cli
