// seccure-speed: how fast the library is on this machine, in the manner of
// `openssl speed`. Single thread; every operation goes through the public
// API, so it measures whatever curve engine the library was built with.
#include <time.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "seccure/curves.hpp"
#include "seccure/dh.hpp"
#include "seccure/ecdsa.hpp"
#include "seccure/ecies.hpp"
#include "seccure/keys.hpp"
#include "base/primitives.hpp"
#include "seccure/secure.hpp"

using namespace seccure;

namespace {

constexpr const char* json_schema = R"(JSON output (--json), one object:
  {"tool": "seccure-speed", "version": "0.5",
   "seconds": S, "timing": "cpu" | "elapsed",
   "curves": [ {"curve": "secp160r1", "key": N, "sign": N, "verify": N,
                "encrypt": N, "decrypt": N, "dh": N}, ... ],
   "bulk": {"curve": "secp160r1", "mib": M, "chunk_kib": 256,
            "encrypt": R, "decrypt": R, "sign": R} }
  "curve": the curve's name up to any '/' (secp256r1, not secp256r1/nistp256).
  N: operations per second; R: MB/s (1 MB = 10^6 bytes). "timing" "cpu":
  divided by the thread's CPU time (as `openssl speed`), "elapsed": by
  wall-clock time (--elapsed). Each rate is measured for S wall-clock seconds.
  "curves" lists the curves in seccure's order; "bulk" is null with
  --bulk-mib 0 and is measured on the first curve of "curves".)";

constexpr std::size_t message_len = 12;
constexpr std::size_t mac_bytes = default_mac_bytes;
constexpr std::size_t chunk_bytes = 256 * 1024;

double now_wall() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double now_cpu() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Runs `op` repeatedly for `seconds` of wall-clock time (at least once) and
// returns the rate: calls per second of CPU time (as `openssl speed`), or of
// wall-clock time with `elapsed`. `op` returns the amount of work it did.
struct Timer {
  double seconds;
  bool elapsed;

  double rate(const std::function<double()>& op) const {
    double wall0 = now_wall(), cpu0 = now_cpu(), work = 0;
    double deadline = wall0 + seconds;
    do work += op();
    while (now_wall() < deadline);
    double spent = elapsed ? now_wall() - wall0 : now_cpu() - cpu0;
    if (spent <= 0) spent = now_wall() - wall0;  // coarse CPU clock
    return work / spent;
  }
};

struct CurveResult {
  const CurveParams* curve;
  double key, sign, verify, encrypt, decrypt, dh;
};

struct BulkResult {
  const CurveParams* curve;
  std::size_t mib;
  double encrypt, decrypt, sign;  // MB/s
};

[[noreturn]] void broken(const std::string& what) {
  throw std::runtime_error("self-check failed: " + what);
}

// Counter-mode bytes, so every iteration sees a different input.
void vary(std::span<std::uint8_t> buf, std::uint64_t n) {
  for (std::size_t i = 0; i < 8 && i < buf.size(); ++i) buf[i] = static_cast<std::uint8_t>(n >> (8 * i));
}

Bytes ecies_encrypt(const PublicKey& pk, Bytes message) {
  EciesEncryptor enc(pk, mac_bytes);
  Bytes out(enc.header().begin(), enc.header().end());
  enc.encrypt(message);
  Bytes tag = enc.finish();
  out.insert(out.end(), message.begin(), message.end());
  out.insert(out.end(), tag.begin(), tag.end());
  return out;
}

