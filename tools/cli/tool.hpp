// What the command-line layer knows of a tool: its usage and which options
// apply to it. Each tools/programs/seccure-*.cpp defines one.
#pragma once
#include <cstddef>
#include <span>
#include <string_view>

namespace seccure::cli {

inline constexpr std::string_view version = "0.5";

// A line of the front's -h that is the tool's own: the option's long name
// and its text (genkey's -o makes a key file, its default curve is p256).
struct HelpLine {
  std::string_view option;
  std::string_view text;
};

struct ToolInfo {
  std::string_view name;      // "seccure-encrypt"
  std::string_view summary;   // one line
  std::string_view synopsis;  // options and arguments after the name
  std::size_t min_args, max_args;
  bool output_is_secret;      // -o files are created mode 0600 (decrypt, veridec)
  bool takes_key = false;         // the first argument is a public key (--key-file)
  bool takes_passphrase = false;  // reads a passphrase (--passphrase-fd)
  std::string_view man_page = {}; // the page named by the usage; default: name
  bool output_exclusive = false;  // -o makes a new file and never replaces one (genkey)
  bool copies_input = false;      // -f copies the checked message out (verify): the front holds it back
  std::span<const HelpLine> front_help = {};  // the front's -h lines that differ for this tool

  // Reads a message (-i): the front also takes it as the last operand.
  constexpr bool reads_input() const { return synopsis.find("[-i") != std::string_view::npos; }
};

class Session;

// A tool as the `seccure` front dispatches to it.
struct Tool {
  const ToolInfo& info;
  int (*run)(Session&);
};

}  // namespace seccure::cli
