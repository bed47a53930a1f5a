// The command-line scanner: seccure::cli::normalise_argv on NUL-separated
// arguments from the input, checked against glibc's getopt in POSIX mode
// (the original is built with _POSIX_C_SOURCE: option parsing stops at the
// first operand): the same options in the same order with the same
// arguments, the same complaint, the same operands, which come last, after
// "--". The first input byte picks the scan: odd, with our long options
// (checked against getopt_long; inputs using glibc's abbreviations of long
// names, which we do not accept, are skipped); even, without (exactly
// getopt's "fbadm:i:o:F:s:c:hvq").
#include <getopt.h>
#include <unistd.h>

#include <string>
#include <variant>
#include <vector>

#include "../tools/cli.hpp"
#include "common.hpp"

namespace {

struct Scan {
  std::vector<std::pair<std::string, std::string>> options;  // letter or long name, argument
  std::vector<std::string> operands;
  std::string complaint;  // empty: success
  bool skip = false;      // the reference used a glibc extension we do not have
};

constexpr std::string_view with_argument = "mioFsc";

// Our long options (tools/cli.cpp's table, restated): letter 0 = ours only.
struct Long {
  const char* name;
  char letter;
  bool argument;
};
constexpr Long long_table[] = {
    {"curve", 'c', true},   {"passphrase-file", 'F', true}, {"mac-bits", 'm', true}, {"in", 'i', true},
    {"out", 'o', true},     {"signature-file", 's', true},  {"filter", 'f', false},  {"binary", 'b', false},
    {"append", 'a', false}, {"double-prompt", 'd', false},  {"verbose", 'v', false}, {"quiet", 'q', false},
    {"help", 'h', false},   {"version", 0, false},          {"key-file", 0, true},   {"passphrase-fd", 0, true},
    {"progress", 0, false}, {"no-progress", 0, false},
};
constexpr int own_base = 0x100;

// The reference: getopt / getopt_long with "+:fbadm:i:o:F:s:c:hvq".
Scan reference(std::vector<std::string> args, bool with_long) {
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<option> longopts;
  for (std::size_t k = 0; k < std::size(long_table); ++k) {
    const Long& l = long_table[k];
    longopts.push_back({l.name, l.argument ? required_argument : no_argument, nullptr,
                        l.letter ? l.letter : own_base + static_cast<int>(k)});
  }
  longopts.push_back({nullptr, 0, nullptr, 0});
  const int argc = static_cast<int>(args.size());
  Scan s;
  optind = 0;  // full re-initialisation (glibc)
  opterr = 0;
  for (;;) {
    int at = optind == 0 ? 1 : optind;  // a long option is always a word of its own
    int index = -1;
    int c = with_long ? getopt_long(argc, argv.data(), "+:fbadm:i:o:F:s:c:hvq", longopts.data(), &index)
                      : getopt(argc, argv.data(), "+:fbadm:i:o:F:s:c:hvq");
    if (c == -1) break;
    bool long_word = with_long && at < argc && std::string_view(args[at]).starts_with("--");
    if (c == '?' || c == ':') {
      if (long_word) s.complaint = "(long option)";  // any complaint will do
      else
        s.complaint = std::string(c == '?' ? "invalid option -- '" : "option requires an argument -- '") +
                      static_cast<char>(optopt) + "'";
      return s;
    }
    if (long_word) {
      std::string_view word = std::string_view(args[at]).substr(2);
      word = word.substr(0, word.find('='));
      if (index < 0 || word != longopts[index].name) {  // an abbreviation
        s.skip = true;
        return s;
      }
    }
    std::string value = optarg ? optarg : "";  // glibc resets optarg on each call
    if (c >= own_base) {
      const Long& l = long_table[c - own_base];
      // Kept long: "--name" or "--name=value".
      s.options.emplace_back(std::string("--") + l.name, l.argument ? "=" + value : "");
    } else {
      s.options.emplace_back(std::string(1, static_cast<char>(c)), value);
    }
  }
  for (int i = optind; i < argc; ++i) s.operands.push_back(args[i]);
  return s;
}

// Reads normalise_argv's output back: argv[0], options, "--", operands.
Scan read_back(const std::vector<std::string>& out, const std::string& argv0) {
  FUZZ_CHECK(!out.empty() && out[0] == argv0);
  Scan s;
  std::size_t i = 1;
  for (; i < out.size() && out[i] != "--"; ++i) {
    const std::string& t = out[i];
    FUZZ_CHECK(t.size() >= 2 && t[0] == '-');
    if (t[1] == '-') {  // one of our own long options, as one word
      std::string name = t.substr(0, t.find('='));
      std::string value = t.find('=') == std::string::npos ? "" : t.substr(t.find('='));
      s.options.emplace_back(name, value);
      continue;
    }
    std::string letter(1, t[1]);
    if (with_argument.find(t[1]) == std::string_view::npos) {
      FUZZ_CHECK(t.size() == 2);  // one flag per token
      s.options.emplace_back(letter, "");
    } else if (t.size() > 2) {
      FUZZ_CHECK(t[2] == '-');  // attached only when the value starts with '-'
      s.options.emplace_back(letter, t.substr(2));
    } else {
      FUZZ_CHECK(i + 1 < out.size());
      const std::string& value = out[++i];
      FUZZ_CHECK(value.empty() || value[0] != '-');  // so never taken for an option or "--"
      s.options.emplace_back(letter, value);
    }
  }
  FUZZ_CHECK(i < out.size());  // the "--" is always there
  s.operands.assign(out.begin() + static_cast<std::ptrdiff_t>(i) + 1, out.end());
  return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  bool with_long = data[0] & 1;
  std::string_view text = fuzz::as_text({data + 1, size - 1});
  std::vector<std::string> args{"seccure-fuzz"};
  if (!text.empty()) {
    std::size_t at = 0;
    for (;;) {
      std::size_t nul = text.find('\0', at);
      args.emplace_back(text.substr(at, nul == std::string_view::npos ? std::string_view::npos : nul - at));
      if (nul == std::string_view::npos) break;
      at = nul + 1;
    }
  }
  if (args.size() > 64) return 0;

  std::vector<std::string> copy = args;
  std::vector<char*> argv;
  for (auto& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  auto result = seccure::cli::normalise_argv(static_cast<int>(copy.size()), argv.data(), with_long);
  FUZZ_CHECK(copy == args);  // argv is left alone

  Scan want = reference(args, with_long);
  if (want.skip) return 0;
  // A deliberate difference from getopt_long: an empty --key-file or
  // --passphrase-fd value is a usage error here (CLI11 would otherwise take
  // the next word as the value). getopt_long accepts it; skip such inputs.
  if (with_long)
    for (std::size_t i = 1; i < args.size(); ++i)
      for (std::string_view name : {"--key-file", "--passphrase-fd"})
        if (args[i] == std::string(name) + "=" || (args[i] == name && i + 1 < args.size() && args[i + 1].empty()))
          return 0;
  if (auto* complaint = std::get_if<std::string>(&result)) {
    FUZZ_CHECK(!want.complaint.empty());
    if (want.complaint != "(long option)") FUZZ_CHECK(*complaint == want.complaint);
    return 0;
  }
  FUZZ_CHECK(want.complaint.empty());
  Scan got = read_back(std::get<std::vector<std::string>>(result), args[0]);
  FUZZ_CHECK(got.options == want.options);
  FUZZ_CHECK(got.operands == want.operands);
  return 0;
}