CurveResult measure_curve(const CurveParams& curve, const Timer& t, const std::function<void(const char*)>& progress) {
  CurveResult r{&curve, 0, 0, 0, 0, 0, 0};
  std::uint64_t n = 0;
  volatile std::size_t sink = 0;

  progress("key");
  std::array<std::uint8_t, 24> pass{};
  std::copy_n("seccure-speed passphrase", pass.size(), pass.begin());
  r.key = t.rate([&] {
    vary(pass, ++n);
    sink = sink + PrivateKey::from_passphrase(curve, pass).public_key().to_compact().size();
    return 1.0;
  });

  PrivateKey key = PrivateKey::from_passphrase(curve, pass);
  PublicKey pub = key.public_key();

  progress("sign");
  std::array<std::uint8_t, 64> hash{};
  for (std::size_t i = 0; i < hash.size(); ++i) hash[i] = static_cast<std::uint8_t>(0xa5 ^ (i * 29));
  r.sign = t.rate([&] {
    vary(hash, ++n);
    Bytes sig = ecdsa_sign_hash(key, hash);
    if (sig.size() != curve.sig_bin) broken("signature length");
    return 1.0;
  });

  progress("verify");
  constexpr std::size_t n_sigs = 16;
  std::vector<std::array<std::uint8_t, 64>> hashes(n_sigs, hash);
  std::vector<Bytes> sigs;
  for (std::size_t i = 0; i < n_sigs; ++i) {
    vary(hashes[i], ++n);
    sigs.push_back(ecdsa_sign_hash(key, hashes[i]));
  }
  std::size_t k = 0;
  r.verify = t.rate([&] {
    std::size_t i = k++ % n_sigs;
    if (!ecdsa_verify_hash(pub, hashes[i], sigs[i])) broken("verify");
    return 1.0;
  });

  progress("encrypt");
  Bytes message(message_len);
  for (std::size_t i = 0; i < message_len; ++i) message[i] = static_cast<std::uint8_t>('a' + i);
  r.encrypt = t.rate([&] {
    sink = sink + ecies_encrypt(pub, message).size();
    return 1.0;
  });

  progress("decrypt");
  Bytes ct = ecies_encrypt(pub, message);
  ByteView header = ByteView(ct).first(curve.pk_bin), body = ByteView(ct).subspan(curve.pk_bin);
  Bytes plain;
  r.decrypt = t.rate([&] {
    plain.clear();
    auto dec = EciesDecryptor::open(key, header, mac_bytes);
    if (!dec) broken("decrypt header");
    dec->update(body, plain);
    if (dec->finish() != DecryptStatus::ok || plain != message) broken("decrypt");
    return 1.0;
  });

  progress("dh");
  PublicKey peer = PrivateKey::random(curve).public_key();
  r.dh = t.rate([&] {
    DiffieHellman ex(curve);
    auto keys = ex.complete(peer);
    if (!keys) broken("dh");
    sink = sink + keys->established.size();
    return 1.0;
  });
  (void)sink;
  return r;
}

BulkResult measure_bulk(const CurveParams& curve, std::size_t mib, const Timer& t,
                        const std::function<void(const char*)>& progress) {
  BulkResult r{&curve, mib, 0, 0, 0};
  const std::size_t total = mib * 1024 * 1024;
  Bytes data(total);
  AesCtr fill(Bytes(32, 0x5c));
  fill.keystream(data);

  PrivateKey key = PrivateKey::from_passphrase(curve, Bytes{'b', 'u', 'l', 'k'});
  PublicKey pub = key.public_key();
  const double megabytes = static_cast<double>(total) / 1e6;

  // One pass encrypts the buffer in place; the last pass's output (header,
  // ciphertext, tag) is what the decryption passes read.
  progress("bulk encrypt");
  Bytes header, tag;
  r.encrypt = t.rate([&] {
    EciesEncryptor enc(pub, mac_bytes);
    for (std::size_t off = 0; off < total; off += chunk_bytes)
      enc.encrypt(std::span<std::uint8_t>(data).subspan(off, std::min(chunk_bytes, total - off)));
    tag = enc.finish();
    header.assign(enc.header().begin(), enc.header().end());
    return megabytes;
  });

  progress("bulk decrypt");
  Bytes plain;
  plain.reserve(chunk_bytes + max_mac_bytes);
  r.decrypt = t.rate([&] {
    auto dec = EciesDecryptor::open(key, header, mac_bytes);
    if (!dec) broken("bulk decrypt header");
    volatile std::uint8_t acc = 0;
    for (std::size_t off = 0; off < total; off += chunk_bytes) {
      plain.clear();
      dec->update(ByteView(data).subspan(off, std::min(chunk_bytes, total - off)), plain);
      if (!plain.empty()) acc = acc ^ plain.back();
    }
    plain.clear();
    dec->update(tag, plain);
    if (dec->finish() != DecryptStatus::ok) broken("bulk decrypt");
    (void)acc;
    return megabytes;
  });

  progress("bulk sign");
  r.sign = t.rate([&] {
    Signer signer(key);
    for (std::size_t off = 0; off < total; off += chunk_bytes)
      signer.update(ByteView(data).subspan(off, std::min(chunk_bytes, total - off)));
    if (signer.finish().size() != curve.sig_bin) broken("bulk sign");
    return megabytes;
  });
  return r;
}

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char ch : s) {
    if (ch == '"' || ch == '\\') out += '\\';
    out += ch;
  }
  return out + "\"";
}

