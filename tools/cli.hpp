// The shared command-line layer of the eight seccure tools: option parsing
// (seccure's getopt string "fbadm:i:o:F:s:c:hvq" on CLI11), messages,
// passphrase prompting, input and output files. No cryptography here: the
// tools call the library for that.
#pragma once
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "seccure/curves.hpp"
#include "seccure/keys.hpp"
#include "seccure/secure.hpp"

namespace seccure::cli {

inline constexpr std::string_view version = "0.5";

// Every tool accepts every option of the original's getopt string, each
// also by a long name (--curve for -c, ...), and some options of our own.
struct Options {
  std::vector<std::string> curves;  // -c, up to two (signcrypt/veridec)
  std::optional<std::string> pwfile, infile, outfile, sigfile;
  std::optional<std::size_t> mac_bytes;  // -m bits / 8
  bool filter = false, binary = false, append = false, double_prompt = false;
  bool verbose = false, quiet = false, help = false;
  // Ours only (long options).
  bool version = false;
  std::optional<std::string> key_file;  // --key-file: the public key argument
  std::optional<int> passphrase_fd;     // --passphrase-fd
  std::optional<bool> progress;         // --progress / --no-progress, last wins
  bool front = false;                   // run as `seccure COMMAND`
  bool stream = false;                  // --stream (front): release before the check
  // The front's key files.
  std::optional<std::string> public_out;  // genkey -p/--public-out
  bool protect = false;                   // genkey --protect
  std::optional<std::string> key_curve;   // the "# curve:" line of --key-file
  std::vector<std::string> args;        // positional arguments
};

struct ToolInfo {
  std::string_view name;      // "seccure-encrypt"
  std::string_view summary;   // one line
  std::string_view synopsis;  // options and arguments after the name
  std::size_t min_args, max_args;
  bool output_is_secret;      // -o files are created mode 0600 (decrypt, veridec)
  bool takes_key = false;         // the first argument is a public key (--key-file)
  bool takes_passphrase = false;  // reads a passphrase (--passphrase-fd)
  std::string_view man_page = {}; // the page named by the usage; default: name
  bool output_exclusive = false;  // -o makes a new file and never replaces one (genkey)
};

class Session;

// A tool as the `seccure` front dispatches to it.
struct Tool {
  const ToolInfo& info;
  int (*run)(Session&);
};

// Ends the program with "FATAL: <reason>." on stderr and exit status 1.
struct Fatal {
  std::string reason;
};
// Ends the program with the given status; the message was already printed.
struct Exit {
  int status;
};

// The original's wording of failures for an output file.
struct OutputMessages {
  std::string_view open_failed = "Cannot open output file";
  std::string_view write_failed = "Write error";
};

// The output of a tool: stdout, or the -o file. A regular -o file is built
// unnamed beside its target and only linked into place by commit(); until
// then nothing is visible, so a failure never leaves partial or unverified
// data behind and never destroys what was there.
class Output {
public:
  Output() = default;  // stdout
  using Messages = OutputMessages;
  // `secret`: the file is created mode 0600 and an existing file is never
  // left more accessible than that; otherwise 0644 or the existing mode.
  // `exclusive`: a new file only; an existing one is never replaced.
  static Output open_file(const std::string& path, bool secret, Messages messages = {}, bool exclusive = false);
  Output(Output&&) noexcept;
  Output& operator=(Output&&) noexcept;
  Output(const Output&) = delete;
  ~Output();

  void write(ByteView data);
  void commit();  // make the -o file appear; no-op for stdout and devices
  bool is_stdout() const { return !owned_; }
  std::uint64_t written() const { return written_; }

private:
  int fd_ = 1;
  bool owned_ = false, pending_ = false;
  std::string path_, temp_path_;
  int temp_slot_ = -1;  // temp_path_ as registered for removal on a signal
  std::uint64_t written_ = 0;
  Messages messages_;
  bool exclusive_ = false;
};

class Session {
public:
  Session(const ToolInfo& tool, Options opts);

  const ToolInfo& tool;
  Options opt;

  // Messages. status(): stderr unless -q. note(): stderr always.
  void status(std::string_view text) const;
  void note(std::string_view text) const;
  // Results that go to stdout (never to -o).
  void print(std::string_view text) const;
  // The original's -v lines: "LABEL: " is quiet-able, the value is not.
  void verbose(std::string_view label, std::string_view value) const;
  void verbose_version() const;
  [[noreturn]] void fatal(std::string_view reason) const;
  // The front's warning before signing on a curve whose nonces are biased
  // (FORMAT.md §5.1); the seccure-* programs keep the original's stderr.
  void warn_biased_nonces(const CurveParams& curve) const;

