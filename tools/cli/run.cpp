// Running a tool (run.hpp).
#include "run.hpp"

#include <unistd.h>

#include <cstdlib>

#include "io.hpp"
#include "options.hpp"
#include "passphrase.hpp"
#include "process.hpp"
#include "session.hpp"
#include "usage.hpp"
#include "seccure/curves.hpp"
#include "seccure/ecies.hpp"
#include "seccure/encoding.hpp"

namespace seccure::cli {
namespace {

// A -m value. The original reads it with atoi(), so "abc", "", "0x50" and
// "80x" all meant 0 (no MAC at all) and 2^32+80 meant 80: a typo silently
// dropped the integrity protection. Only decimal digits (an optional "+")
// are a number here; anything else is rejected (nullopt), and so is a value
// of 2^32 or more. A "-" with digits stays a number, out of range as in the
// original.
std::optional<long long> parse_mac_bits(std::string_view s) {
  bool neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty() || s.size() > 10) return std::nullopt;
  long long v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  if (v > 0xffffffffLL) return std::nullopt;
  return neg ? -1 : v;  // any negative value is out of range (even -0)
}

// SECCURE_LIST_OPTIONS: instead of running, the options that apply, one a
// line, as the completions offer them (tests/completions/test-bash.sh
// compares).
void list_options(const ToolInfo& tool, bool front) {
  std::string letters, out;
  for (const auto& o : option_table()) {
    if (!applies(o, tool, front)) continue;
    if (o.letter && letters.find(o.letter) == std::string::npos) out += std::string{'-', o.letter, '\n'};
    letters += o.letter;
    if (o.front_letter && front) out += std::string{'-', o.front_letter, '\n'};
    out += "--" + std::string(o.name) + '\n';
  }
  write_stdout(out);
}

// Whether an operand has the form of a compact public key: the base-90
// alphabet only, and a length some curve's keys have (FORMAT.md §1.1, §2).
bool looks_like_key(std::string_view a) {
  a = trim(a);
  return curve_by_pk_compact_length(a.size()) && a.find_first_not_of(compact_alphabet) == std::string_view::npos;
}

}  // namespace

// Returns whether the warning has been given (now or before).
static bool warn_unlocked_memory(bool already) {
  if (already || memory_locked()) return already;
  write_stderr("Warning: cannot lock memory; secrets may be swapped to disk (raise ulimit -l).\n");
  return true;
}

int main(int argc, char** argv, const ToolInfo& tool, const std::function<int(Session&)>& run, bool front) {
  harden_process();
  name_files_in_messages(front);
  const std::string name = display_name(tool, front);
  if (std::getenv("SECCURE_LIST_OPTIONS")) {
    list_options(tool, front);
    return 0;
  }
  Options o;
  try {
    o = parse_options(argc, argv, tool, front, name);
  } catch (const UsageError& e) {
    write_stderr(name + ": " + e.message + "\n" + usage(tool, front));
    return 2;
  }

  try {
    for (const auto& mac : o.mac_texts) {
      auto bits = parse_mac_bits(mac);
      // Not a number: a usage error (status 2). A number out of range keeps
      // the original's status 1.
      // The front says the rule (FORMAT.md §4).
      const std::string rule = front ? " " + quoted(mac) + ": a number of bits, a multiple of 8 from 0 to 256" : "";
      if (!bits) {
        write_text(2, said(Problem::invalid_mac_length, "FATAL: ", rule + ".\n"));
        return 2;
      }
      auto bytes = mac_bytes_for_bits(*bits);
      if (!bytes) throw Fatal{std::string(message(Problem::invalid_mac_length)) + rule};
      o.mac_bytes = *bytes;
    }
    if (o.help) {
      write_stdout(usage(tool, front) + option_help(tool, front));
      return 0;
    }
    if (o.version) {
      write_stdout(name + " (seccure++) " + std::string(version) + "\n");
      return 0;
    }
    std::size_t nargs = o.args.size() + (o.key_file ? 1 : 0);
    // The front takes the input file as the last operand too (seccure
    // decrypt -F alice.key report.enc); verify's second operand is the
    // file when the signature comes from -s or -a.
    const bool verify_file = tool.name == "seccure-verify" && (o.sigfile || o.append) && nargs == 2;
    // With --key-file, an operand that has the form of a key is a mistake
    // (two keys), not the input file.
    if (front && o.key_file)
      for (const auto& a : o.args)
        if (looks_like_key(a))
          throw Fatal{"Both --key-file and a key were given (" + quoted(a) +
                      " looks like a public key); give one of them"};
    bool from_operand = false;
    if (front && tool.reads_input() && !o.infile && (nargs == tool.max_args + 1 || verify_file)) {
      // The input file is the last operand, unless the last one is a key
      // and the first an existing file (seccure encrypt report.pdf KEY).
      std::size_t at = o.args.size() - 1;
      if (tool.takes_key && !o.key_file && o.args.size() >= 2 && looks_like_key(o.args.back()) &&
          !looks_like_key(o.args.front()) && ::access(o.args.front().c_str(), F_OK) == 0)
        at = 0;
      o.infile = o.args[at];
      o.args.erase(o.args.begin() + static_cast<std::ptrdiff_t>(at));
      --nargs;
      from_operand = true;
    }
    // Say what was understood when an operand taken as the input file is
    // missing and has the form of a key.
    if (from_operand && ::access(o.infile->c_str(), F_OK) != 0 && looks_like_key(*o.infile))
      throw Fatal{"Cannot open input file " + quoted(*o.infile) + ": " + errno_text(errno) +
                  " (it looks like a public key: the input file is the last operand; give the file with -i, or "
                  "the key first)"};
    if (nargs < tool.min_args || nargs > tool.max_args) {
      write_stderr(name + ": wrong number of arguments\n" + usage(tool, front));
      return 2;
    }
    // Pasted keys come with blanks around them.
    if (front && tool.takes_key && !o.key_file && !o.args.empty()) o.args[0] = std::string(trim(o.args[0]));
    if (o.key_file) {
      KeyFile kf = read_key_file(*o.key_file);
      o.args.insert(o.args.begin(), std::move(kf.key));
      o.key_curve = std::move(kf.curve);
    }
    o.front = front;
    Session session(tool, std::move(o));
    // Once, before anything secret is read, or after the run if a later
    // allocation was the first to fail. Not quiet-able: -q silences
    // chatter, not a weakness of the environment.
    bool warned = warn_unlocked_memory(false);
    int status = run(session);
    warn_unlocked_memory(warned);
    if (status == 0) session.output().commit();
    return status;
  } catch (const Fatal& f) {
    write_text(2, "FATAL: " + f.reason + ".\n");
    return 1;
  } catch (const Exit& e) {
    return e.status;
  } catch (const std::exception& e) {
    write_text(2, std::string("FATAL: Internal error: ") + e.what() + ".\n");
    return 1;
  }
}

}  // namespace seccure::cli
