// The usage text and the -h option list (usage.hpp).
#include "usage.hpp"

#include <algorithm>

#include "options.hpp"

namespace seccure::cli {
namespace {

// The operands of a synopsis: its words outside the option groups
// ("[-c curve]", "[-c sig_curve [-c enc_curve]]", "[--protect]"), as
// "key [signature]".
std::string operands(std::string_view synopsis) {
  std::string out;
  std::size_t i = 0;
  while (i < synopsis.size()) {
    if (synopsis[i] == ' ') {
      ++i;
      continue;
    }
    const bool option = synopsis.substr(i).starts_with("[-");
    std::size_t j = i;
    for (int depth = 0; j < synopsis.size() && (depth > 0 || synopsis[j] != ' '); ++j) {
      if (synopsis[j] == '[') ++depth;
      if (synopsis[j] == ']') --depth;
    }
    if (!option) out += " " + std::string(synopsis.substr(i, j - i));
    i = j;
  }
  return out;
}

// The text of an option's -h line for the tool ("": not listed).
std::string_view help_text(const OptionSpec& o, const ToolInfo& tool, bool front) {
  if (!front) return o.help;
  auto own = std::find_if(tool.front_help.begin(), tool.front_help.end(), [&](const HelpLine& l) { return l.option == o.name; });
  if (own != tool.front_help.end()) return own->text;
  return o.front_help.empty() ? o.help : o.front_help;
}

}  // namespace

std::string display_name(const ToolInfo& tool, bool front) {
  std::string name(tool.name);
  if (front && name.starts_with("seccure-")) name[7] = ' ';
  return name;
}

std::string usage(const ToolInfo& tool, bool front) {
  std::string_view page = tool.man_page.empty() ? tool.name : tool.man_page;
  std::string out = "Usage: " + display_name(tool, front) + " ";
  std::string see = std::string(page) + "(1)";
  if (!front) {
    out += std::string(tool.synopsis) + "\n";
  } else {
    // The front scans GNU-style (scan_argv) and takes the input file as the
    // last operand: its own synopsis, and the page of the front beside the
    // program's.
    const std::string ops = operands(tool.synopsis) + (tool.reads_input() ? " [infile]" : "");
    out += "[options]" + ops + "\n";
    if (!ops.empty()) out += "Options may come before, between or after the operands; -- ends them.\n";
    if (page != "seccure") see = "seccure(1) and " + see;
  }
  return out + std::string(tool.summary) + " (seccure++ " + std::string(version) + ", compatible with seccure " +
         std::string(version) + ").\n" + "See " + see + " for details.\n";
}

std::string option_help(const ToolInfo& tool, bool front) {
  constexpr std::size_t column = 30;  // where the texts start
  std::string out = front ? "\nOptions:\n" : "\nOptions (before the arguments; -- ends them):\n";
  std::string letters;
  for (const auto& o : option_table()) {
    // (A letter's later rows are other long names for it: --identity.)
    const bool alias = o.letter && letters.find(o.letter) != std::string::npos;
    letters += o.letter;
    const std::string_view text = help_text(o, tool, front);
    if (text.empty() || !applies(o, tool, front)) continue;
    const char letter = alias ? 0 : o.letter ? o.letter : front ? o.front_letter : 0;
    std::string left = letter ? std::string("  -") + letter + ", " : "      ";
    left += "--" + std::string(o.name) + (o.argument() ? "=" + std::string(o.arg) : "");
    out += left + std::string(column - left.size(), ' ') + std::string(text) + "\n";
  }
  return out;
}

}  // namespace seccure::cli
