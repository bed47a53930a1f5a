// The compact (base-90) and hex encodings: decode/encode round trips both
// ways, fit_bytes, from_hex/to_hex.
#include <cctype>

#include "common.hpp"
#include "encoding/encoding.hpp"

using namespace seccure;

namespace {

// The value of a big-endian byte string without its leading zeros.
ByteView significant(ByteView v) {
  while (!v.empty() && v[0] == 0) v = v.subspan(1);
  return v;
}
bool same_value(ByteView a, ByteView b) {
  a = significant(a);
  b = significant(b);
  return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 2048) return 0;  // the codecs are quadratic; lengths beyond keys' are not interesting
  ByteView in(data, size);
  std::string_view text = fuzz::as_text(in);

  // Text -> value -> text: a compact string is a fixed-length numeral.
  if (auto v = compact_decode(text)) {
    FUZZ_CHECK(v->size() == bytes_for_compact_digits(text.size()));
    auto again = compact_encode(*v, text.size());
    FUZZ_CHECK(again && *again == text);
    // One digit fewer works exactly when the leading digit is a zero digit.
    if (!text.empty()) {
      auto shorter = compact_encode(*v, text.size() - 1);
      FUZZ_CHECK(shorter.has_value() == (text[0] == compact_alphabet[0]));
      if (shorter) FUZZ_CHECK(*shorter == text.substr(1));
    }
  } else {
    FUZZ_CHECK(text.find_first_not_of(compact_alphabet) != std::string_view::npos);
  }

  // Bytes -> text -> bytes, with the number of digits the length calls for.
  std::size_t digits = compact_digits_for_bytes(size);
  FUZZ_CHECK(bytes_for_compact_digits(digits) >= size);
  auto enc = compact_encode(in, digits);
  FUZZ_CHECK(enc && enc->size() == digits);
  FUZZ_CHECK(enc->find_first_not_of(compact_alphabet) == std::string::npos);
  auto dec = compact_decode(*enc);
  FUZZ_CHECK(dec && same_value(*dec, in));
  auto fitted = fit_bytes(*dec, size);
  FUZZ_CHECK(fitted && std::equal(fitted->begin(), fitted->end(), in.begin(), in.end()));

  // fit_bytes to a length from the input: succeeds iff the value fits.
  if (size) {
    std::size_t len = data[0] % 40;
    auto f = fit_bytes(in, len);
    FUZZ_CHECK(f.has_value() == (significant(in).size() <= len));
    if (f) FUZZ_CHECK(f->size() == len && same_value(*f, in));
  }

  // Hex: from_hex accepts exactly even-length hex text, to_hex gives it back
  // in lower case.
  auto h = from_hex(text);
  bool is_hex = text.size() % 2 == 0 &&
                std::all_of(text.begin(), text.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
  FUZZ_CHECK(h.has_value() == is_hex);
  if (h) {
    std::string lower(text);
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    FUZZ_CHECK(to_hex(*h) == lower);
  }
  auto back = from_hex(to_hex(in));
  FUZZ_CHECK(back && std::equal(back->begin(), back->end(), in.begin(), in.end()));
  return 0;
}
