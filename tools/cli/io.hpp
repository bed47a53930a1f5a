// POSIX I/O for the command line: read(2) and write(2) retried on EINTR
// (the only such loops of the program), the two exceptions that end a run,
// and the wording of errors about files.
#pragma once
#include <sys/types.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "seccure/errors.hpp"
#include "seccure/secure.hpp"

namespace seccure::cli {

// Ends the program with "FATAL: <reason>." on stderr and exit status 1.
struct Fatal {
  std::string reason;
};

// A problem's text from the library's one table (seccure/errors.hpp), with
// the tool's decorations around it ("Abort: ", ".\n", "!\n").
inline std::string said(Problem problem, std::string_view before, std::string_view after) {
  return std::string(before).append(message(problem)).append(after);
}
// Ends the program with the given status; the message was already printed.
struct Exit {
  int status;
};

std::string errno_text(int err);

// Closes a file descriptor (if any: -1 is none) at the end of a scope.
struct FdCloser {
  int fd;
  ~FdCloser();
};

// read(2) and write(2), retried when a signal interrupts them: -1 and errno
// on any other error.
ssize_t read_retrying(int fd, void* buf, std::size_t len);
ssize_t write_retrying(int fd, const void* buf, std::size_t len);

// read(2) whose errors are the original's "Read error: ..." (Fatal).
std::size_t read_some(int fd, std::uint8_t* buf, std::size_t len);
// Reads until `len` bytes or the end of the input, as read_some.
std::size_t read_up_to(int fd, std::uint8_t* buf, std::size_t len);

// All of `data`, or Fatal "Write error: ..."; a reader that went away
// (EPIPE) is Exit 1.
void write_all(int fd, ByteView data);
// Best effort, never an error of its own.
void write_stderr(std::string_view text) noexcept;
// Help and version texts on stdout: like write_stderr, errors are ignored
// (as std::cout did; the program's status stays 0).
void write_stdout(std::string_view text) noexcept;
// write_stderr for fd 2, write_all otherwise.
void write_text(int fd, std::string_view text);

// Under the `seccure` front, errors about files name the file.
void name_files_in_messages(bool on);
// "Cannot open input file" with the file's name when the front runs (the
// seccure-* programs keep the original's texts).
std::string file_reason(std::string_view text, std::string_view path);

// Blanks, tabs and carriage returns off both ends: lines of key files.
std::string_view trim(std::string_view s);
// A file name for a message: in single quotes, made printable (FORMAT.md §9:
// names and lines from files never carry terminal escapes to stderr).
std::string quoted(std::string_view path);

}  // namespace seccure::cli
