// seccure-signcrypt: sign with the passphrase's key, encrypt for a public key (FORMAT.md §6).
#include "cli/cli.hpp"
#include "seccure/signcrypt.hpp"

using namespace seccure;

namespace {

constexpr cli::ToolInfo info{"seccure-signcrypt", "Signcrypt a message",
                             "[-c sig_curve [-c enc_curve]] [-i infile] [-o outfile] [-F pwfile] [-d] [-v] [-q] key",
                             1, 1, false, true, true};

int run(cli::Session& s) {
  s.refuse_binary_to_terminal();
  const std::string& key_text = s.opt.args[0];
  const CurveParams& sig_curve = s.curve_or_default(0, "signature curve");
  const CurveParams& enc_curve = s.curve_for_key(1, key_text, "Invalid encryption key (wrong length)");
  s.verbose_version();
  s.verbose("SIGNATURE CURVE", sig_curve.name);
  s.verbose("ENCRYPTION CURVE", enc_curve.name);
  s.warn_biased_nonces(sig_curve);
  PublicKey recipient = s.public_key(enc_curve, key_text, "encryption key");
  PrivateKey signer = s.private_key(sig_curve, "private signing key");

  SigncryptEncryptor enc(signer, recipient);
  s.input_prompt("Go ahead and type your message ...\n");
  s.output().write(enc.header());
  s.read_input([&](std::span<std::uint8_t> chunk) {
    enc.encrypt(chunk);
    s.output().write(chunk);
  });
  s.output().write(enc.finish());
  return 0;
}

}  // namespace

namespace seccure::tools {
const cli::Tool signcrypt{info, run};
}
