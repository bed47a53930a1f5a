// seccure-decrypt: decrypt with the passphrase's key and check the MAC.
#include "cli/cli.hpp"
#include "seccure/ecies.hpp"

using namespace seccure;

namespace {

constexpr cli::ToolInfo info{"seccure-decrypt", "Decrypt a message using a private key (passphrase)",
                             "[-m maclen] [-c curve] [-i infile] [-o outfile] [-F pwfile] [-d] [-v] [-q]", 0,
                             0, true, false, true};

int run(cli::Session& s) {
  const bool mac_assumed = !s.opt.mac_bytes;
  std::size_t mac_bytes = s.mac_bytes();
  const CurveParams& curve = s.curve_or_default(0, "curve");
  s.verbose_version();
  s.verbose("CURVE", curve.name);
  s.verbose("MACLEN", std::to_string(8 * mac_bytes));
  PrivateKey key = s.private_key(curve, "private key");

  const std::string trailer = "MAC (" + std::to_string(8 * mac_bytes) + " bits)";
  auto verdict = s.decrypt_input(curve, curve.pk_bin, trailer,
                                 [&](ByteView h) { return EciesDecryptor::open(key, h, mac_bytes); });
  if (!verdict) return 1;
  if (*verdict == DecryptStatus::forged) {
    if (s.opt.front) {
      // Nothing was released; say what the usual causes are.
      s.note("Integrity check failed: wrong key, curve (" + std::string(short_name(curve)) +
             (s.curve_assumed(0) ? " assumed" : "") + ") or MAC length (" + std::to_string(8 * mac_bytes) +
             (mac_assumed ? " bits assumed" : " bits") + "), or the file was modified." +
             std::string(s.released_note()));
      return 1;
    }
    s.status(cli::said(Problem::mac_forged, "", "!\n"));
    return 1;
  }
  s.status(mac_bytes ? "Integrity check successful, message unforged!\n"
                     : "Warning: No MAC available, message integrity cannot be verified!\n");
  return 0;
}

}  // namespace

namespace seccure::tools {
const cli::Tool decrypt{info, run};
}
