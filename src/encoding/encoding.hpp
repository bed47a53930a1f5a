// The internal half of seccure/encoding.hpp (defined in encoding.cpp, not
// installed).
#pragma once
#include <optional>

#include "seccure/encoding.hpp"

namespace seccure {

// Re-expresses the big-endian integer `value` in exactly `len` bytes
// (left-padded with zeros); nullopt if it does not fit. Branches on the
// value's leading zeros: public values only.
std::optional<Bytes> fit_bytes(ByteView value, std::size_t len);

}  // namespace seccure
