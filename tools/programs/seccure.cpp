// seccure: one program for all the tools, `seccure COMMAND [options] [args]`,
// and the seccure-* programs (links to it). Each command is the matching
// seccure-* program, except that errors about files name the file; `genkey`
// is new.
#include <string>
#include <string_view>

#include "cli/cli.hpp"
#include "seccure/encoding.hpp"
#include "seccure/keys.hpp"
#include "seccure/passphrase.hpp"

using namespace seccure;

namespace {

// genkey: a key file. Line 1 is a new random passphrase (as many bits as the
// curve's order, in a form no public key has), so that every seccure,
// ours or the original, reads it with -F; "#" lines name the curve and the
// public key for the front. -o makes a new file (mode 0600) and never
// replaces one; -p writes the public key file to share; --protect seals
// line 1 with a password (Argon2id, XChaCha20-Poly1305), bound to the curve
// and public key lines (FORMAT.md §9.1). With -F, the key is not new: the
// passphrase of that key file is written again (sealed anew with
// --protect, or unsealed without), e.g. to upgrade an old sealed file.
// Curves below 160 bits need --allow-weak-curve.
constexpr cli::HelpLine genkey_help[] = {
    {"curve", "the curve: a name, or a part with its size (default p256)"},
    {"out", "write the key file to FILE (new, mode 0600)"},
    {"passphrase-file", "write key file FILE's key again (see --protect)"},
};
constexpr cli::ToolInfo genkey_info{"seccure-genkey",
                                    "Generate a key file: a random passphrase and its public key",
                                    "[-c curve] [-o keyfile] [-p pubfile] [-F keyfile] [--protect] "
                                    "[--allow-weak-curve] [-v] [-q]",
                                    0,
                                    0,
                                    true,
                                    false,
                                    false,
                                    "seccure",
                                    true,
                                    false,
                                    genkey_help};

int genkey(cli::Session& s) {
  const bool again = s.opt.pwfile.has_value();
  if (s.opt.curves.empty() && !again) s.opt.curves.push_back("secp256r1");  // (genkey_help says p256)
  const CurveParams& curve = again ? s.curve_or_default(0, "curve") : s.curve_named(s.opt.curves[0]);
  if (weak_curve(curve) && !s.opt.allow_weak_curve && !again)
    s.fatal(std::string(short_name(curve)) +
            " is too small for a new key (its discrete logarithms are within reach); choose p160 or larger, or "
            "give --allow-weak-curve");
  s.verbose_version();
  s.verbose("CURVE", curve.name);
  SecureBuffer passphrase = again ? std::move(s.identity().passphrase) : generate_passphrase(curve);
  // (With -F, private_key() checks the file's line against its curve and
  // the public key it names.)
  const std::string key = (again ? s.private_key(curve, "private key")
                                 : PrivateKey::from_passphrase(curve, passphrase.view()))
                              .public_key()
                              .to_compact();
  const std::string name(short_name(curve));

  // The key file, in secure memory until written.
  std::string line1_sealed;
  ByteView line1 = passphrase.view();
  if (s.opt.protect) {
    SecureBuffer password = s.read_password("Password to protect the key file: ", true);
    // As ssh-keygen and age: a short password is allowed, but said to be weak.
    constexpr std::size_t short_password = 10;
    if (password.size() < short_password)
      s.note("Warning: a password of " + std::to_string(password.size()) +
             " characters is quickly guessed by anyone who gets the key file; prefer " +
             std::to_string(short_password) + " or more (a few random words).\n");
    line1_sealed = protect_passphrase(passphrase.view(), password.view(), default_password_cost(),
                                      protected_binding(curve, key));
    line1 = ByteView(reinterpret_cast<const std::uint8_t*>(line1_sealed.data()), line1_sealed.size());
  }
  const std::string meta = "\n# seccure key file: line 1 is the " +
                           std::string(s.opt.protect ? "passphrase, sealed with a password (seccure -F asks for it)"
                                                     : "passphrase (seccure -F reads it); keep this file private") +
                           "\n# curve: " + name + "\n# public key: " + key + "\n";
  SecureBuffer file(line1.size() + meta.size());
  std::copy(line1.begin(), line1.end(), file.data());
  std::copy(meta.begin(), meta.end(), file.data() + line1.size());
  s.output().write(file.view());

  if (s.opt.public_out) {
    const std::string pub = "# seccure public key\n# curve: " + name + "\n" + key + "\n";
    cli::Output out = cli::Output::open_file(*s.opt.public_out, false, {}, true);
    out.write(ByteView(reinterpret_cast<const std::uint8_t*>(pub.data()), pub.size()));
    // The key file first: a public key without its secret is useless.
    s.output().commit();
    out.commit();
  }
  if (s.opt.outfile)
    s.print(s.opt.quiet ? key + "\n" : "The public key is: " + key + "\n");
  else
    s.status("The public key is: " + key + "\n");
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
  cli::write_stderr("seccure: " + std::string(reason) + "\n" + front_usage());
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
    cli::write_stdout(front_usage());
    return 0;
  }
  if (first == "--version") {
    cli::write_stdout("seccure (seccure++) " + std::string(cli::version) + "\n");
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
