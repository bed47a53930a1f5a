#include "ec/engine.hpp"

#include <memory>
#include <vector>
#include <mutex>

#include "base/ct.hpp"
#include "ec/curve_table.hpp"
#include "ec/mont.hpp"

namespace seccure::detail {
namespace {

// N: limbs of p; M: limbs of n.
template <std::size_t N, std::size_t M>
class EngineImpl final : public Engine {
  using Fe = Limbs<N>;
  using Scalar = Limbs<M>;

  // Jacobian coordinates (X/Z^2, Y/Z^3); Z = 0 is infinity. Contiguous so
  // that mpn_sec_tabselect can pick a whole point.
  struct Jac {
    Fe x, y, z;
  };
  struct Aff {
    Fe x, y;
  };
  static_assert(sizeof(Jac) == 3 * N * sizeof(limb) && sizeof(Aff) == 2 * N * sizeof(limb));

  static constexpr unsigned window_bits = 4;
  static constexpr std::size_t table_size = 1u << window_bits;

public:
  EngineImpl(const CurveParams& cp, const BaseTable& table)
      : cp_(cp), fp_(limbs_from_hex<N>(cp.p)), fn_(limbs_from_hex<M>(cp.n)), table_(table) {
    n_ = limbs_from_hex<M>(cp.n);
    Fe a = limbs_from_hex<N>(cp.a), p3 = fp_.modulus();
    Fe three{};
    three[0] = 3;
    mpn_sub_n(p3.data(), p3.data(), three.data(), N);
    a_is_minus_3_ = a == p3;
    fp_.to_mont(a_, a);
    bits_n_ = mpn_sizeinbase(n_.data(), M, 2);
    windows_ = (bits_n_ + window_bits - 1) / window_bits;
    if (table_.windows != windows_) throw std::logic_error("base table does not match the curve");
  }

  bool mul_base(ByteView k, std::span<std::uint8_t> out) const override {
    Scalar s = limbs_from_bytes<M>(k);
    Jac acc = infinity(), sum, lifted, chosen;
    Aff sel;
    limb acc_inf = ~limb{0};
    ScrubOnExit wiped(s, acc, sum, lifted, chosen, sel);
    for (std::size_t i = 0; i < windows_; ++i) {
      limb d = digit(s, i);
      mpn_sec_tabselect(reinterpret_cast<limb*>(&sel), table_.limbs + i * table_size * 2 * N, 2 * N, table_size, d);
      // No exceptional case in the addition: the accumulated value is
      // below 16^i while the addend is d * 16^i with d >= 1, and their sum
      // is at most k < n (the comment at mul() gives the same argument).
      add_affine(sum, acc, sel);
      lifted = Jac{sel.x, sel.y, fp_.one()};
      limb d_zero = ct_is_zero(d);
      select(chosen, acc_inf, lifted, sum);
      select(acc, d_zero, acc, chosen);
      acc_inf &= d_zero;
    }
    return to_affine(acc, out);
  }

  bool mul(ByteView p_xy, ByteView k, std::span<std::uint8_t> out) const override {
    Aff p = affine_from_bytes(p_xy);
    // table[j] = j*P, Jacobian; table[0] is a placeholder never used unmasked.
    std::array<Jac, table_size> table;
    table[0] = infinity();
    table[1] = Jac{p.x, p.y, fp_.one()};
    dbl(table[2], table[1]);
    for (std::size_t j = 3; j < table_size; ++j) add_affine(table[j], table[j - 1], p);
    Scalar s = limbs_from_bytes<M>(k);
    Jac acc = infinity(), sel, sum, chosen;
    limb acc_inf = ~limb{0};
    ScrubOnExit wiped(s, acc, sel, sum, chosen);
    for (std::size_t i = windows_; i-- > 0;) {
      for (unsigned b = 0; b < window_bits; ++b) dbl(acc, acc);
      limb d = digit(s, i);
      mpn_sec_tabselect(reinterpret_cast<limb*>(&sel), reinterpret_cast<const limb*>(table.data()), 3 * N,
                        table_size, d);
      // Never an exceptional addition: after the doublings acc = 16m*P
      // with 16m > d when m >= 1 (m = 0 is the masked infinity case), and
      // 16m + d <= k < n, so acc != +-sel.
      add(sum, acc, sel);
      limb d_zero = ct_is_zero(d);
      select(chosen, acc_inf, sel, sum);
      select(acc, d_zero, acc, chosen);
      acc_inf &= d_zero;
    }
    return to_affine(acc, out);
  }

