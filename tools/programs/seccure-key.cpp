// seccure-key: the public key of a passphrase.
#include "cli/cli.hpp"

using namespace seccure;

namespace {

constexpr cli::ToolInfo info{"seccure-key", "Generate the public key of a private key (passphrase)",
                             "[-c curve] [-F pwfile] [-d] [-v] [-q]", 0, 0, false, false, true};

int run(cli::Session& s) {
  const CurveParams& curve = s.curve_or_default(0, "curve");
  s.verbose_version();
  s.verbose("CURVE", curve.name);
  std::string key = s.private_key(curve, "private key").public_key().to_compact();
  s.print(s.opt.quiet ? key + "\n" : "The public key is: " + key + "\n");
  return 0;
}

}  // namespace

namespace seccure::tools {
const cli::Tool key{info, run};
}