  // FORMAT.md §1.2 curve selection.
  const CurveParams& curve_named(std::string_view name) const;  // or fatal
  // The n-th -c (0 or 1) if given, else the default announced as
  // "Assuming <what> p160.".
  const CurveParams& curve_or_default(std::size_t index, std::string_view what) const;
  // The n-th -c if given, else by key length; `wrong_length` is the fatal
  // reason when the key's length matches no curve.
  const CurveParams& curve_for_key(std::size_t index, std::string_view key, std::string_view wrong_length) const;
  // A public key argument: wrong length / invalid point are fatal.
  PublicKey public_key(const CurveParams& curve, std::string_view text, std::string_view what) const;

  // -m, defaulting to 80 bits announced on stderr.
  std::size_t mac_bytes();

  // Reads the passphrase (FORMAT.md §8 sources) and derives the private key; the
  // passphrase only ever exists as its running hash.
  PrivateKey private_key(const CurveParams& curve, std::string_view what);

  // True when the curve at -c position `index` was neither given nor named
  // by a key file: the default was assumed.
  bool curve_assumed(std::size_t index) const {
    return opt.curves.size() <= index && !(index == 0 && identity_curve_) && !opt.key_curve;
  }

  // A password (for a protected key file) from the terminal; `twice` asks
  // again and compares. Empty passwords are refused.
  SecureBuffer read_password(std::string_view prompt, bool twice) const;
  static std::string empty_passphrase_reason(std::string_view source);

  // Refuses binary output (ciphertexts, binary signatures) for stdout when
  // it is a terminal, with a hint to use -o or a redirect.
  // `fd` 2: for what goes to stderr (seccure-sign's signature).
  void refuse_binary_to_terminal(int fd = 1) const;

  // Data input: the -i file or stdin.
  int input_fd() const { return in_fd_; }
  // Prints "Go ahead and ..." when the input is a terminal.
  void input_prompt(std::string_view text) const;
  // Reads the whole input in chunks; `chunk` is handed a view it may modify,
  // which stays unchanged until the callback after the next one returns.
  void read_input(const std::function<void(std::span<std::uint8_t>)>& chunk) const;
  // Reads exactly n bytes unless the input ends first; returns what was read.
  Bytes read_input_exact(std::size_t n) const;

  Output& output() { return out_; }

  // Decrypts the rest of the input into the output (decrypt, veridec),
  // returning finish()'s verdict. The seccure-* programs stream as the
  // original does. The front (unless --stream) releases nothing before the
  // whole input is vouched for: a first pass only checks, keeping the input
  // for a second one (a regular file is re-read; anything else is spooled
  // to an unlinked temporary file: the ciphertext, never the plaintext);
  // the second pass decrypts and checks again, so an input that changes in
  // between is caught. `reopen(header)` makes the second pass's decryptor.
  template <typename Decryptor, typename Reopen>
  auto decrypt_checked(Decryptor& dec, ByteView header, Reopen reopen) {
    if (!opt.front || opt.stream) return decrypt_rest(dec);
    // On a terminal, binary plaintext is refused: the first pass decrypts
    // to find out (and keeps nothing).
    const bool scan = !opt.outfile && ::isatty(1);
    bool binary = false;
    Bytes plain;
    begin_replay(header);
    read_input([&](std::span<std::uint8_t> chunk) {
      keep_for_replay(chunk);
      if constexpr (requires { dec.check_overlapped(chunk); }) {
        if (!scan) return dec.check_overlapped(chunk);
      }
      make_room(plain, chunk.size());
      dec.update(chunk, plain);
      binary = binary || looks_binary(plain);
    });
    wipe(plain.data(), plain.capacity());
    auto verdict = dec.finish();
    if (verdict != decltype(verdict)::ok) return verdict;
    if (binary) refuse_binary_to_terminal();
    Bytes again = replay(header.size());
    auto second = again == Bytes(header.begin(), header.end()) ? reopen(ByteView(again)) : std::nullopt;
    if (!second || decrypt_rest(*second) != verdict) fatal(changed_input_reason());
    return verdict;
  }

  // The first `len` bytes of a ciphertext (decrypt, veridec): prompts on a
  // terminal, and says "Abort: Inconsistent header (too short)." and gives
  // nullopt when the input ends first.
  std::optional<Bytes> read_header(std::size_t len) const;