  // Verification works on public values only, so it may branch on them:
  // u2*Q by a width-5 NAF (Solinas; GECC Algorithm 3.36) over the odd
  // multiples Q, 3Q, ..., 15Q, then u1*G added window by window from the
  // fixed-base table onto the same accumulator, skipping zero digits; one
  // inversion at the end.
  bool mul_add_vartime(ByteView u1, ByteView u2, ByteView q_xy, std::span<std::uint8_t> out) const override {
    Aff q = affine_from_bytes(q_xy);
    std::array<Jac, 8> odd;  // odd[i] = (2i+1) Q
    odd[0] = Jac{q.x, q.y, fp_.one()};
    Jac q2;
    dbl(q2, odd[0]);
    for (std::size_t i = 1; i < odd.size(); ++i) add_vartime(odd[i], odd[i - 1], q2);

    std::vector<int> naf = wnaf(limbs_from_bytes<M>(u2), 5);
    Jac acc = infinity();
    for (std::size_t i = naf.size(); i-- > 0;) {
      dbl(acc, acc);
      if (int d = naf[i]) {
        Jac addend = odd[static_cast<std::size_t>((d < 0 ? -d : d) / 2)];
        if (d < 0) fp_.neg(addend.y, addend.y);
        add_vartime(acc, acc, addend);
      }
    }
    Scalar s1 = limbs_from_bytes<M>(u1);
    for (std::size_t i = 0; i < windows_; ++i) {
      limb d = digit(s1, i);
      if (!d) continue;
      const limb* entry = table_.limbs + (i * table_size + d) * 2 * N;
      Aff addend;
      std::copy(entry, entry + N, addend.x.begin());
      std::copy(entry + N, entry + 2 * N, addend.y.begin());
      add_affine_vartime(acc, acc, addend);
    }
    bool finite = to_affine(acc, out);
    ct_public(out.data(), out.size());  // from public inputs only (the inversion's blinding taints it)
    return finite;
  }

  void reduce_to_key_range(ByteView v, std::span<std::uint8_t> out) const override {
    Scalar nm1 = n_, one{};
    one[0] = 1;
    mpn_sub_n(nm1.data(), nm1.data(), one.data(), M);
    Scalar x = limbs_from_bytes<M>(v);
    WipeOnExit wiped(x);
    sec_reduce(x, nm1);
    mpn_add_n(x.data(), x.data(), one.data(), M);
    limbs_to_bytes(x, out);
  }

  bool ecdsa_sign(ByteView k, ByteView d, ByteView hash, std::span<std::uint8_t> sig_out) const override {
    SecureBuffer xy(2 * cp_.elem_bin), r_bytes(cp_.order_bin), s_bytes(cp_.order_bin);
    if (!mul_base(k, xy.span())) return false;
    // r = x mod n, with x widened to cover both p's and n's limb counts.
    constexpr std::size_t W = N > M ? N : M;
    Limbs<W> x = limbs_from_bytes<W>(xy.view().first(cp_.elem_bin));
    Scalar r, s;
    Limbs<2 * M> big, r_wide{};
    Limbs<4 * M + 8> scratch;
    WipeOnExit wiped(x, r, s, big, scratch);
    mpn_sec_div_r_wrapper<W>(x);
    std::copy(x.begin(), x.begin() + M, r.begin());
    // r = 0 has probability ~1/n; the caller draws the next nonce.
    if (ct_public_value(ct_is_zero(r))) return false;
    limbs_to_bytes(r, r_bytes.span());
    if (!ecdsa_s(k, d, hash, r_bytes.view(), s_bytes.span())) return false;
    // S = s*n + r.
    s = limbs_from_bytes<M>(s_bytes.view());
    mpn_sec_mul(big.data(), s.data(), M, n_.data(), M, scratch.data());
    std::copy(r.begin(), r.end(), r_wide.begin());
    mpn_add_n(big.data(), big.data(), r_wide.data(), 2 * M);
    limbs_to_bytes(big, sig_out);
    return true;
  }

