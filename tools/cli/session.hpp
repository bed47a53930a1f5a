// A tool's run: its options, messages, curve and MAC defaults, the
// passphrase and the private key, the data input (with the progress line)
// and the output; and the front's check-then-decrypt of a ciphertext.
#pragma once
#include <sys/types.h>
#include <unistd.h>

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "io.hpp"
#include "options.hpp"
#include "output.hpp"
#include "passphrase.hpp"
#include "progress.hpp"
#include "replay.hpp"
#include "tool.hpp"
#include "seccure/curves.hpp"
#include "seccure/ecies.hpp"  // DecryptStatus
#include "seccure/keys.hpp"
#include "seccure/secure.hpp"

namespace seccure::cli {

// A curve by the front's names (FORMAT.md §1.2 and the usual aliases,
// P-256, prime256v1, in any case); Fatal with the list of curves otherwise.
const CurveParams& front_curve(std::string_view name);

class Session {
public:
  Session(const ToolInfo& tool, Options opts);

  const ToolInfo& tool;
  Options opt;

  // Messages. status(): stderr unless -q. note(): stderr always.
  void status(std::string_view text) const;
  void note(std::string_view text) const;
  // The front's warning before signing on a curve whose nonces are biased
  // (FORMAT.md §5.1); the seccure-* programs keep the original's stderr.
  void warn_biased_nonces(const CurveParams& curve) const;
  // A failure's own line (forged, inconsistent header...): quiet-able in the
  // seccure-* programs as in the original; the front always says why it
  // failed.
  void failure(std::string_view text) const { opt.front ? note(text) : status(text); }
  // Results that go to stdout (never to -o).
  void print(std::string_view text) const;
  // The original's -v lines: "LABEL: " is quiet-able, the value is not.
  void verbose(std::string_view label, std::string_view value) const;
  void verbose_version() const;
  [[noreturn]] void fatal(std::string_view reason) const;
  [[noreturn]] void fatal(Problem problem) const { fatal(message(problem)); }

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
  // Called when that passphrase was empty: the front refuses (Exit 1), the
  // seccure-* programs warn.
  void refuse_or_warn_empty_passphrase() const;

  // True when the curve at -c position `index` was neither given nor named
  // by a key file: the default was assumed.
  bool curve_assumed(std::size_t index) const {
    return opt.curves.size() <= index && !(index == 0 && identity_.curve) && !opt.key_curve;
  }

  // A password (for a protected key file) from the terminal; `twice` asks
  // again and compares. Empty passwords are refused.
  SecureBuffer read_password(std::string_view prompt, bool twice) const;
  // The password of the protected key file `path` (--password-fd, or asked).
  SecureBuffer key_file_password(const std::string& path) const;

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

  // The front's two passes (FORMAT.md §9.3). begin_replay: the input from
  // here (its `header` already read) will be read again; a regular file is
  // re-read, anything else spooled to an unlinked temporary file.
  // keep_for_replay: each chunk of the first pass. replay: the second pass
  // begins; it returns the header read again, and read_input then hands out
  // only blocks identical to those of the first pass (else Fatal).
  void begin_replay(ByteView header);
  void keep_for_replay(ByteView chunk);
  Bytes replay(std::size_t header_len);
  // What the front holds back until the check, as a verb.
  std::string_view releasing() const { return tool.output_is_secret ? "decrypting" : "copying"; }
  std::string_view release() const { return tool.output_is_secret ? "decrypt" : "copy it"; }

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

  // How the front's failure note of decrypt and veridec ends: whether any
  // plaintext went out (only with --stream).
  std::string_view released_note() const {
    if (!opt.stream) return " Nothing was decrypted.\n";
    // (--stream with -o: the target was never created; nothing to disown.)
    return out_.written() > 0 && !opt.outfile ? " Do not use what was written.\n" : " Nothing was written.\n";
  }

  // decrypt and veridec: reads the header of `header_len` bytes, opens a
  // decryptor on it with open(header) and runs decrypt_checked. Returns its
  // verdict, ok or forged; nullopt once "Abort: ..." has been said (a short
  // or invalid header); an input too short for its trailer is fatal.
  template <typename Open>
  std::optional<DecryptStatus> decrypt_input(const CurveParams& curve, std::size_t header_len,
                                             std::string_view trailer, Open open) {
    auto header = read_header(curve, header_len);
    if (!header) return std::nullopt;
    auto dec = open(ByteView(*header));
    if (!dec) {
      failure(opt.front ? "Not a ciphertext for " + std::string(short_name(curve)) +
                              ": its header is no point on that curve (not a seccure ciphertext, or one made "
                              "for another curve)." + std::string(released_note())
                        : said(Problem::inconsistent_header, "Abort: ", ".\n"));
      return std::nullopt;
    }
    DecryptStatus verdict = decrypt_checked(*dec, *header, open);
    if (verdict == DecryptStatus::too_short) {
      if (opt.front)
        fatal("The input is too short to hold its " + std::string(trailer) +
              ": it was truncated, or made with other options (-m)");
      fatal(Problem::input_too_short);
    }
    return verdict;
  }

  // The first `len` bytes of a ciphertext (decrypt, veridec): prompts on a
  // terminal, and says "Abort: Inconsistent header (too short)." and gives
  // nullopt when the input ends first.
  std::optional<Bytes> read_header(const CurveParams& curve, std::size_t len) const;

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
  std::size_t read_chunk(std::uint8_t* buf, std::size_t len) const;
  static bool looks_binary(ByteView data);
  void spool(ByteView data);
  std::string changed_input_reason() const;
  const CurveParams& curve_agreeing(std::size_t index, const std::optional<std::string>& named,
                                    std::string_view source) const;

  int in_fd_ = 0;
  mutable std::array<std::unique_ptr<std::uint8_t[]>, 2> in_bufs_;  // see read_input()
  int pw_fd_ = -1;      // -F file or --passphrase-fd, if any
  Identity identity_;   // the front's -F, read whole (read_identity)
public:
  // The front's -F key file (genkey -F re-seals its passphrase).
  Identity& identity() { return identity_; }
private:
  int spool_fd_ = -1;        // the front's copy of an input that cannot be re-read
  BlockHashes hashes_;       // of the first pass, checked by the second
  bool replaying_ = false;   // the second pass has begun
  off_t replay_from_ = -1;   // or where a regular input's ciphertext starts
  mutable Progress progress_;
  Output out_;
};

}  // namespace seccure::cli
