// Shared helpers for the unit tests: locating and reading the test vectors
// made by the original seccure 0.5 (testvectors/README.md), hex, random
// chunkings and small independent big-integer helpers.
//
// The vectors are found through the environment variable SECCURE_SRC (the
// repository root; ctest sets it) or, failing that, the compile definition
// SECCURE_SOURCE_DIR. A missing vector file makes the test FAIL, never skip.
#pragma once
#include <doctest/doctest.h>
#include <gmpxx.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "seccure/curves.hpp"
#include "seccure/secure.hpp"

namespace tv {

using Bytes = std::vector<std::uint8_t>;

inline std::string source_dir() {
  if (const char* env = std::getenv("SECCURE_SRC"); env && *env) return env;
#ifdef SECCURE_SOURCE_DIR
  return SECCURE_SOURCE_DIR;
#else
  FAIL("SECCURE_SRC is not set: cannot find the test vectors");
  return {};
#endif
}

inline std::string vector_path(std::string_view rel) { return source_dir() + "/testvectors/" + std::string(rel); }

// Whole file as bytes; fails the test if the file cannot be read.
inline Bytes read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) FAIL("cannot open test vector file " << path);
  return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline Bytes read_vector_file(std::string_view rel) { return read_file(vector_path(rel)); }

// Independent hex decoder (lowercase or uppercase); fails on bad input.
inline Bytes unhex(std::string_view h) {
  auto nib = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  REQUIRE_MESSAGE(h.size() % 2 == 0, "odd-length hex in a vector file");
  Bytes out;
  out.reserve(h.size() / 2);
  for (std::size_t i = 0; i < h.size(); i += 2) {
    int hi = nib(h[i]), lo = nib(h[i + 1]);
    REQUIRE_MESSAGE((hi >= 0 && lo >= 0), "bad hex in a vector file");
    out.push_back(static_cast<std::uint8_t>(hi * 16 + lo));
  }
  return out;
}

inline std::string hex(seccure::ByteView b) {
  static const char* d = "0123456789abcdef";
  std::string s;
  for (auto c : b) {
    s.push_back(d[c >> 4]);
    s.push_back(d[c & 15]);
  }
  return s;
}

inline Bytes bytes_of(std::string_view s) { return Bytes(s.begin(), s.end()); }

using Row = std::vector<std::string>;

// The data lines of a TAB-separated vector file (comments skipped). Checks
// that every line has the columns named in its "# fields:" header and that
// the file holds exactly `expected_rows` vectors (so an empty or truncated
// file cannot pass vacuously).
inline std::vector<Row> read_table(std::string_view rel, std::size_t columns, std::size_t expected_rows) {
  Bytes raw = read_vector_file(rel);
  std::string text(raw.begin(), raw.end());
  std::vector<Row> rows;
  std::istringstream lines(text);
  std::string line;
  bool saw_fields = false;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    if (line[0] == '#') {
      if (line.rfind("# fields:", 0) == 0) saw_fields = true;
      continue;
    }
    Row row;
    std::size_t start = 0;
    for (;;) {
      std::size_t tab = line.find('\t', start);
      row.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    REQUIRE_MESSAGE(row.size() == columns, "wrong column count in " << rel << ": " << line.substr(0, 80));
    rows.push_back(std::move(row));
  }
  REQUIRE_MESSAGE(saw_fields, rel << " has no '# fields:' header");
  REQUIRE_MESSAGE(rows.size() == expected_rows, rel << " holds " << rows.size() << " vectors, expected " << expected_rows);
  return rows;
}

inline Bytes message(const std::string& name) { return read_vector_file("messages/" + name); }

// The curve whose full name is exactly `name` (as the vector files spell it).
inline const seccure::CurveParams& curve_named(std::string_view name) {
  for (const auto& c : seccure::all_curves())
    if (c.name == name) return c;
  FAIL("unknown curve name in vector file: " << name);
  throw 0;  // unreachable
}

// --- random data -----------------------------------------------------------

inline std::mt19937_64& rng() {
  static std::mt19937_64 r(0x5ecc0e2026ULL);
  return r;
}

inline std::size_t uniform(std::size_t lo, std::size_t hi) {  // inclusive
  return std::uniform_int_distribution<std::size_t>(lo, hi)(rng());
}

inline Bytes random_bytes(std::size_t n) {
  Bytes b(n);
  for (auto& c : b) c = static_cast<std::uint8_t>(uniform(0, 255));
  return b;
}

// Splits [0, total) into chunks: all 1-byte, a fixed odd size, or random
// sizes in [0, max_chunk] (empty chunks included).
inline std::vector<std::size_t> chunking(std::size_t total, int mode, std::size_t max_chunk = 97) {
  std::vector<std::size_t> sizes;
  std::size_t done = 0;
  while (done < total) {
    std::size_t s;
    if (mode == 0)
      s = 1;
    else if (mode == 1)
      s = 7;
    else
      s = uniform(0, max_chunk);
    s = std::min(s, total - done);
    sizes.push_back(s);
    done += s;
  }
  return sizes;
}

// --- independent big-integer helpers (GMP directly) ------------------------

inline mpz_class mpz_hex(std::string_view h) { return mpz_class(std::string(h), 16); }

inline mpz_class mpz_of(seccure::ByteView be) {
  mpz_class v = 0;
  for (auto c : be) v = v * 256 + c;
  return v;
}

inline Bytes bytes_of(const mpz_class& v, std::size_t len) {
  Bytes out(len, 0);
  mpz_class t = v;
  for (std::size_t i = len; i-- > 0;) {
    mpz_class r = t % 256;
    out[i] = static_cast<std::uint8_t>(r.get_ui());
    t /= 256;
  }
  REQUIRE_MESSAGE(t == 0, "value does not fit in " << len << " bytes");
  return out;
}

// Bytes of x (x > 0), and base-90 digits of x (x > 0).
inline std::size_t blen(const mpz_class& x) {
  std::size_t n = 0;
  for (mpz_class t = x; t != 0; t /= 256) ++n;
  return n;
}
inline std::size_t clen(const mpz_class& x) {
  std::size_t n = 0;
  for (mpz_class t = x; t != 0; t /= 90) ++n;
  return n;
}

inline constexpr std::string_view spec_alphabet =
    "!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~";

// Base-90 encoding of v in exactly `digits` digits (FORMAT.md §2), by GMP division.
inline std::string compact_of(const mpz_class& v, std::size_t digits) {
  std::string s(digits, '!');
  mpz_class t = v;
  for (std::size_t i = digits; i-- > 0;) {
    mpz_class r = t % 90;
    s[i] = spec_alphabet[r.get_ui()];
    t /= 90;
  }
  REQUIRE_MESSAGE(t == 0, "value does not fit in " << digits << " digits");
  return s;
}

inline mpz_class value_of_compact(std::string_view s) {
  mpz_class v = 0;
  for (char c : s) {
    auto d = spec_alphabet.find(c);
    REQUIRE(d != std::string_view::npos);
    v = v * 90 + static_cast<unsigned long>(d);
  }
  return v;
}

}  // namespace tv