  bool ecdsa_s(ByteView k, ByteView d, ByteView hash, ByteView r, std::span<std::uint8_t> s_out) const override {
    constexpr std::size_t H = M > 8 ? M : 8;  // limbs of a 64-byte hash
    Limbs<H> e_wide = limbs_from_bytes<H>(hash);
    mpn_sec_div_r_wrapper<H>(e_wide);
    Scalar e, km, dm, rm, t, kinv;
    ScrubOnExit wiped(km, dm, kinv, t);
    std::copy(e_wide.begin(), e_wide.begin() + M, e.begin());
    fn_.to_mont(km, limbs_from_bytes<M>(k));
    fn_.to_mont(dm, limbs_from_bytes<M>(d));
    fn_.to_mont(rm, limbs_from_bytes<M>(r));
    fn_.to_mont(e, e);
    fn_.mul(t, dm, rm);
    fn_.add(t, t, e);
    fn_.invert_blinded(kinv, km);
    fn_.mul(t, t, kinv);
    fn_.from_mont(t, t);
    limbs_to_bytes(t, s_out);
    // s = 0 (probability ~1/n) is retried, never published.
    limb zero = ct_public_value(ct_is_zero(t));
    return !zero;
  }

private:
  static limb digit(const Scalar& s, std::size_t window) {
    std::size_t bit = window * window_bits;  // windows never straddle limbs
    return (s[bit / 64] >> (bit % 64)) & (table_size - 1);
  }

  // x mod n for a value of H >= M limbs, constant time.
  template <std::size_t H>
  void mpn_sec_div_r_wrapper(Limbs<H>& x) const {
    Limbs<H + M + 16> scratch;
    if (mpn_sec_div_r_itch(H, M) > static_cast<mp_size_t>(scratch.size()))
      throw std::logic_error("GMP needs more scratch space than reserved");
    mpn_sec_div_r(x.data(), H, n_.data(), M, scratch.data());
    wipe(scratch.data(), sizeof scratch);  // holds parts of x
  }

  static void sec_reduce(Scalar& x, const Scalar& m) {
    Limbs<2 * M + 16> scratch;
    if (mpn_sec_div_r_itch(M, M) > static_cast<mp_size_t>(scratch.size()))
      throw std::logic_error("GMP needs more scratch space than reserved");
    mpn_sec_div_r(x.data(), M, m.data(), M, scratch.data());
    wipe(scratch.data(), sizeof scratch);  // holds parts of x
  }

  Jac infinity() const { return Jac{fp_.one(), fp_.one(), Fe{}}; }

  // Width-w NAF digits of a public scalar, least significant first.
  static std::vector<int> wnaf(Scalar k, unsigned w) {
    std::vector<int> digits;
    const limb window = limb{1} << w, mask = window - 1;
    auto is_zero = [&] {
      for (limb x : k)
        if (x) return false;
      return true;
    };
    while (!is_zero()) {
      int d = 0;
      if (k[0] & 1) {
        limb m = k[0] & mask;
        if (m >= window / 2) {
          d = static_cast<int>(m) - static_cast<int>(window);
          Scalar add{};
          add[0] = static_cast<limb>(-d);
          mpn_add_n(k.data(), k.data(), add.data(), M);
        } else {
          d = static_cast<int>(m);
          Scalar sub{};
          sub[0] = m;
          mpn_sub_n(k.data(), k.data(), sub.data(), M);
        }
      }
      digits.push_back(d);
      mpn_rshift(k.data(), k.data(), M, 1);
    }
    return digits;
  }

