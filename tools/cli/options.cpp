// The option table, the scanner and the Options of a command line
// (options.hpp).
//
// One parse: scan_argv reads the words once, as getopt would, straight into
// table rows and values, and parse_options only files those into Options
// and checks them against the tool. (CLI11, which once read a rewritten
// argv after the scan, added nothing that the scan had not already done.)
#include "options.hpp"

#include <algorithm>

#include "seccure/ecies.hpp"  // default_mac_bytes, for the -m help line

namespace seccure::cli {
namespace {

// The -m line below spells the library's default out (the original's words).
static_assert(default_mac_bytes * 8 == 80, "the -m help line says \"default 80\"");

// The rows without `help` are not in the seccure-* programs' -h (it stays
// as it was); the front lists every row that applies to the command, with
// `front_help` where its meaning differs there.
constexpr OptionSpec table[] = {
    {'c', "curve", "CURVE", Scope::synopsis, "[-c", "the curve: a name, or a part with its size (default p160)"},
    {'m', "mac-bits", "BITS", Scope::synopsis, "[-m", "MAC length: a multiple of 8 up to 256 (default 80)"},
    {'i', "in", "FILE", Scope::synopsis, "[-i", "read the input from FILE instead of standard input", 0, {},
     "read the input from FILE (or: the last operand)"},
    {'o', "out", "FILE", Scope::synopsis, "[-o", "write the output to FILE (replaced on success only)"},
    // genkey's own (the front's -p).
    {0, "public-out", "FILE", Scope::synopsis, "[-p", {}, 'p', "-p/--public-out",
     "also write the public key file to FILE (new)"},
    {'F', "passphrase-file", "FILE", Scope::synopsis, "[-F", "the passphrase is the first line of FILE", 0, {},
     "the key file: its line 1 is the passphrase"},
    // -F under the name its key files suggest; not in the seccure-* -h.
    {'F', "identity", "FILE", Scope::synopsis, "[-F", {}, 0, {}, "the same as -F"},
    {0, "passphrase-fd", "N", Scope::passphrase, {}, "read the passphrase from file descriptor N"},
    {0, "password-fd", "N", Scope::password, {}, {}, 0, {}, "read passwords from file descriptor N, one a line"},
    {0, "protect", {}, Scope::synopsis, "[--protect", {}, 0, {}, "seal line 1 with a password (asked twice)"},
    {0, "allow-weak-curve", {}, Scope::synopsis, "[--allow-weak-curve", {}, 0, {},
     "new keys on curves below 160 bits (p112, p128)"},
    {0, "key-file", "FILE", Scope::key, {}, "the public key is the first line of FILE", 0, {},
     "the public key file (genkey -p): key and curve"},
    {'s', "signature-file", "FILE", Scope::synopsis, "[-s", "the signature file"},
    {'f', "filter", {}, Scope::synopsis, "[-f", "copy the message to standard output"},
    {'b', "binary", {}, Scope::synopsis, "[-b", "binary signature"},
    {'a', "append", {}, Scope::synopsis, "[-a", "the signature is appended to the message"},
    {'d', "double-prompt", {}, Scope::synopsis, "[-d", "ask twice for the passphrase on a terminal"},
    {'v', "verbose", {}, Scope::synopsis, "[-v", "diagnostic lines on standard error"},
    {'q', "quiet", {}, Scope::synopsis, "[-q", "no prompts or status lines; bare results"},
    {0, "stream", {}, Scope::stream, {}, {}, 0, {}, "one pass: the output flows before it is checked"},
    {0, "progress", {}, Scope::synopsis, "[-i", "show a progress line on standard error"},
    {0, "no-progress", {}, Scope::synopsis, "[-i", "never show the progress line", 0, "--progress"},
    {'h', "help", {}, Scope::always, {}, "print this help and exit"},
    {0, "version", {}, Scope::always, {}, "print the version and exit"},
};

// The row that stands for a letter: its first.
const OptionSpec* by_letter(char c, bool front) {
  for (const auto& o : table)
    if (o.letter == c || (front && o.front_letter == c)) return &o;
  return nullptr;
}

const OptionSpec& canonical(const OptionSpec& o) { return o.letter ? *by_letter(o.letter, false) : o; }

// How the front's "given twice" names an option.
std::string dashed(const OptionSpec& o) {
  return o.letter ? std::string("-") + o.letter : "--" + std::string(o.name);
}

}  // namespace

std::span<const OptionSpec> option_table() { return table; }

std::string getopt_letters() {
  std::string out;
  for (const auto& o : table)
    if (o.letter && out.find(o.letter) == std::string::npos) out += std::string(1, o.letter) + (o.argument() ? ":" : "");
  return out;
}

bool applies(const OptionSpec& o, const ToolInfo& tool, bool front) {
  switch (o.scope) {
    case Scope::always: return true;
    case Scope::synopsis: return tool.synopsis.find(o.token) != std::string_view::npos;
    case Scope::passphrase: return tool.takes_passphrase;
    case Scope::key: return tool.takes_key;
    case Scope::stream: return front && ((tool.output_is_secret && !tool.output_exclusive) || tool.copies_input);
    case Scope::password: return front && (tool.takes_passphrase || tool.output_exclusive);
  }
  return false;
}

std::variant<Scan, std::string> scan_argv(int argc, char** argv, bool long_options, bool front) {
  Scan scan;
  // The front scans GNU-style: operands may stand between options. A
  // value-taking option given twice is a mistake there (getopt's last-wins
  // would silently drop one), except -c, which the tool counts.
  std::vector<const OptionSpec*> seen;
  auto once = [&](const OptionSpec& o) -> std::optional<std::string> {
    if (!front || o.letter == 'c') return std::nullopt;
    if (std::find(seen.begin(), seen.end(), &o) != seen.end()) return "option " + dashed(o) + " given twice";
    seen.push_back(&o);
    return std::nullopt;
  };
  int i = 1;
  for (; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--") {
      ++i;
      break;
    }
    if (a.size() < 2 || a[0] != '-') {
      if (!front) break;  // the first operand ends the options (POSIX)
      scan.operands.emplace_back(a);
      continue;
    }
    if (long_options && a.size() > 2 && a[1] == '-') {
      std::string_view name = a.substr(2);
      std::optional<std::string> value;
      if (auto eq = name.find('='); eq != std::string_view::npos) {
        value = std::string(name.substr(eq + 1));
        name = name.substr(0, eq);
      }
      auto found = std::find_if(std::begin(table), std::end(table), [&](const auto& o) { return o.name == name; });
      const std::string quoted = "option '--" + std::string(name) + "'";
      if (found == std::end(table)) return "unrecognized " + quoted;
      if (!found->argument() && value) return quoted + " doesn't allow an argument";
      if (found->argument() && !value) {
        if (i + 1 >= argc) return quoted + " requires an argument";
        value = argv[++i];
      }
      // (An empty value can only be wrong for ours: a file name or a number.)
      if (!found->letter && found->argument() && value->empty()) return quoted + " needs a non-empty argument";
      const OptionSpec& o = canonical(*found);
      if (o.argument())
        if (auto twice = once(o)) return *twice;
      scan.options.push_back({&o, value.value_or("")});
      continue;
    }
    for (std::size_t j = 1; j < a.size(); ++j) {
      const char c = a[j];
      const OptionSpec* o = by_letter(c, front);
      if (!o) return std::string("invalid option -- '") + c + "'";
      if (!o->argument()) {
        scan.options.push_back({o, {}});
        continue;
      }
      // (genkey's -p, the front's only letter of its own, is read before
      // the check for a second one; the original's letters after.)
      const bool ours = o->front_letter == c;
      if (!ours)
        if (auto twice = once(*o)) return *twice;
      std::string value;
      if (j + 1 < a.size())
        value = std::string(a.substr(j + 1));
      else if (i + 1 < argc)
        value = argv[++i];
      else
        return std::string("option requires an argument -- '") + c + "'";
      if (ours)
        if (auto twice = once(*o)) return *twice;
      scan.options.push_back({o, std::move(value)});
      break;
    }
  }
  for (; i < argc; ++i) scan.operands.push_back(argv[i]);
  return scan;
}

