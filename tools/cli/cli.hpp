// The shared command-line layer of the seccure tools (tools/cli/), all of
// it for the files that define a tool: each tools/programs/seccure-*.cpp includes
// this one header. No cryptography here: the tools call the library for
// that.
#pragma once
#include "cli/io.hpp"
#include "cli/options.hpp"
#include "cli/output.hpp"
#include "cli/run.hpp"
#include "cli/session.hpp"
#include "cli/tool.hpp"
#include "cli/usage.hpp"

// The tools, for the `seccure` front (each tools/programs/seccure-*.cpp defines one).
namespace seccure::tools {
extern const cli::Tool key, encrypt, decrypt, sign, verify, signcrypt, veridec, dh;
int speed_main(int argc, char** argv);
}  // namespace seccure::tools