  // Streams the rest of the input through a decryptor into the output
  // (update_overlapped where it has one: read_input keeps chunks intact long
  // enough) and returns finish()'s verdict.
  template <typename Decryptor>
  auto decrypt_rest(Decryptor& dec) {
    Bytes plain;
    read_input([&](std::span<std::uint8_t> chunk) {
      make_room(plain, chunk.size());
      if constexpr (requires { dec.update_overlapped(chunk, plain); })
        dec.update_overlapped(chunk, plain);
      else
        dec.update(chunk, plain);
      output().write(plain);
    });
    wipe(plain.data(), plain.capacity());
    return dec.finish();
  }

  // Empties a plaintext buffer for the next chunk's plaintext (at most the
  // chunk and the bytes held back from before), growing it first if needed
  // so that the vector never reallocates inside update(), which would free
  // old plaintext unwiped.
  static void make_room(Bytes& plain, std::size_t chunk) {
    std::size_t need = chunk + 2 * max_held_back;
    if (plain.capacity() < need) {
      wipe(plain.data(), plain.capacity());
      Bytes().swap(plain);
      plain.reserve(need);
    }
    plain.clear();
  }
  // More than the longest tag or signature a decryptor holds back.
  static constexpr std::size_t max_held_back = 512;

  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

private:
  // The progress line on stderr while the input is read (see read_input).
  struct Progress {
    bool enabled = false, forced = false, tty = false, started = false, drawn = false, done = false;
    bool stdout_tty = false;  // the auto line gives way to data on a terminal
    std::uint64_t total = 0, bytes = 0;  // total 0: unknown
    double start = 0, last_draw = 0, delay = 1.0;
  };
  std::size_t read_chunk(std::uint8_t* buf, std::size_t len) const;
  static bool looks_binary(ByteView data);
  void begin_replay(ByteView header);
  void keep_for_replay(ByteView chunk);
  Bytes replay(std::size_t header_len);
  std::string changed_input_reason() const;
  void progress_add(std::size_t n) const;
  void progress_draw(bool final) const;
  void progress_end() const;

  int in_fd_ = 0;
  mutable std::array<std::unique_ptr<std::uint8_t[]>, 2> in_bufs_;  // see read_input()
  int pw_fd_ = -1;  // -F file or --passphrase-fd, if any
  void read_identity(const std::string& path);
  const CurveParams& curve_agreeing(std::size_t index, const std::optional<std::string>& named,
                                    std::string_view source) const;
  SecureBuffer identity_hash_;  // the front's -F, read whole (read_identity)
  std::optional<std::string> identity_curve_, identity_public_;
  int spool_fd_ = -1;        // the front's copy of an input that cannot be re-read
  off_t replay_from_ = -1;   // or where a regular input's ciphertext starts
  mutable Progress progress_;
  Output out_;
};

// Runs a tool: parses the command line (usage on stderr and exit 2 when it is
// wrong; -h prints usage on stdout), opens -i/-o/-F like the original, calls
// run(), and turns Fatal/Exit into messages and exit statuses. `front`: run
// as `seccure SUBCOMMAND` (argv[0] is the subcommand): messages say
// "seccure encrypt" and errors about files name the file.
int main(int argc, char** argv, const ToolInfo& tool, const std::function<int(Session&)>& run,
         bool front = false);
inline int main(int argc, char** argv, const Tool& tool, bool front = false) {
  return main(argc, argv, tool.info, tool.run, front);
}

// Scans argv as the original's POSIX getopt does and rewrites it for CLI11:
// the options (one token per flag, "-Xvalue" or "-X" "value"), then "--",
// then the operands. On a wrong command line, the getopt-style complaint
// ("invalid option -- 'x'", "option requires an argument -- 'x'").
// With `long_options`, a word "--name" or "--name=value" in the option part
// is a long option: those of the letters become the letter ("-c" "p256"),
// our own stay long ("--key-file=FILE"); an unknown one is a complaint
// ("unrecognized option '--name'"). Without, the scan is exactly getopt's.
// With `front` (the seccure command), the scan is GNU-style: operands may
// come before options; value-taking options other than -c may be given only
// once; -p FILE is genkey's --public-out.
std::variant<std::vector<std::string>, std::string> normalise_argv(int argc, char** argv,
                                                                    bool long_options = false, bool front = false);

// The part of the usage text shared by -h and wrong command lines.
std::string usage(const ToolInfo& tool);

// "Cannot open input file" with the file's name when the `seccure` front
// runs (the seccure-* programs keep the original's texts).
std::string file_reason(std::string_view text, std::string_view path);

}  // namespace seccure::cli

// The tools, for the `seccure` front (each tools/seccure-*.cpp defines one).
namespace seccure::tools {
extern const cli::Tool key, encrypt, decrypt, sign, verify, signcrypt, veridec, dh;
int speed_main(int argc, char** argv);
}  // namespace seccure::tools