std::string num(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

void print_table(const std::vector<CurveResult>& rows, const std::optional<BulkResult>& bulk, const Timer& t) {
  std::printf("seccure-speed 0.5: operations per second, single thread, %s s each, %s time\n",
              num(t.seconds, t.seconds < 1 ? 2 : 1).c_str(), t.elapsed ? "wall-clock" : "CPU");
  std::printf("%-20s %10s %10s %10s %10s %10s %10s\n", "curve", "key/s", "sign/s", "verify/s", "encrypt/s",
              "decrypt/s", "dh/s");
  for (const auto& r : rows)
    std::printf("%-20s %10.1f %10.1f %10.1f %10.1f %10.1f %10.1f\n", std::string(r.curve->name).c_str(), r.key,
                r.sign, r.verify, r.encrypt, r.decrypt, r.dh);
  if (bulk)
    std::printf("\nbulk, %s, %zu MiB in memory, %zu KiB chunks (1 MB = 10^6 bytes):\n"
                "  encrypt %8.1f MB/s\n  decrypt %8.1f MB/s\n  sign    %8.1f MB/s\n",
                std::string(short_name(*bulk->curve)).c_str(), bulk->mib, chunk_bytes / 1024, bulk->encrypt, bulk->decrypt,
                bulk->sign);
}

void print_json(const std::vector<CurveResult>& rows, const std::optional<BulkResult>& bulk, const Timer& t) {
  std::string out = "{\"tool\": \"seccure-speed\", \"version\": \"0.5\", \"seconds\": " + num(t.seconds, 3) +
                    ", \"timing\": " + (t.elapsed ? "\"elapsed\"" : "\"cpu\"") + ",\n \"curves\": [";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    out += std::string(i ? ",\n  " : "\n  ") + "{\"curve\": " + json_string(short_name(*r.curve)) +
           ", \"key\": " + num(r.key, 1) + ", \"sign\": " + num(r.sign, 1) + ", \"verify\": " + num(r.verify, 1) +
           ", \"encrypt\": " + num(r.encrypt, 1) + ", \"decrypt\": " + num(r.decrypt, 1) +
           ", \"dh\": " + num(r.dh, 1) + "}";
  }
  out += "],\n \"bulk\": ";
  if (bulk)
    out += "{\"curve\": " + json_string(short_name(*bulk->curve)) + ", \"mib\": " + std::to_string(bulk->mib) +
           ", \"chunk_kib\": " + std::to_string(chunk_bytes / 1024) + ", \"encrypt\": " + num(bulk->encrypt, 1) +
           ", \"decrypt\": " + num(bulk->decrypt, 1) + ", \"sign\": " + num(bulk->sign, 1) + "}";
  else
    out += "null";
  out += "}\n";
  std::fputs(out.c_str(), stdout);
}

}  // namespace

// Also `seccure speed` (tools/programs/seccure.cpp).
namespace seccure::tools {
int speed_main(int argc, char** argv);
}

