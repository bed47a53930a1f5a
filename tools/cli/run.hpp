// Running a tool: the command line, the files it names, the tool's run()
// and the messages and exit statuses of its failures.
#pragma once
#include <functional>

#include "tool.hpp"

namespace seccure::cli {

// Parses the command line (usage on stderr and exit 2 when it is wrong; -h
// prints usage on stdout), opens -i/-o/-F like the original, calls run(),
// and turns Fatal/Exit into messages and exit statuses. `front`: run as
// `seccure SUBCOMMAND` (argv[0] is the subcommand): messages say
// "seccure encrypt" and errors about files name the file.
int main(int argc, char** argv, const ToolInfo& tool, const std::function<int(Session&)>& run,
         bool front = false);
inline int main(int argc, char** argv, const Tool& tool, bool front = false) {
  return main(argc, argv, tool.info, tool.run, front);
}

}  // namespace seccure::cli
