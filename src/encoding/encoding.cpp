#include "encoding/encoding.hpp"

#include <array>

#include "base/ct.hpp"

namespace seccure {
namespace {

constexpr std::array<int, 256> make_digit_table() {
  std::array<int, 256> t{};
  for (auto& v : t) v = -1;
  for (std::size_t i = 0; i < compact_alphabet.size(); ++i)
    t[static_cast<unsigned char>(compact_alphabet[i])] = static_cast<int>(i);
  return t;
}
constexpr auto digit_value = make_digit_table();

// value = value * mul + add over a big-endian byte array; returns the carry out.
unsigned mul_add(std::span<std::uint8_t> value, unsigned mul, unsigned add) {
  unsigned carry = add;
  for (std::size_t i = value.size(); i-- > 0;) {
    unsigned t = value[i] * mul + carry;
    value[i] = static_cast<std::uint8_t>(t & 0xff);
    carry = t >> 8;
  }
  return carry;
}

// value = value / 90 in place over a big-endian byte array; returns the remainder.
unsigned div90(std::span<std::uint8_t> value) {
  unsigned rem = 0;
  for (auto& b : value) {
    unsigned acc = (rem << 8) | b;
    b = static_cast<std::uint8_t>(acc / 90);
    rem = acc % 90;
  }
  return rem;
}

// compact_alphabet[d] without a secret-dependent memory index.
char digit_char_ct(unsigned d) {
  unsigned c = 0;
  for (unsigned i = 0; i < compact_alphabet.size(); ++i) {
    unsigned mask = 0u - static_cast<unsigned>(((i ^ d) - 1u) >> 31);  // all ones iff i == d (d < 90)
    c |= static_cast<unsigned char>(compact_alphabet[i]) & mask;
  }
  return static_cast<char>(c);
}

}  // namespace

std::size_t compact_digits_for_bytes(std::size_t bytes) {
  // Count digits of 256^bytes - 1 by repeated division.
  Bytes v(bytes, 0xff);
  std::size_t digits = 0;
  auto nonzero = [&] {
    for (auto b : v)
      if (b) return true;
    return false;
  };
  while (nonzero()) {
    div90(v);
    ++digits;
  }
  return digits;
}

std::size_t bytes_for_compact_digits(std::size_t digits) {
  // Bytes of 90^digits - 1.
  Bytes v(digits + 1, 0);  // 90 < 256, so digits+1 bytes always suffice
  v.back() = 1;
  for (std::size_t i = 0; i < digits; ++i) mul_add(v, 90, 0);
  // subtract one: 90^digits - 1
  for (std::size_t i = v.size(); i-- > 0;) {
    if (v[i]--) break;
  }
  std::size_t lead = 0;
  while (lead < v.size() && v[lead] == 0) ++lead;
  return v.size() - lead;
}

std::optional<std::string> compact_encode(ByteView value, std::size_t digits) {
  SecureBuffer work(value);
  std::string out(digits, compact_alphabet[0]);
  for (std::size_t i = digits; i-- > 0;) out[i] = digit_char_ct(div90(work.span()));
  unsigned rest = 0;
  for (std::size_t i = 0; i < work.size(); ++i) rest |= work[i];
  // Whether the value fits is a property of the lengths, not a secret.
  if (detail::ct_public_value(rest)) {
    wipe(out.data(), out.size());
    return std::nullopt;
  }
  return out;
}

std::optional<Bytes> compact_decode(std::string_view text) {
  Bytes value(bytes_for_compact_digits(text.size()), 0);
  for (char c : text) {
    int d = digit_value[static_cast<unsigned char>(c)];
    if (d < 0) return std::nullopt;
    mul_add(value, 90, static_cast<unsigned>(d));  // cannot overflow by construction
  }
  return value;
}

std::optional<Bytes> fit_bytes(ByteView value, std::size_t len) {
  std::size_t lead = 0;
  while (lead < value.size() && value[lead] == 0) ++lead;
  if (value.size() - lead > len) return std::nullopt;
  Bytes out(len, 0);
  std::copy(value.begin() + static_cast<std::ptrdiff_t>(lead), value.end(),
            out.end() - static_cast<std::ptrdiff_t>(value.size() - lead));
  return out;
}

std::string to_hex(ByteView data) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string s;
  s.reserve(data.size() * 2);
  for (auto b : data) {
    s.push_back(digits[b >> 4]);
    s.push_back(digits[b & 15]);
  }
  return s;
}

std::optional<Bytes> from_hex(std::string_view hex) {
  if (hex.size() % 2) return std::nullopt;
  auto nib = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  Bytes out(hex.size() / 2);
  for (std::size_t i = 0; i < out.size(); ++i) {
    int hi = nib(hex[2 * i]), lo = nib(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out[i] = static_cast<std::uint8_t>(hi << 4 | lo);
  }
  return out;
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    // A UTF-8 sequence: its length from the lead byte, then continuation
    // bytes; overlong forms, surrogates and C1 controls are refused.
    std::size_t len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    std::uint32_t cp = len == 2 ? c & 0x1f : len == 3 ? c & 0x0f : c & 0x07;
    bool ok = len != 0 && i + len <= text.size();
    for (std::size_t k = 1; ok && k < len; ++k) {
      auto cc = static_cast<unsigned char>(text[i + k]);
      ok = (cc & 0xc0) == 0x80;
      cp = cp << 6 | (cc & 0x3f);
    }
    ok = ok && cp >= 0xa0 && !(cp >= 0xd800 && cp <= 0xdfff) && cp <= 0x10ffff &&
         !(len == 3 && cp < 0x800) && !(len == 4 && cp < 0x10000);
    if (ok) {
      out.append(text.substr(i, len));
      i += len;
    } else {
      out += '?';
      ++i;
    }
  }
  return out;
}

}  // namespace seccure
