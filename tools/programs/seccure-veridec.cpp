// seccure-veridec: decrypt a signcrypted stream and verify its signature (FORMAT.md §6).
#include "cli/cli.hpp"
#include "seccure/signcrypt.hpp"

using namespace seccure;

namespace {

constexpr cli::ToolInfo info{"seccure-veridec", "Decrypt and verify a signcrypted message",
                             "[-c enc_curve [-c sig_curve]] [-i infile] [-o outfile] [-F pwfile] [-d] [-v] [-q] key",
                             1, 1, true, true, true};

int run(cli::Session& s) {
  const std::string& key_text = s.opt.args[0];
  const CurveParams& enc_curve = s.curve_or_default(0, "encryption curve");
  const CurveParams& sig_curve = s.curve_for_key(1, key_text, "Invalid verification key (wrong length)");
  s.verbose_version();
  s.verbose("SIGNATURE CURVE", sig_curve.name);
  s.verbose("ENCRYPTION CURVE", enc_curve.name);
  PublicKey sender = s.public_key(sig_curve, key_text, "verification key");
  PrivateKey key = s.private_key(enc_curve, "private decryption key");

  auto verdict = s.decrypt_input(enc_curve, enc_curve.pk_bin, "signature",
                                 [&](ByteView h) { return VeridecDecryptor::open(key, sender, h); });
  if (!verdict) return 1;
  if (*verdict == DecryptStatus::forged) {
    if (s.opt.front) {
      s.note("Invalid signature: wrong sender key, wrong key or curves (encryption " + std::string(short_name(enc_curve)) +
             (s.curve_assumed(0) ? " assumed" : "") + ", signature " + std::string(short_name(sig_curve)) +
             "), or the message was modified." +
             std::string(s.released_note()));
      return 1;
    }
    s.status(cli::said(Problem::signature_forged, "WARNING: ", "!\n"));
    return 1;
  }
  s.status("Signature successfully verified!\n");
  return 0;
}

}  // namespace

namespace seccure::tools {
const cli::Tool veridec{info, run};
}