  // Additions for public points: they branch on infinity and on P = +-Q
  // (then doubling or infinity), and otherwise cost what add/add_affine cost.
  void add_vartime(Jac& r, const Jac& p, const Jac& q) const {
    if (ct_is_zero(p.z)) {
      r = q;
      return;
    }
    if (ct_is_zero(q.z)) {
      r = p;
      return;
    }
    if (same_x_vartime(p, q.x, q.y, &q.z)) return same_x_case(r, p, q.x, q.y, &q.z);
    add(r, p, q);
  }

  void add_affine_vartime(Jac& r, const Jac& p, const Aff& q) const {
    if (ct_is_zero(p.z)) {
      r = Jac{q.x, q.y, fp_.one()};
      return;
    }
    if (same_x_vartime(p, q.x, q.y, nullptr)) return same_x_case(r, p, q.x, q.y, nullptr);
    add_affine(r, p, q);
  }

  // Whether P and Q (Q affine when qz is null) have the same x.
  bool same_x_vartime(const Jac& p, const Fe& qx, const Fe&, const Fe* qz) const {
    Fe z1z1, u1, u2;
    fp_.sqr(z1z1, p.z);
    fp_.mul(u2, qx, z1z1);
    if (qz) {
      Fe z2z2;
      fp_.sqr(z2z2, *qz);
      fp_.mul(u1, p.x, z2z2);
    } else {
      u1 = p.x;
    }
    return u1 == u2;
  }

  // P = Q: double; P = -Q: infinity.
  void same_x_case(Jac& r, const Jac& p, const Fe&, const Fe& qy, const Fe* qz) const {
    Fe z1z1, s1, s2;
    fp_.sqr(z1z1, p.z);
    fp_.mul(s2, qy, p.z);
    fp_.mul(s2, s2, z1z1);
    if (qz) {
      Fe z2z2;
      fp_.sqr(z2z2, *qz);
      fp_.mul(s1, p.y, *qz);
      fp_.mul(s1, s1, z2z2);
    } else {
      s1 = p.y;
    }
    if (s1 == s2)
      dbl(r, p);
    else
      r = infinity();
  }

  static void select(Jac& r, limb mask, const Jac& if_set, const Jac& if_clear) {
    ct_select(r.x, mask, if_set.x, if_clear.x);
    ct_select(r.y, mask, if_set.y, if_clear.y);
    ct_select(r.z, mask, if_set.z, if_clear.z);
  }

  Aff affine_from_bytes(ByteView xy) const {
    Aff p;
    fp_.to_mont(p.x, limbs_from_bytes<N>(xy.first(cp_.elem_bin)));
    fp_.to_mont(p.y, limbs_from_bytes<N>(xy.subspan(cp_.elem_bin)));
    return p;
  }

  // Returns false for infinity; branching on that leaks only whether k = 0.
  bool to_affine(const Jac& p, std::span<std::uint8_t> out) const {
    if (ct_public_value(ct_is_zero(p.z))) return false;
    Fe zi, zi2, x, y;
    WipeOnExit wiped(zi, zi2, x, y);
    fp_.invert_blinded(zi, p.z);
    fp_.sqr(zi2, zi);
    fp_.mul(x, p.x, zi2);
    fp_.mul(zi2, zi2, zi);
    fp_.mul(y, p.y, zi2);
    fp_.from_mont(x, x);
    fp_.from_mont(y, y);
    limbs_to_bytes(x, out.first(cp_.elem_bin));
    limbs_to_bytes(y, out.subspan(cp_.elem_bin, cp_.elem_bin));
    return true;
  }

