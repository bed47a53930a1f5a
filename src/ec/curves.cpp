#include "seccure/curves.hpp"

#include <string>

#include "ec/curve_table.hpp"

namespace seccure {

using detail::curve_table;

std::span<const CurveParams> all_curves() { return curve_table; }

const CurveParams* curve_by_name(std::string_view fragment) {
  // seccure takes the first curve whose name contains the fragment, so "p",
  // "r1" or "" meant secp112r1, the weakest. A fragment must be long enough
  // and name the size it selects (FORMAT.md §1.2, §9).
  if (fragment.size() < min_curve_fragment) return nullptr;
  for (const auto& c : curve_table)
    if (c.name.find(fragment) != std::string_view::npos)
      return fragment.find(std::to_string(c.bits)) != std::string_view::npos ? &c : nullptr;
  return nullptr;
}

const CurveParams* curve_by_pk_compact_length(std::size_t length) {
  for (const auto& c : curve_table)
    if (c.pk_compact == length) return &c;
  return nullptr;
}

bool nonces_biased(const CurveParams& curve) {
  // n / 256^order_bin from n's leading hex digits (the hex has no leading
  // zeros); a double's 53 bits are plenty to tell 1 - 2^-31 from 0.99.
  std::string_view n = curve.n;
  std::size_t k = n.size() < 13 ? n.size() : 13;
  double lead = 0;
  for (char c : n.substr(0, k)) lead = lead * 16 + (c <= '9' ? c - '0' : c - 'a' + 10);
  // Divisions by 16 are exact in binary floating point; std::ldexp would
  // do the same, but is the one libm function the program would need (a
  // shared library more to load on every run).
  double ratio = lead;
  for (std::size_t i = 0; i < k + 2 * curve.order_bin - n.size(); ++i) ratio /= 16;
  return ratio > 0.5 && ratio < 1 - 1.0 / (1 << 20);
}

}  // namespace seccure
