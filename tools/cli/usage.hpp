// The usage text of a tool (for -h and wrong command lines) and the -h
// list of its options, from the option table.
#pragma once
#include <string>

#include "tool.hpp"

namespace seccure::cli {

// "seccure-encrypt", or "seccure encrypt" under the front.
std::string display_name(const ToolInfo& tool, bool front);
// The part of the usage text shared by -h and wrong command lines.
std::string usage(const ToolInfo& tool, bool front = false);
// The options of -h/--help: those that apply to the tool and have a line
// (the front's own lines with `front`).
std::string option_help(const ToolInfo& tool, bool front = false);

}  // namespace seccure::cli
