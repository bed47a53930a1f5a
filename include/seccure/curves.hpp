// The fifteen seccure curves (FORMAT.md §1). A curve is data: its domain
// parameters and seccure's encoding lengths, in seccure's order, which is part
// of the observable behaviour (name and key-length lookup take the first match).
#pragma once
#include <cstddef>
#include <span>
#include <string_view>

namespace seccure {

struct CurveParams {
  std::string_view name;  // full name as the tools print it
  unsigned bits;          // bits of p
  // Domain parameters, lowercase hex (SEC 2 / RFC 5639). All cofactors are 1.
  std::string_view p, a, b, gx, gy, n;
  // seccure's lengths (FORMAT.md §1.1); tests re-derive them from p and n.
  std::size_t pk_bin, pk_compact, sig_bin, sig_compact, elem_bin, order_bin, dh_bin, dh_compact;
};

// The first of a curve's names ("secp256r1" of "secp256r1/nistp256").
inline std::string_view short_name(const CurveParams& c) { return c.name.substr(0, c.name.find('/')); }

// All curves, in seccure's order.
std::span<const CurveParams> all_curves();

// FORMAT.md §1.2: the first curve whose full name contains `fragment`, if
// the fragment has at least min_curve_fragment characters and contains that
// curve's size in bits ("p256", "nistp521", "brainpoolp384r1", "160");
// nullptr otherwise ("p", "r1", "secp" and "" are refused: seccure took them
// for secp112r1).
inline constexpr std::size_t min_curve_fragment = 3;
const CurveParams* curve_by_name(std::string_view fragment);
// FORMAT.md §1.2: the first curve whose compact public key has `length` digits.
const CurveParams* curve_by_pk_compact_length(std::size_t length);

// FORMAT.md §5.1: whether keys and nonces, made by reducing order_bin
// uniform bytes mod n-1, are noticeably biased (n between 1/2 and about
// 1 - 2^-20 of 256^order_bin: some values twice as likely as the rest).
// True for secp112r1 and the brainpool curves.
bool nonces_biased(const CurveParams& curve);

inline constexpr std::string_view default_curve_name = "p160";

// secp112r1 and secp128r1: discrete logarithms on curves this small have
// been computed (secp112r1 in 2009), so a key on them is not private for
// long. The front never takes them from a file without -c, and genkey makes
// keys on them only when asked with --allow-weak-curve (FORMAT.md §9.1).
inline bool weak_curve(const CurveParams& c) { return c.bits < 160; }

}  // namespace seccure