  // Doubling in Jacobian coordinates. a = -3: "dbl-2001-b" (Bernstein,
  // EFD), 3M + 5S; general a: "dbl-2007-bl", 1M + 8S + 1*a. Infinity
  // (Z = 0) stays infinity; Y = 0 cannot occur on these odd-order curves.
  void dbl(Jac& r, const Jac& p) const {
    Fe t0, t1, t2, t3, t4;
    if (a_is_minus_3_) {  // a property of the curve, not of the data
      fp_.sqr(t0, p.z);               // delta = Z^2
      fp_.sqr(t1, p.y);               // gamma = Y^2
      fp_.mul(t2, p.x, t1);           // beta = X*gamma
      fp_.sub(t3, p.x, t0);
      fp_.add(t4, p.x, t0);
      fp_.mul(t3, t3, t4);
      fp_.add(t4, t3, t3);
      fp_.add(t3, t4, t3);            // alpha = 3(X-delta)(X+delta)
      fp_.add(t4, p.y, p.z);
      fp_.sqr(t4, t4);
      fp_.sub(t4, t4, t1);
      fp_.sub(r.z, t4, t0);           // Z3 = (Y+Z)^2 - gamma - delta
      fp_.add(t2, t2, t2);
      fp_.add(t2, t2, t2);            // 4 beta
      fp_.sqr(t4, t3);
      fp_.sub(t4, t4, t2);
      fp_.sub(r.x, t4, t2);           // X3 = alpha^2 - 8 beta
      fp_.sub(t2, t2, r.x);
      fp_.mul(t2, t3, t2);            // alpha (4 beta - X3)
      fp_.sqr(t1, t1);
      fp_.add(t1, t1, t1);
      fp_.add(t1, t1, t1);
      fp_.add(t1, t1, t1);            // 8 gamma^2
      fp_.sub(r.y, t2, t1);
    } else {
      Fe xx, yy, yyyy, zz, s, m;
      fp_.sqr(xx, p.x);
      fp_.sqr(yy, p.y);
      fp_.sqr(yyyy, yy);
      fp_.sqr(zz, p.z);
      fp_.add(t0, p.x, yy);
      fp_.sqr(t0, t0);
      fp_.sub(t0, t0, xx);
      fp_.sub(t0, t0, yyyy);
      fp_.add(s, t0, t0);             // S = 2((X+YY)^2 - XX - YYYY)
      fp_.sqr(t1, zz);
      fp_.mul(t1, t1, a_);
      fp_.add(m, xx, xx);
      fp_.add(m, m, xx);
      fp_.add(m, m, t1);              // M = 3XX + a ZZ^2
      fp_.add(t2, p.y, p.z);
      fp_.sqr(t2, t2);
      fp_.sub(t2, t2, yy);
      fp_.sub(r.z, t2, zz);           // Z3 = (Y+Z)^2 - YY - ZZ
      fp_.sqr(t3, m);
      fp_.sub(t3, t3, s);
      fp_.sub(t3, t3, s);             // T = M^2 - 2S
      fp_.sub(t4, s, t3);
      fp_.mul(t4, m, t4);
      fp_.add(yyyy, yyyy, yyyy);
      fp_.add(yyyy, yyyy, yyyy);
      fp_.add(yyyy, yyyy, yyyy);
      fp_.sub(r.y, t4, yyyy);         // Y3 = M(S - T) - 8 YYYY
      r.x = t3;
    }
  }

  // Jacobian + affine, "madd-2007-bl" (EFD), 7M + 4S. Not for P = +-Q or
  // infinity; callers mask those cases.
  void add_affine(Jac& r, const Jac& p, const Aff& q) const {
    Fe z1z1, u2, s2, h, hh, i, j, rr, v, t;
    fp_.sqr(z1z1, p.z);
    fp_.mul(u2, q.x, z1z1);
    fp_.mul(s2, q.y, p.z);
    fp_.mul(s2, s2, z1z1);
    fp_.sub(h, u2, p.x);
    fp_.sqr(hh, h);
    fp_.add(i, hh, hh);
    fp_.add(i, i, i);                 // I = 4 HH
    fp_.mul(j, h, i);
    fp_.sub(rr, s2, p.y);
    fp_.add(rr, rr, rr);              // r = 2(S2 - Y1)
    fp_.mul(v, p.x, i);
    Fe x3, y3, z3;
    fp_.sqr(x3, rr);
    fp_.sub(x3, x3, j);
    fp_.sub(x3, x3, v);
    fp_.sub(x3, x3, v);               // X3 = r^2 - J - 2V
    fp_.sub(t, v, x3);
    fp_.mul(t, rr, t);
    fp_.mul(y3, p.y, j);
    fp_.add(y3, y3, y3);
    fp_.sub(y3, t, y3);               // Y3 = r(V - X3) - 2 Y1 J
    fp_.add(z3, p.z, h);
    fp_.sqr(z3, z3);
    fp_.sub(z3, z3, z1z1);
    fp_.sub(z3, z3, hh);              // Z3 = (Z1 + H)^2 - Z1Z1 - HH
    r = Jac{x3, y3, z3};
  }

