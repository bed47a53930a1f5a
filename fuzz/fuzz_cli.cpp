// The command-line scanner: seccure::cli::scan_argv on NUL-separated
// arguments from the input, checked against glibc's getopt in POSIX mode
// (the original is built with _POSIX_C_SOURCE: option parsing stops at the
// first operand): the same options in the same order with the same
// arguments, the same complaint, the same operands. The first input byte
// picks the scan: odd, with our long options (checked against getopt_long;
// inputs using glibc's abbreviations of long names, which we do not accept,
// are skipped); even, without (exactly getopt's "fbadm:i:o:F:s:c:hvq").
// Both getopt strings and the long options come from the option table.
#include <getopt.h>
#include <unistd.h>

#include <string>
#include <variant>
#include <vector>

#include "cli/options.hpp"
#include "common.hpp"

namespace {

struct Scan {
  std::vector<std::pair<std::string, std::string>> options;  // letter or long name, argument
  std::vector<std::string> operands;
  std::string complaint;  // empty: success
  bool skip = false;      // the reference used a glibc extension we do not have
};

constexpr int own_base = 0x100;

// An option as both sides name it: its letter, or "--name" for ours.
std::string key(const seccure::cli::OptionSpec& o) { return o.letter ? std::string(1, o.letter) : "--" + std::string(o.name); }

// The reference: getopt / getopt_long with "+:" and the table's letters.
Scan reference(std::vector<std::string> args, bool with_long) {
  const auto table = seccure::cli::option_table();
  const std::string letters = "+:" + seccure::cli::getopt_letters();
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<option> longopts;
  for (std::size_t k = 0; k < table.size(); ++k) {
    const auto& l = table[k];
    longopts.push_back({l.name.data(), l.argument() ? required_argument : no_argument, nullptr,
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
    int c = with_long ? getopt_long(argc, argv.data(), letters.c_str(), longopts.data(), &index)
                      : getopt(argc, argv.data(), letters.c_str());
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
    s.options.emplace_back(c >= own_base ? key(table[c - own_base]) : std::string(1, static_cast<char>(c)), value);
  }
  for (int i = optind; i < argc; ++i) s.operands.push_back(args[i]);
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
  auto result = seccure::cli::scan_argv(static_cast<int>(copy.size()), argv.data(), with_long);
  FUZZ_CHECK(copy == args);  // argv is left alone

  Scan want = reference(args, with_long);
  if (want.skip) return 0;
  // A deliberate difference from getopt_long: an empty --key-file or
  // --passphrase-fd or --public-out value is a usage error here (a file
  // name or a number). getopt_long accepts it; skip such inputs.
  if (with_long)
    for (std::size_t i = 1; i < args.size(); ++i)
      for (std::string_view name : {"--key-file", "--passphrase-fd", "--public-out"})
        if (args[i] == std::string(name) + "=" || (args[i] == name && i + 1 < args.size() && args[i + 1].empty()))
          return 0;
  if (auto* complaint = std::get_if<std::string>(&result)) {
    FUZZ_CHECK(!want.complaint.empty());
    if (want.complaint != "(long option)") FUZZ_CHECK(*complaint == want.complaint);
    return 0;
  }
  FUZZ_CHECK(want.complaint.empty());
  const auto& got = std::get<seccure::cli::Scan>(result);
  FUZZ_CHECK(got.options.size() == want.options.size());
  for (std::size_t i = 0; i < got.options.size(); ++i)
    FUZZ_CHECK(key(*got.options[i].option) == want.options[i].first && got.options[i].value == want.options[i].second);
  FUZZ_CHECK(got.operands == want.operands);
  return 0;
}
