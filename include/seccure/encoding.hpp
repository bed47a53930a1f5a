// seccure's two encodings of unsigned integers (FORMAT.md §2): "binary" is
// fixed-length big-endian; "compact" is fixed-length base 90 over a printable
// alphabet, most significant digit first.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "seccure/secure.hpp"

namespace seccure {

inline constexpr std::string_view compact_alphabet =
    "!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_"
    "abcdefghijklmnopqrstuvwxyz{|}~";
static_assert(compact_alphabet.size() == 90);

// Number of base-90 digits of the largest value that fits in `bytes` bytes
// (clen(256^bytes - 1)), and the inverse: bytes needed for `digits` digits.
std::size_t compact_digits_for_bytes(std::size_t bytes);
std::size_t bytes_for_compact_digits(std::size_t digits);

// Encodes the big-endian integer `value` in exactly `digits` digits.
// Returns nullopt if the value needs more digits. Runs in time independent
// of the value (DH keys are secret).
std::optional<std::string> compact_encode(ByteView value, std::size_t digits);

// Decodes a compact string of any length into a big-endian integer of
// bytes_for_compact_digits(text.size()) bytes. nullopt on a character
// outside the alphabet.
std::optional<Bytes> compact_decode(std::string_view text);

std::string to_hex(ByteView data);

// `text` made safe to show on a terminal: printable ASCII and well-formed
// UTF-8 of printable code points (U+00A0 and above) are kept; control
// characters (escape sequences such as OSC 52, which writes the clipboard),
// C1 controls and malformed bytes become '?'. For text that comes from
// files and command lines (names, curve lines) on its way to a message.
std::string printable(std::string_view text);
std::optional<Bytes> from_hex(std::string_view hex);

}  // namespace seccure
