// seccure-verify: check a signature of a stream (FORMAT.md §5).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "cli/cli.hpp"
#include "seccure/ecdsa.hpp"
#include "base/stream.hpp"

using namespace seccure;

namespace {

constexpr cli::ToolInfo info{"seccure-verify", "Verify the signature of a message",
                             "[-f] [-b] [-a] [-c curve] [-s sigfile] [-i infile] [-o outfile] [-v] [-q] key "
                             "[signature]",
                             1, 2, false, true, false, {}, false, true};

// The original reads the signature as a C string: it ends at the first NUL.
std::string_view as_c_string(std::string_view text) { return text.substr(0, text.find('\0')); }

// The first line of a signature file, cut at a space, CR or LF (FORMAT.md §8);
// binary signatures are the file's first sig_bin bytes.
std::optional<Bytes> read_signature_file(const cli::Session& s, const std::string& path, std::size_t max) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) s.fatal(cli::file_reason("Cannot open signature file", path) + ": " + std::strerror(errno));
  Bytes data(max);
  std::size_t got = 0;
  while (got < max) {
    ssize_t r = cli::read_retrying(fd, data.data() + got, max - got);
    if (r < 0) {
      int err = errno;
      ::close(fd);
      s.fatal(cli::file_reason("Cannot read signature", path) + ": " + std::strerror(err));
    }
    if (r == 0) break;
    got += static_cast<std::size_t>(r);
    if (!s.opt.binary && std::memchr(data.data(), '\n', got)) break;
  }
  ::close(fd);
  data.resize(got);
  return data;
}

int run(cli::Session& s) {
  std::size_t sources = (s.opt.args.size() > 1) + (s.opt.sigfile ? 1 : 0) + (s.opt.append ? 1 : 0);
  if (sources != 1) s.fatal("Exactly one signature has to be specified");
  if (s.opt.args.size() > 1 && s.opt.binary) s.fatal("Binary signature is not accepted here");
  const std::string& key_text = s.opt.args[0];
  const CurveParams& curve = s.curve_for_key(0, key_text, "Invalid verification key (wrong length)");
  s.verbose_version();
  s.verbose("CURVE", curve.name);
  PublicKey key = s.public_key(curve, key_text, "verification key");

  const std::size_t sig_len = s.opt.binary ? curve.sig_bin : curve.sig_compact;
  std::string sig_text;  // compact forms
  Bytes sig_bin;
  if (s.opt.args.size() > 1) sig_text = s.opt.args[1];
  if (s.opt.sigfile) {
    // The original reads at most sig_compact + 1 characters of the line.
    auto data = read_signature_file(s, *s.opt.sigfile, s.opt.binary ? sig_len : sig_len + 1);
    if (s.opt.binary) {
      if (data->size() < sig_len) {
        s.failure(cli::said(Problem::invalid_signature_length, "", "!\n"));
        return 1;
      }
      sig_bin = *data;
    } else {
      std::string line(data->begin(), data->end());
      sig_text = as_c_string(line.substr(0, line.find_first_of(" \r\n")));
    }
  }

  Verifier verifier(key);
  s.input_prompt("Go ahead and type your message ...\n");
  // The front copies the message (-f) only once its signature has verified
  // (FORMAT.md §9.3): a first pass checks, a second releases the same bytes.
  const bool checked_first = s.opt.front && s.opt.filter && !s.opt.stream;
  if (checked_first) s.begin_replay({});
  // An appended compact signature may have gained a line end or blanks (an
  // editor's final newline): the front holds back a little more and drops
  // trailing blanks before the signature; the signed bytes are unchanged.
  const std::size_t slack = s.opt.front && s.opt.append && !s.opt.binary ? 64 : 0;
  const std::size_t held = s.opt.append ? sig_len + slack : 0;
  TailSplitter tail(held);
  Bytes first = s.read_input_exact(s.opt.append ? sig_len : 0);
  if (first.size() < (s.opt.append ? sig_len : 0)) s.fatal(Problem::input_too_short);
  auto body = [&](ByteView data) {
    verifier.update(data);
    if (s.opt.filter && !checked_first) s.output().write(data);
  };
  auto take = [&](ByteView chunk) {
    if (checked_first) s.keep_for_replay(chunk);
    tail.push(chunk, body);
  };
  take(first);
  s.read_input([&](std::span<std::uint8_t> chunk) { take(chunk); });
  // The held-back tail: message bytes (only with slack), the signature,
  // trailing blanks (only with slack).
  std::size_t blanks = 0, message_in_tail = 0;
  if (s.opt.append) {
    ByteView t = tail.tail();
    if (slack) {
      while (blanks < t.size() && std::strchr(" \t\r\n", t[t.size() - 1 - blanks])) ++blanks;
      if (t.size() - blanks < sig_len) s.fatal(Problem::input_too_short);
      message_in_tail = t.size() - blanks - sig_len;
      body(t.first(message_in_tail));
      t = t.subspan(message_in_tail, sig_len);
    }
    if (s.opt.binary)
      sig_bin.assign(t.begin(), t.end());
    else
      sig_text = as_c_string(std::string(t.begin(), t.end()));
  }

  SignatureParse parsed = s.opt.binary ? parse_binary_signature(curve, sig_bin)
                                       : parse_compact_signature(curve, sig_text);
  if (auto* err = std::get_if<SignatureParseError>(&parsed)) {
    if (s.opt.front && problem_of(*err) == Problem::invalid_signature_length) {
      // Say what was read, and the usual cause: a file name given where
      // the signature was expected (-s forgotten).
      std::string why = "The signature has " + std::to_string(s.opt.binary ? sig_bin.size() : sig_text.size()) +
                        (s.opt.binary ? " bytes" : " characters") + "; a signature on " +
                        std::string(short_name(curve)) + " has " + std::to_string(sig_len);
      struct stat st;
      if (s.opt.args.size() > 1 && ::stat(s.opt.args[1].c_str(), &st) == 0)
        why += " (" + cli::quoted(s.opt.args[1]) + " is a file: give a signature file with -s, the message with -i)";
      else if (s.opt.sigfile)
        why += " (" + cli::quoted(*s.opt.sigfile) + " is empty or holds no signature)";
      s.failure(why + ".\n");
      return 1;
    }
    s.failure(cli::said(problem_of(*err), "", "!\n"));
    return 1;
  }
  if (!verifier.finish(std::get<Bytes>(parsed))) {
    s.failure(cli::said(Problem::signature_forged, "", "!\n"));
    return 1;
  }
  if (checked_first) {
    s.replay(0);
    TailSplitter again(held);
    s.read_input([&](std::span<std::uint8_t> chunk) {
      again.push(chunk, [&](ByteView data) { s.output().write(data); });
    });
    if (message_in_tail) s.output().write(again.tail().first(message_in_tail));
  }
  s.status("Signature successfully verified!\n");
  return 0;
}

}  // namespace

namespace seccure::tools {
const cli::Tool verify{info, run};
}
