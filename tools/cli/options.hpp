// The options: one table (letters, long names, -h lines, which tools each
// applies to) that the scanner, the -h text, the front's checks, the fuzz
// harness and `seccure --list-options` (the completions test) all read; the
// scanner; and the Options a command line gives.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "tool.hpp"

namespace seccure::cli {

// Which tools an option applies to.
enum class Scope : std::uint8_t {
  always,      // every tool
  synopsis,    // those whose synopsis shows OptionSpec::token
  passphrase,  // those that read a passphrase (ToolInfo::takes_passphrase)
  key,         // those that take a public key (ToolInfo::takes_key)
  stream,      // the front's commands that release plaintext (output_is_secret)
  password,    // the front's commands that open or seal protected key files
};

struct OptionSpec {
  char letter;            // the original's getopt letter; 0: a long option of ours only
  std::string_view name;  // the long name
  std::string_view arg;   // the value's name in -h ("FILE"); empty: a flag
  Scope scope;
  std::string_view token = {};  // Scope::synopsis: "[-i"
  std::string_view help = {};   // the seccure-* programs' -h line; empty: not listed
  char front_letter = 0;        // a letter only the front takes (genkey's -p)
  std::string_view refused_as = {};  // its name in the front's "does not apply"
  // The front's -h line where it differs from `help` (the front reads key
  // files, takes the input file as an operand, ...); with no `help`, the
  // option is listed by the front only. A tool may override it
  // (ToolInfo::front_help).
  std::string_view front_help = {};

  bool argument() const { return !arg.empty(); }
};

// Every option, in the order of -h. A letter's first row is the option;
// a later row with the same letter is another long name for it.
std::span<const OptionSpec> option_table();
// The original's getopt string, "fbadm:i:o:F:s:c:hvq" in the table's order.
std::string getopt_letters();
// Whether an option applies to a tool (`front`: run as `seccure COMMAND`).
bool applies(const OptionSpec& o, const ToolInfo& tool, bool front);

// One command line, scanned: the options in order (each its table row, the
// first of its letter) with their values, and the operands.
struct Scan {
  struct Given {
    const OptionSpec* option;
    std::string value;
  };
  std::vector<Given> options;
  std::vector<std::string> operands;
};

// Scans argv as the original's POSIX getopt does ("fbadm:i:o:F:s:c:hvq":
// options end at the first operand or at "--"). On a wrong command line,
// the getopt-style complaint ("invalid option -- 'x'", "option requires an
// argument -- 'x'").
// With `long_options`, a word "--name" or "--name=value" in the option part
// is a long option, never abbreviated; an unknown one is a complaint
// ("unrecognized option '--name'"). Without, the scan is exactly getopt's.
// With `front` (the seccure command), the scan is GNU-style: operands may
// come before options; value-taking options other than -c may be given only
// once; -p FILE is genkey's --public-out.
std::variant<Scan, std::string> scan_argv(int argc, char** argv, bool long_options = false, bool front = false);

// Every tool accepts every option of the original's getopt string, each
// also by a long name (--curve for -c, ...), and some options of our own.
struct Options {
  std::vector<std::string> curves;  // -c, up to two (signcrypt/veridec)
  std::optional<std::string> pwfile, infile, outfile, sigfile;
  std::vector<std::string> mac_texts;    // each -m as given (see run.cpp)
  std::optional<std::size_t> mac_bytes;  // the last -m: bits / 8
  bool filter = false, binary = false, append = false, double_prompt = false;
  bool verbose = false, quiet = false, help = false;
  // Ours only (long options).
  bool version = false;
  std::optional<std::string> key_file;  // --key-file: the public key argument
  std::optional<int> passphrase_fd;     // --passphrase-fd
  std::optional<int> password_fd;       // --password-fd (front): protected key files' passwords
  std::optional<bool> progress;         // --progress / --no-progress, last wins
  bool front = false;                   // run as `seccure COMMAND`
  bool stream = false;                  // --stream (front): release before the check
  // The front's key files.
  std::optional<std::string> public_out;  // genkey -p/--public-out
  bool protect = false;                   // genkey --protect
  bool allow_weak_curve = false;          // genkey --allow-weak-curve
  std::optional<std::string> key_curve;   // the "# curve:" line of --key-file
  std::vector<std::string> args;        // positional arguments
};

// A wrong command line: "<name>: <message>", the usage, exit status 2.
struct UsageError {
  std::string message;
};

// The Options of a command line (UsageError when it is wrong): scanned once
// by scan_argv, then checked against what the tool takes.
Options parse_options(int argc, char** argv, const ToolInfo& tool, bool front, std::string_view name);

}  // namespace seccure::cli
