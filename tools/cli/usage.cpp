// The usage text and the -h option list (usage.hpp).
#include "usage.hpp"

#include "options.hpp"

namespace seccure::cli {

std::string display_name(const ToolInfo& tool, bool front) {
  std::string name(tool.name);
  if (front && name.starts_with("seccure-")) name[7] = ' ';
  return name;
}

std::string usage(const ToolInfo& tool, bool front) {
  std::string_view page = tool.man_page.empty() ? tool.name : tool.man_page;
  return "Usage: " + display_name(tool, front) + " " + std::string(tool.synopsis) + "\n" + std::string(tool.summary) +
         " (seccure++ " + std::string(version) + ", compatible with seccure " + std::string(version) + ").\n" +
         "See " + std::string(page) + "(1) for details.\n";
}

std::string option_help(const ToolInfo& tool) {
  constexpr std::size_t column = 30;  // where the texts start
  std::string out = "\nOptions (before the arguments; -- ends them):\n";
  for (const auto& o : option_table()) {
    // (As the seccure-* programs see it: the front's own are not listed.)
    if (o.help.empty() || !applies(o, tool, false)) continue;
    std::string left = o.letter ? std::string("  -") + o.letter + ", " : "      ";
    left += "--" + std::string(o.name) + (o.argument() ? "=" + std::string(o.arg) : "");
    out += left + std::string(column - left.size(), ' ') + std::string(o.help) + "\n";
  }
  return out;
}

}  // namespace seccure::cli
