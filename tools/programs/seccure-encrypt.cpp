// seccure-encrypt: encrypt a stream for a public key (ECIES, FORMAT.md §4).
#include "cli/cli.hpp"
#include "seccure/ecies.hpp"
#include "seccure/encoding.hpp"

using namespace seccure;

namespace {

constexpr cli::ToolInfo info{"seccure-encrypt", "Encrypt a message with a public key",
                             "[-m maclen] [-c curve] [-i infile] [-o outfile] [-v] [-q] key", 1, 1, false, true, false};

int run(cli::Session& s) {
  s.refuse_binary_to_terminal();
  const std::string& key_text = s.opt.args[0];
  std::size_t mac_bytes = s.mac_bytes();
  const CurveParams& curve = s.curve_for_key(0, key_text, "Invalid encryption key (wrong length)");
  s.verbose_version();
  s.verbose("CURVE", curve.name);
  s.verbose("MACLEN", std::to_string(8 * mac_bytes));
  PublicKey recipient = s.public_key(curve, key_text, "encryption key");
  // Not quiet-able, like the MAC length announcement: -q is common in
  // scripts, where a forgotten or mistyped -m would otherwise go unnoticed.
  if (mac_bytes == 0) s.note("Warning: no MAC (-m 0): the ciphertext has no integrity protection.\n");

  EciesEncryptor enc(recipient, mac_bytes);
  s.input_prompt("Go ahead and type your message ...\n");
  s.output().write(enc.header());
  s.read_input([&](std::span<std::uint8_t> chunk) {
    enc.encrypt_overlapped(chunk);
    s.output().write(chunk);
  });
  Bytes tag = enc.finish();
  if (!tag.empty()) s.verbose("HMAC", to_hex(tag));
  s.output().write(tag);
  return 0;
}

}  // namespace

namespace seccure::tools {
const cli::Tool encrypt{info, run};
}
