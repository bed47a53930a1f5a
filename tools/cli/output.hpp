// The output of a tool: stdout, or the -o file, which appears (atomically,
// through symbolic links) only when the run succeeded.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "seccure/secure.hpp"

namespace seccure::cli {

// The original's wording of failures for an output file.
struct OutputMessages {
  std::string_view open_failed = "Cannot open output file";
  std::string_view write_failed = "Write error";
};

// The output of a tool: stdout, or the -o file. A regular -o file is built
// unnamed beside its target (the file a symbolic link points to, so that the
// link stays) and only linked into place by commit(); until
// then nothing is visible, so a failure never leaves partial or unverified
// data behind and never destroys what was there.
class Output {
public:
  Output() = default;  // stdout
  using Messages = OutputMessages;
  // `secret`: the file is created mode 0600 and an existing file is never
  // left more accessible than that; otherwise 0644 or the existing mode.
  // `exclusive`: a new file only; an existing one is never replaced.
  static Output open_file(const std::string& path, bool secret, Messages messages = {}, bool exclusive = false);
  Output(Output&&) noexcept;
  Output& operator=(Output&&) noexcept;
  Output(const Output&) = delete;
  ~Output();

  void write(ByteView data);
  void commit();  // make the -o file appear; no-op for stdout and devices
  bool is_stdout() const { return !owned_; }
  std::uint64_t written() const { return written_; }

private:
  int fd_ = 1;
  bool owned_ = false, pending_ = false;
  std::string path_;
  std::string target_;  // path_ with its symbolic links followed: what commit() replaces
  std::string temp_path_;
  int temp_slot_ = -1;  // temp_path_ as registered for removal on a signal
  std::uint64_t written_ = 0;
  Messages messages_;
  bool exclusive_ = false;
};

}  // namespace seccure::cli
