// Public keys: PublicKey::from_compact and from_binary on the curve the
// first input byte names; a key that parses must encode back to exactly its
// input, and its three forms (compact, binary, affine) must agree.
#include "common.hpp"
#include "seccure/encoding.hpp"

using namespace seccure;

namespace {

void check_key(const PublicKey& k) {
  auto bin = k.to_binary();
  FUZZ_CHECK(bin.size() == k.curve().pk_bin);
  auto from_bin = PublicKey::from_binary(k.curve(), bin);
  FUZZ_CHECK(from_bin && *from_bin == k);
  auto from_xy = PublicKey::from_affine(k.curve(), k.x(), k.y());
  FUZZ_CHECK(from_xy && *from_xy == k);
  auto text = k.to_compact();
  FUZZ_CHECK(text.size() == k.curve().pk_compact);
  auto from_text = PublicKey::from_compact(k.curve(), text);
  FUZZ_CHECK(from_text && *from_text == k);
}

void try_compact(const CurveParams& c, std::string_view text) {
  auto k = PublicKey::from_compact(c, text);
  if (!k) return;
  FUZZ_CHECK(text.size() == c.pk_compact);
  FUZZ_CHECK(k->to_compact() == text);
  check_key(*k);
}

void try_binary(const CurveParams& c, ByteView data) {
  auto k = PublicKey::from_binary(c, data);
  if (!k) return;
  FUZZ_CHECK(data.size() == c.pk_bin);
  auto bin = k->to_binary();
  FUZZ_CHECK(std::equal(bin.begin(), bin.end(), data.begin(), data.end()));
  check_key(*k);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::Input in(data, size);
  const CurveParams& c = fuzz::curve_of(in.byte());
  ByteView rest = in.rest();
  // As given (any length), and cut to the exact length so that random
  // inputs reach the point decoding.
  try_compact(c, fuzz::as_text(rest));
  try_binary(c, rest);
  if (rest.size() > c.pk_compact) try_compact(c, fuzz::as_text(rest.first(c.pk_compact)));
  if (rest.size() > c.pk_bin) try_binary(c, rest.first(c.pk_bin));
  return 0;
}
