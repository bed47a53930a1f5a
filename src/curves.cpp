#include "seccure/curves.hpp"

#include "curve_table.hpp"

namespace seccure {

using detail::curve_table;

std::span<const CurveParams> all_curves() { return curve_table; }

const CurveParams* curve_by_name(std::string_view fragment) {
  for (const auto& c : curve_table)
    if (c.name.find(fragment) != std::string_view::npos) return &c;
  return nullptr;
}

const CurveParams* curve_by_pk_compact_length(std::size_t length) {
  for (const auto& c : curve_table)
    if (c.pk_compact == length) return &c;
  return nullptr;
}

}  // namespace seccure