  // Jacobian + Jacobian, "add-2007-bl" (EFD), 11M + 5S; same caveats.
  void add(Jac& r, const Jac& p, const Jac& q) const {
    Fe z1z1, z2z2, u1, u2, s1, s2, h, i, j, rr, v, t;
    fp_.sqr(z1z1, p.z);
    fp_.sqr(z2z2, q.z);
    fp_.mul(u1, p.x, z2z2);
    fp_.mul(u2, q.x, z1z1);
    fp_.mul(s1, p.y, q.z);
    fp_.mul(s1, s1, z2z2);
    fp_.mul(s2, q.y, p.z);
    fp_.mul(s2, s2, z1z1);
    fp_.sub(h, u2, u1);
    fp_.add(i, h, h);
    fp_.sqr(i, i);                    // I = (2H)^2
    fp_.mul(j, h, i);
    fp_.sub(rr, s2, s1);
    fp_.add(rr, rr, rr);
    fp_.mul(v, u1, i);
    Fe x3, y3, z3;
    fp_.sqr(x3, rr);
    fp_.sub(x3, x3, j);
    fp_.sub(x3, x3, v);
    fp_.sub(x3, x3, v);
    fp_.sub(t, v, x3);
    fp_.mul(t, rr, t);
    fp_.mul(y3, s1, j);
    fp_.add(y3, y3, y3);
    fp_.sub(y3, t, y3);
    fp_.add(z3, p.z, q.z);
    fp_.sqr(z3, z3);
    fp_.sub(z3, z3, z1z1);
    fp_.sub(z3, z3, z2z2);
    fp_.mul(z3, z3, h);               // Z3 = ((Z1+Z2)^2 - Z1Z1 - Z2Z2) H
    r = Jac{x3, y3, z3};
  }

  const CurveParams& cp_;
  MontField<N> fp_;
  MontField<M> fn_;
  Scalar n_{};
  Fe a_{};
  bool a_is_minus_3_ = false;
  std::size_t bits_n_ = 0, windows_ = 0;
  const BaseTable& table_;
};

template <std::size_t I>
std::unique_ptr<Engine> make_engine() {
  constexpr const CurveParams& cp = curve_table[I];
  constexpr std::size_t n_limbs = (cp.order_bin + 7) / 8;
  return std::make_unique<EngineImpl<limbs_for_bits(cp.bits), n_limbs>>(cp, base_tables[I]);
}

template <std::size_t... I>
std::unique_ptr<Engine> make_engine(std::size_t index, std::index_sequence<I...>) {
  std::unique_ptr<Engine> e;
  ((index == I ? (e = make_engine<I>(), 0) : 0), ...);
  return e;
}

}  // namespace

const Engine& Engine::of(const CurveParams& curve) {
  static std::array<std::unique_ptr<Engine>, 15> engines;
  static std::array<std::once_flag, 15> once;
  auto index = static_cast<std::size_t>(&curve - curve_table.data());
  if (index >= engines.size()) throw std::logic_error("unknown curve");
  std::call_once(once[index], [&] { engines[index] = make_engine(index, std::make_index_sequence<15>{}); });
  return *engines[index];
}

}  // namespace seccure::detail
