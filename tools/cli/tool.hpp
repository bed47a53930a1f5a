// What the command-line layer knows of a tool: its usage and which options
// apply to it. Each tools/programs/seccure-*.cpp defines one.
#pragma once
#include <cstddef>
#include <string_view>

namespace seccure::cli {

inline constexpr std::string_view version = "0.5";

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
};

class Session;

// A tool as the `seccure` front dispatches to it.
struct Tool {
  const ToolInfo& info;
  int (*run)(Session&);
};

}  // namespace seccure::cli