namespace {

// Files one scanned option into the Options; the --passphrase-fd text is
// checked later, against the tool.
void take(Options& o, const OptionSpec& spec, std::string value, std::optional<std::string>& pw_fd,
          std::optional<std::string>& password_fd) {
  switch (spec.letter) {
    case 'c': return o.curves.push_back(std::move(value));
    case 'm': return o.mac_texts.push_back(std::move(value));  // each checked where it stands
    case 'F': o.pwfile = std::move(value); return;
    case 'i': o.infile = std::move(value); return;
    case 'o': o.outfile = std::move(value); return;
    case 's': o.sigfile = std::move(value); return;
    case 'f': o.filter = true; return;
    case 'b': o.binary = true; return;
    case 'a': o.append = true; return;
    case 'd': o.double_prompt = true; return;
    case 'h': o.help = true; return;
    case 'v': o.verbose = true; return;
    case 'q': o.quiet = true; return;
  }
  const std::string_view n = spec.name;
  if (n == "key-file") o.key_file = std::move(value);
  else if (n == "passphrase-fd") pw_fd = std::move(value);
  else if (n == "public-out") o.public_out = std::move(value);  // a second one: the front's scan refused it
  else if (n == "progress") o.progress = true;  // the last of the two wins
  else if (n == "no-progress") o.progress = false;
  else if (n == "version") o.version = true;
  else if (n == "stream") o.stream = true;
  else if (n == "protect") o.protect = true;
  else if (n == "allow-weak-curve") o.allow_weak_curve = true;
  else if (n == "password-fd") password_fd = std::move(value);
}

// A --passphrase-fd or --password-fd value: a descriptor number.
int descriptor(const std::string& text, std::string_view option) {
  if (text.empty() || text.size() > 9 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    throw UsageError{"invalid file descriptor '" + text + "' for --" + std::string(option)};
  return std::stoi(text);
}

// The front refuses options that its command would ignore.
void front_checks(const Scan& scan, const Options& o, const ToolInfo& tool, std::string_view name) {
  auto refuse = [&](std::string_view option) {
    throw UsageError{"option " + std::string(option) + " does not apply to " + std::string(name)};
  };
  auto given_refused = [&](bool letters) {
    for (const auto& spec : table) {
      if (spec.scope != Scope::synopsis || bool(spec.letter) != letters || spec.letter == 'c') continue;
      bool given = std::any_of(scan.options.begin(), scan.options.end(), [&](const auto& g) { return g.option == &spec; });
      if (given && !applies(spec, tool, true))
        refuse(!spec.refused_as.empty() ? spec.refused_as : letters ? dashed(spec) : "--" + std::string(spec.name));
    }
  };
  given_refused(true);
  std::size_t curves = 0;
  for (std::size_t at = 0; (at = tool.synopsis.find("[-c ", at)) != std::string_view::npos; ++at) ++curves;
  if (o.curves.size() > curves) {
    if (!curves) refuse("-c");
    throw UsageError{std::string(name) + " takes " + (curves == 1 ? "one -c" : "at most two -c options")};
  }
  given_refused(false);
}

}  // namespace

Options parse_options(int argc, char** argv, const ToolInfo& tool, bool front, std::string_view name) {
  auto scanned = scan_argv(argc, argv, true, front);
  if (auto* complaint = std::get_if<std::string>(&scanned)) throw UsageError{*complaint};
  Scan& scan = std::get<Scan>(scanned);
  Options o;
  std::optional<std::string> pw_fd, password_fd;
  for (auto& g : scan.options) take(o, *g.option, std::move(g.value), pw_fd, password_fd);
  o.args = std::move(scan.operands);
  if (front) front_checks(scan, o, tool, name);
  if (o.stream && !(front && ((tool.output_is_secret && !tool.output_exclusive) || tool.copies_input)))
    throw UsageError{"option '--stream' does not apply: " + std::string(name) + " " +
                     (front ? "releases no plaintext" : "always streams")};
  // genkey's own options would be ignored by the seccure-* programs (the
  // front checks them against genkey's synopsis above).
  if (!front && (o.public_out || o.protect || o.allow_weak_curve))
    throw UsageError{std::string("option '--") +
                     (o.public_out ? "public-out" : o.protect ? "protect" : "allow-weak-curve") +
                     "' does not apply: " + std::string(name) + " writes no key file (seccure genkey does)"};
  if (password_fd) {
    if (!front)
      throw UsageError{"option '--password-fd' does not apply: " + std::string(name) +
                       " opens no protected key file (seccure does)"};
    if (!tool.takes_passphrase && !tool.output_exclusive)
      throw UsageError{"option '--password-fd' does not apply to " + std::string(name)};
    o.password_fd = descriptor(*password_fd, "password-fd");
  }
  if (o.key_file && !tool.takes_key)
    throw UsageError{"option '--key-file' does not apply: " + std::string(name) + " takes no public key"};
  if (pw_fd) {
    if (!tool.takes_passphrase)
      throw UsageError{"option '--passphrase-fd' does not apply: " + std::string(name) + " reads no passphrase"};
    if (o.pwfile) throw UsageError{"options -F and --passphrase-fd may not be combined"};
    o.passphrase_fd = descriptor(*pw_fd, "passphrase-fd");
  }
  return o;
}

}  // namespace seccure::cli