int seccure::tools::speed_main(int argc, char** argv) {
  // As the other commands: "seccure speed" under the front (argv[0] is the
  // subcommand there), --version, -q, exit status 2 for a wrong command line.
  const std::string name = std::string_view(argv[0]) == "speed" ? "seccure speed" : "seccure-speed";
  // A parser of its own (the options below, POSIX and GNU forms): a
  // command-line library would bring iostreams and static objects that
  // every run of every tool of this program pays for at start-up
  // (BENCHMARKS.md, "Start-up and linking").
  struct Opt {
    const char* letter;  // "-c", or null
    const char* name;    // "--curve"
    const char* arg;     // "CURVE", or null for a flag
    const char* help;
  };
  static constexpr Opt opts[] = {
      {"-h", "--help", nullptr, "Print this help message and exit"},
      {"-c", "--curve", "CURVE", "Measure only this curve (named as -c of the tools)"},
      {nullptr, "--json", nullptr, "Print JSON instead of a table (schema below)"},
      {nullptr, "--seconds", "S", "Seconds per measurement (default 1; fractions allowed)"},
      {nullptr, "--bulk-mib", "M", "MiB of the in-memory bulk buffer (default 64; 0 skips bulk)"},
      {nullptr, "--elapsed", nullptr, "Divide by wall-clock time instead of the thread's CPU time"},
      {"-q", "--quiet", nullptr, "No progress line on standard error"},
      {nullptr, "--version", nullptr, "Print the version and exit"},
  };
  std::string curve_name;
  bool json = false, elapsed = false, quiet = false, version = false, help = false;
  double seconds = 1.0;
  std::size_t bulk_mib = 64;
  // A wrong command line as in the other commands: "NAME: reason", the
  // usage, exit status 2.
  auto wrong = [&](const std::string& why) {
    std::fprintf(stderr, "%s: %s\nUsage: %s [-c curve] [--json] [--seconds S] [--bulk-mib M] [--elapsed] [-q]\n"
                 "See seccure-speed(1) for details.\n", name.c_str(), why.c_str(), name.c_str());
    return 2;
  };
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i], value;
    bool has_value = false;
    const Opt* o = nullptr;
    for (const Opt& c : opts) {
      std::size_t n = std::strlen(c.name);
      if (a == c.name || (c.arg && a.size() > n && a.compare(0, n, c.name) == 0 && a[n] == '=')) {
        o = &c;
        if (a.size() > n) value = a.substr(n + 1), has_value = true;
      } else if (c.letter && a.compare(0, 2, c.letter) == 0 && (a.size() == 2 || c.arg)) {
        o = &c;
        if (a.size() > 2) value = a.substr(2), has_value = true;
      }
      if (o) break;
    }
    if (!o)
      return wrong(a.size() > 1 && a[0] == '-' ? (a[1] == '-' ? "unrecognized option '" + a.substr(0, a.find('=')) + "'"
                                                              : "invalid option -- '" + a.substr(1, 1) + "'")
                                               : "wrong number of arguments");
    if (o->arg && !has_value) {
      if (i + 1 == argc) return wrong("option '" + std::string(o->name) + "' requires an argument");
      value = argv[++i];
    }
    std::string_view n = o->name;
    if (n == "--help") help = true;
    else if (n == "--curve") curve_name = value;
    else if (n == "--json") json = true;
    else if (n == "--elapsed") elapsed = true;
    else if (n == "--quiet") quiet = true;
    else if (n == "--version") version = true;
    else if (n == "--seconds") {
      char* end = nullptr;
      double d = std::strtod(value.c_str(), &end);
      if (value.empty() || *end) return wrong("invalid value '" + value + "' for --seconds: a number of seconds");
      if (!(d > 0 && d <= 3600)) return wrong("invalid value '" + value + "' for --seconds: more than 0, at most 3600");
      seconds = d;
    } else if (n == "--bulk-mib") {
      char* end = nullptr;
      unsigned long long m = std::strtoull(value.c_str(), &end, 10);
      if (value.empty() || *end || value[0] == '-' || m > (1u << 16))
        return wrong("invalid value '" + value + "' for --bulk-mib: a number from 0 to 65536");
      bulk_mib = static_cast<std::size_t>(m);
    }
  }
  if (help) {
    std::printf("%s: operations per second of the seccure++ library on this machine\n"
                "(single thread, like `openssl speed`), for each curve: key (passphrase to public\n"
                "key), sign and verify (ECDSA of a 64-byte hash), encrypt and decrypt (ECIES of a\n"
                "12-byte message), dh (one side of seccure-dh); then bulk MB/s of encrypt, decrypt\n"
                "and sign (SHA-512 streaming) on the first curve.\nUsage: %s [OPTIONS]\n\nOptions:\n",
                name.c_str(), name.c_str());
    for (const Opt& o : opts) {
      std::string left = o.letter ? std::string(o.letter) + "," + o.name : o.name;
      if (o.arg) left += std::string(" ") + o.arg;
      std::printf("  %-19s %s\n", left.c_str(), o.help);
    }
    std::printf("\n%s\n", json_schema);
    return std::fflush(stdout) == 0 ? 0 : 1;
  }
  if (version) {
    std::printf("%s (seccure++) 0.5\n", name.c_str());
    return std::fflush(stdout) == 0 ? 0 : 1;
  }

  std::vector<const CurveParams*> curves;
  if (!curve_name.empty()) {
    // The curve names of every other command (aliases too), and their
    // failure: FATAL and exit status 1.
    try {
      curves.push_back(&seccure::cli::front_curve(curve_name));
    } catch (const seccure::cli::Fatal& f) {
      std::fprintf(stderr, "FATAL: %s.\n", f.reason.c_str());
      return 1;
    }
  } else {
    for (const auto& c : all_curves()) curves.push_back(&c);
  }

  init();
  const Timer timer{seconds, elapsed};
  const bool show_progress = !quiet && isatty(2);
  std::string current;
  auto progress = [&](const char* what) {
    if (show_progress) std::fprintf(stderr, "\r\033[KDoing %s %s ...", current.c_str(), what);
  };

  try {
    std::vector<CurveResult> rows;
    for (const CurveParams* c : curves) {
      current = short_name(*c);
      rows.push_back(measure_curve(*c, timer, progress));
    }
    std::optional<BulkResult> bulk;
    if (bulk_mib > 0) {
      current = short_name(*curves.front());
      bulk = measure_bulk(*curves.front(), bulk_mib, timer, progress);
    }
    if (show_progress) std::fputs("\r\033[K", stderr);
    if (json)
      print_json(rows, bulk, timer);
    else
      print_table(rows, bulk, timer);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "\n%s: %s\n", name.c_str(), e.what());
    return 1;
  }
  return std::fflush(stdout) == 0 ? 0 : 1;
}
