// seccure-dh: interactive Diffie-Hellman key establishment (FORMAT.md §7).
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "cli/cli.hpp"
#include "seccure/dh.hpp"

using namespace seccure;

namespace {

constexpr cli::ToolInfo info{"seccure-dh", "Perform an interactive Diffie-Hellman key exchange",
                             "[-c curve] [-v] [-q]", 0, 0, false, false, false};

// One line from stdin, a byte at a time (nothing after it is consumed), at
// most `max` bytes kept: longer lines are wrong anyway. The front drops the
// blanks around a pasted key (leading ones before counting).
std::string read_peer_line(const cli::Session& s, std::size_t max) {
  std::string line;
  char c;
  for (;;) {
    ssize_t r = cli::read_retrying(0, &c, 1);
    if (r < 0) s.fatal(std::string("Cannot read text line: ") + std::strerror(errno));
    if (r == 0 || c == '\n') break;
    if (s.opt.front && line.empty() && (c == ' ' || c == '\t')) continue;
    if (line.size() <= max) line.push_back(c);
  }
  line = line.substr(0, line.find_first_of("\r\n"));
  return s.opt.front ? std::string(cli::trim(line)) : line;
}

int run(cli::Session& s) {
  const CurveParams& curve = s.curve_or_default(0, "curve");
  s.verbose_version();
  s.verbose("CURVE", curve.name);
  DiffieHellman dh(curve);
  s.status("Pass this key to your peer: ");
  s.note(dh.public_key() + "\n");
  s.status("Enter your peer's key: ");
  std::string peer_text = read_peer_line(s, curve.pk_compact + 1);
  PublicKey peer = s.public_key(curve, peer_text, "key");
  auto keys = dh.complete(peer);
  if (!keys) s.fatal(Problem::invalid_key);
  for (auto [label, key] : {std::pair{"Established key: ", &keys->established},
                            std::pair{"Verification key: ", &keys->verification}}) {
    std::string line = (s.opt.quiet ? "" : label) + *key + "\n";
    s.print(line);
    wipe(line.data(), line.capacity());
  }
  return 0;
}

}  // namespace

namespace seccure::tools {
const cli::Tool dh{info, run};
}
