// seccure-sign: deterministic signature of a stream (FORMAT.md §5).
#include "cli/cli.hpp"
#include "seccure/ecdsa.hpp"

using namespace seccure;

namespace {

constexpr cli::ToolInfo info{"seccure-sign", "Generate a signature",
                             "[-f] [-b] [-a] [-c curve] [-s sigfile] [-i infile] [-o outfile] [-F pwfile] [-d] "
                             "[-v] [-q]",
                             0, 0, false, false, true};

int run(cli::Session& s) {
  bool copy = s.opt.filter || s.opt.append;
  if (s.opt.append && s.opt.sigfile) s.fatal("The options -s and -a may not be combined");
  if (s.opt.append && s.opt.binary) s.refuse_binary_to_terminal();
  // Without -s or -a the original writes the signature to stderr, so -o or
  // a redirection of stdout gave an empty file; the front writes it to the
  // output (stdout or -o), where the message of -f cannot go too.
  const bool sig_to_output = s.opt.front && !s.opt.append && !s.opt.sigfile;
  if (sig_to_output && s.opt.filter)
    s.fatal("With -f the message goes to the output, so the signature needs -s FILE or -a");
  if (sig_to_output && s.opt.binary) s.refuse_binary_to_terminal();
  const CurveParams& curve = s.curve_or_default(0, "curve");
  s.verbose_version();
  s.verbose("CURVE", curve.name);
  s.warn_biased_nonces(curve);
  PrivateKey key = s.private_key(curve, "private key");

  Signer signer(key);
  s.input_prompt("Go ahead and type your message ...\n");
  s.read_input([&](std::span<std::uint8_t> chunk) {
    signer.update(chunk);
    if (copy) s.output().write(chunk);
  });
  Bytes sig = signer.finish();

  Bytes encoded;
  if (s.opt.binary) {
    encoded = sig;
  } else {
    std::string text = signature_to_compact(curve, sig);
    if (!s.opt.append) text += "\n";
    encoded.assign(text.begin(), text.end());
  }
  if (s.opt.append) {
    s.output().write(encoded);
  } else if (s.opt.sigfile) {
    cli::Output file = cli::Output::open_file(*s.opt.sigfile, false,
                                              {"Cannot open signature file", "Cannot close signature file"});
    file.write(encoded);
    file.commit();
  } else if (sig_to_output) {
    s.output().write(encoded);
  } else {
    if (!s.opt.binary) s.status("Signature: ");
    s.note(std::string_view(reinterpret_cast<const char*>(encoded.data()), encoded.size()));
  }
  return 0;
}

}  // namespace

namespace seccure::tools {
const cli::Tool sign{info, run};
}
