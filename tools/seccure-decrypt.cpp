// seccure-decrypt: decrypt with the passphrase's key and check the MAC.
#include "cli.hpp"
#include "seccure/ecies.hpp"

using namespace seccure;

namespace {

constexpr cli::ToolInfo info{"seccure-decrypt", "Decrypt a message using a private key (passphrase)",
                             "[-m maclen] [-c curve] [-i infile] [-o outfile] [-F pwfile] [-d] [-v] [-q]", 0,
                             0, true, false, true};

int run(cli::Session& s) {
  std::size_t mac_bytes = s.mac_bytes();
  const CurveParams& curve = s.curve_or_default(0, "curve");
  s.verbose_version();
  s.verbose("CURVE", curve.name);
  s.verbose("MACLEN", std::to_string(8 * mac_bytes));
  PrivateKey key = s.private_key(curve, "private key");

  auto header = s.read_header(curve.pk_bin);
  if (!header) return 1;
  auto dec = EciesDecryptor::open(key, *header, mac_bytes);
  if (!dec) {
    s.status("Abort: Inconsistent header.\n");
    return 1;
  }
  switch (s.decrypt_rest(*dec)) {
    case DecryptStatus::too_short:
      s.fatal("Input too short");
    case DecryptStatus::forged:
      s.status("Integrity check failed, message forged!\n");
      return 1;
    case DecryptStatus::ok:
      break;
  }
  s.status(mac_bytes ? "Integrity check successful, message unforged!\n"
                     : "Warning: No MAC available, message integrity cannot be verified!\n");
  return 0;
}

}  // namespace

namespace seccure::tools {
const cli::Tool decrypt{info, run};
}
