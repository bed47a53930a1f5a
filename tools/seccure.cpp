// seccure: one program for all the tools, `seccure COMMAND [options] [args]`,
// and the seccure-* programs (links to it). Each command is the matching
// seccure-* program, except that errors about files name the file; `genkey`
// is new.
#include <iostream>
#include <string>
#include <string_view>

#include "cli.hpp"
#include "seccure/encoding.hpp"
#include "seccure/keys.hpp"

using namespace seccure;

namespace {

// genkey: a random passphrase with at least as many bits as the curve's
// order, in the compact alphabet (one line, nothing a shell or a line
// reader would change), and the public key seccure-key gives for it.
constexpr cli::ToolInfo genkey_info{"seccure-genkey",
                                    "Generate a random passphrase and its public key",
                                    "[-c curve] [-v] [-q]",
                                    0,
                                    0,
                                    false,
                                    false,
                                    false,
                                    "seccure"};

int genkey(cli::Session& s) {
  const CurveParams& curve = s.curve_or_default(0, "curve");
  s.verbose_version();
  s.verbose("CURVE", curve.name);
  SecureBuffer raw(curve.order_bin);
  random_bytes(raw.span());
  auto encoded = compact_encode(raw.view(), compact_digits_for_bytes(curve.order_bin));
  if (!encoded) s.fatal("Internal error: cannot encode the passphrase");
  // The passphrase only lives in secure memory (the encoder's string is
  // wiped at once).
  constexpr std::string_view label = "Passphrase: ";
  const std::size_t skip = s.opt.quiet ? label.size() : 0;
  SecureBuffer line(label.size() + encoded->size() + 1);
  std::copy(label.begin(), label.end(), line.data());
  std::copy(encoded->begin(), encoded->end(), line.data() + label.size());
  line[line.size() - 1] = '\n';
  wipe(encoded->data(), encoded->size());
  ByteView passphrase(line.data() + label.size(), line.size() - label.size() - 1);
  std::string key = PrivateKey::from_passphrase(curve, passphrase).public_key().to_compact();

  s.status("Store the passphrase safely: whoever knows it can decrypt and sign as you, and a lost\n"
           "passphrase cannot be recovered. Keep it in a file only you can read (for -F).\n");
  s.print(std::string_view(reinterpret_cast<const char*>(line.data()) + skip, line.size() - skip));
  s.print(s.opt.quiet ? key + "\n" : "The public key is: " + key + "\n");
  return 0;
}

const cli::Tool genkey_tool{genkey_info, genkey};

struct Command {
  std::string_view name;
  const cli::Tool* tool;  // null: speed
  std::string_view summary;
};

const Command commands[] = {
    {"key", &tools::key, "print the public key of a passphrase"},
    {"genkey", &genkey_tool, "make a new random passphrase and print it with its public key"},
    {"encrypt", &tools::encrypt, "encrypt a message for a public key"},
    {"decrypt", &tools::decrypt, "decrypt a message with a passphrase and check its MAC"},
    {"sign", &tools::sign, "sign a message with a passphrase"},
    {"verify", &tools::verify, "verify a signature with a public key"},
    {"signcrypt", &tools::signcrypt, "sign with a passphrase and encrypt for a public key"},
    {"veridec", &tools::veridec, "decrypt with a passphrase and verify the sender's signature"},
    {"dh", &tools::dh, "agree on a shared key with a peer (interactive Diffie-Hellman)"},
    {"speed", nullptr, "measure the speed of the cryptography on this machine"},
};

std::string front_usage() {
  std::string out = "Usage: seccure COMMAND [options] [arguments]\n"
                    "Elliptic curve cryptography with passphrases as private keys\n(seccure++ " +
                    std::string(cli::version) + ", compatible with seccure " + std::string(cli::version) +
                    ").\n\nCommands:\n";
  for (const auto& c : commands) {
    std::string name(c.name);
    out += "  " + name + std::string(12 - name.size(), ' ') + std::string(c.summary) + "\n";
  }
  out += "\n`seccure COMMAND --help` lists the options of a command; `seccure COMMAND ...` is\n"
         "`seccure-COMMAND ...`. See seccure(1) for details.\n";
  return out;
}

int usage_error(const std::string& reason) {
  std::cerr << "seccure: " << reason << "\n" << front_usage();
  return 2;
}

const Command* find_command(std::string_view name) {
  for (const auto& c : commands)
    if (c.name == name) return &c;
  return nullptr;
}

int dispatch(const Command& c, int argc, char** argv) {
  if (!c.tool) return tools::speed_main(argc, argv);
  return cli::main(argc, argv, *c.tool, true);
}

}  // namespace

int main(int argc, char** argv) {
  // One program for all the names: seccure-X (a link to seccure) is tool X,
  // exactly the separate program it once was; any other name is the front.
  std::string_view called = argc > 0 ? argv[0] : "";
  called = called.substr(called.rfind('/') + 1);
  if (called.starts_with("seccure-")) {
    const Command* c = find_command(called.substr(8));
    if (c && c->tool != &genkey_tool) return c->tool ? cli::main(argc, argv, *c->tool) : tools::speed_main(argc, argv);
  }
  if (argc < 2) return usage_error("missing command");
  std::string_view first = argv[1];
  if (first == "-h" || first == "--help" || (first == "help" && argc == 2)) {
    std::cout << front_usage() << std::flush;
    return 0;
  }
  if (first == "--version") {
    std::cout << "seccure (seccure++) " << cli::version << "\n" << std::flush;
    return 0;
  }
  if (first == "help") {
    // `seccure help COMMAND`: the command's --help.
    const Command* c = find_command(argv[2]);
    if (!c || argc > 3) return usage_error(c ? "help takes one command" : "unknown command '" + std::string(argv[2]) + "'");
    static char help_flag[] = "--help";
    char* args[] = {argv[2], help_flag, nullptr};
    return dispatch(*c, 2, args);
  }
  if (first.starts_with("-")) return usage_error("unrecognized option '" + std::string(first) + "'");
  const Command* c = find_command(first);
  if (!c) return usage_error("unknown command '" + std::string(first) + "'");
  return dispatch(*c, argc - 1, argv + 1);
}
