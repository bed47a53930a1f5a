#include "ec/group.hpp"

#include <algorithm>
#include <memory>
#include <mutex>
#include <vector>

#include "base/ct.hpp"
#include "ec/curve_table.hpp"
#include "ec/mont.hpp"

namespace seccure::detail {
namespace {

// N: limbs of p; M: limbs of n; S: the shape of p, which picks the field's
// reduction back-end (the point code is the same for every curve).
template <std::size_t N, std::size_t M, PrimeShape S>
class GroupImpl final : public Group {
  using Field = MontField<N, S>;
  using Fe = Limbs<N>;
  using Num = Limbs<M>;  // an integer mod n

  // Jacobian coordinates (X/Z^2, Y/Z^3); Z = 0 is infinity. Contiguous so
  // that mpn_sec_tabselect can pick a whole point.
  struct Jac {
    Fe x, y, z;
  };
  struct Aff {
    Fe x, y;
  };
  static_assert(sizeof(Jac) == 3 * N * sizeof(limb) && sizeof(Aff) == 2 * N * sizeof(limb));

  static constexpr unsigned window_bits = 4;  // k*P; k*G has its own (group.hpp)
  static constexpr std::size_t table_size = 1u << window_bits;
  static constexpr std::size_t base_table_size = std::size_t{1} << base_window_bits;

public:
  GroupImpl(const CurveParams& cp, const BaseTable& table)
      : Group(cp, bits(limbs_from_hex<M>(cp.n))),
        fp_(limbs_from_hex<N>(cp.p)),
        fn_(limbs_from_hex<M>(cp.n)),
        table_(table) {
    n_ = limbs_from_hex<M>(cp.n);
    limbs_to_bytes(n_, order_);
    nm1_ = n_;
    mpn_sub_1(nm1_.data(), nm1_.data(), M, 1);
    const Fe& p = fp_.modulus();
    Fe a = limbs_from_hex<N>(cp.a), p3 = p;
    mpn_sub_1(p3.data(), p3.data(), N, 3);
    a_is_minus_3_ = a == p3;
    fp_.to_mont(a_, a);
    fp_.to_mont(b_, limbs_from_hex<N>(cp.b));
    std::copy(p.begin(), p.end(), p_wide_.begin());
    mpn_add_n(two_p_.data(), p_wide_.data(), p_wide_.data(), N + 1);
    windows_ = (order_bits_ + base_window_bits - 1) / base_window_bits;
    if (table_.windows != windows_) throw std::logic_error("base table does not match the curve");
    init_sqrt();
  }

  bool mul_base(ByteView k, std::span<std::uint8_t> out) const override {
    Num s = limbs_from_bytes<M>(k);
    Jac acc = infinity(), sum, lifted, chosen;
    Aff sel;
    limb acc_inf = ~limb{0};
    ScrubOnExit wiped(s, acc, sum, lifted, chosen, sel);
    for (std::size_t i = 0; i < windows_; ++i) {
      limb d = base_digit(s, i);
      mpn_sec_tabselect(reinterpret_cast<limb*>(&sel), table_.limbs + i * base_table_size * 2 * N, 2 * N,
                        base_table_size, d);
      // No exceptional case in the addition: the accumulated value is
      // below 32^i while the addend is d * 32^i with d >= 1, and their sum
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
    Num s = limbs_from_bytes<M>(k);
    Jac acc = infinity(), sel, sum, chosen;
    limb acc_inf = ~limb{0};
    ScrubOnExit wiped(s, acc, sel, sum, chosen);
    for (std::size_t i = (order_bits_ + window_bits - 1) / window_bits; i-- > 0;) {
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

  std::optional<Point> mul_add_vartime(ByteView u1, ByteView u2, ByteView q_xy) const override {
    Jac acc = mul_add_jacobian_vartime(u1, u2, q_xy);
    Point out{Bytes(2 * cp_.elem_bin)};
    if (!to_affine(acc, out.xy, &Field::invert_vartime)) return std::nullopt;  // public: no blinding
    return out;
  }

  std::optional<Point> add_vartime(ByteView p_xy, ByteView q_xy) const override {
    Aff p = affine_from_bytes(p_xy), q = affine_from_bytes(q_xy);
    Jac acc{p.x, p.y, fp_.one()};
    add_affine_vartime(acc, acc, q);
    Point out{Bytes(2 * cp_.elem_bin)};
    if (!to_affine(acc, out.xy, &Field::invert_vartime)) return std::nullopt;
    return out;
  }

  // x(R) mod n = r with R = X/Z^2 in Jacobian coordinates: x(R) < p, so
  // it is one of the x = r + j*n below p (n > p/2 by Hasse's bound: at
  // most two), and x(R) = x exactly when X = x*Z^2. No inversion.
  bool x_matches_vartime(ByteView u1, ByteView u2, ByteView q_xy, ByteView r) const override {
    Jac acc = mul_add_jacobian_vartime(u1, u2, q_xy);
    if (ct_is_zero(acc.z)) return false;  // infinity (public)
    Fe zz, xm, rhs;
    fp_.sqr(zz, acc.z);
    Limbs<N + 1> x{}, n_wide{};
    Num rv = limbs_from_bytes<M>(r);
    std::copy(rv.begin(), rv.end(), x.begin());
    std::copy(n_.begin(), n_.end(), n_wide.begin());
    for (; mpn_cmp(x.data(), p_wide_.data(), N + 1) < 0; mpn_add_n(x.data(), x.data(), n_wide.data(), N + 1)) {
      Fe xs;
      std::copy(x.begin(), x.begin() + N, xs.begin());
      fp_.to_mont(xm, xs);
      fp_.mul(rhs, xm, zz);
      if (rhs == acc.x) return true;
    }
    return false;
  }

  // --- Points (public data, so variable time) ---

  std::optional<Point> decompress_vartime(ByteView v) const override {
    auto w = load_public<N + 1>(v);
    if (!w || mpn_cmp(w->data(), two_p_.data(), N + 1) >= 0) return std::nullopt;
    bool odd = mpn_cmp(w->data(), p_wide_.data(), N + 1) >= 0;
    if (odd) mpn_sub_n(w->data(), w->data(), p_wide_.data(), N + 1);
    Fe x, xm, t, y;
    std::copy(w->begin(), w->begin() + N, x.begin());
    fp_.to_mont(xm, x);
    curve_rhs(t, xm);
    if (!sqrt_vartime(y, t)) return std::nullopt;
    fp_.from_mont(y, y);
    bool zero = ct_is_zero(y) != 0;
    if (zero && odd) return std::nullopt;
    if (((y[0] & 1) != 0) != odd) fp_.neg(y, y);  // p - y: the other root (neg works on plain values too)
    Point out{Bytes(2 * cp_.elem_bin)};
    limbs_to_bytes(x, std::span(out.xy).first(cp_.elem_bin));
    limbs_to_bytes(y, std::span(out.xy).subspan(cp_.elem_bin));
    return out;
  }

  Bytes compress(ByteView xy) const override {
    Limbs<N + 1> v{};
    Fe x = limbs_from_bytes<N>(xy.first(cp_.elem_bin));
    std::copy(x.begin(), x.end(), v.begin());
    if (xy[2 * cp_.elem_bin - 1] & 1) mpn_add_n(v.data(), v.data(), p_wide_.data(), N + 1);  // y odd
    Bytes out(cp_.pk_bin);
    limbs_to_bytes(v, out);
    return out;
  }

  bool on_curve_vartime(ByteView x, ByteView y) const override {
    Fe xv = limbs_from_bytes<N>(x), yv = limbs_from_bytes<N>(y);
    const Fe& p = fp_.modulus();
    if (mpn_cmp(xv.data(), p.data(), N) >= 0 || mpn_cmp(yv.data(), p.data(), N) >= 0) return false;
    Fe t, y2;
    fp_.to_mont(xv, xv);
    fp_.to_mont(yv, yv);
    curve_rhs(t, xv);
    fp_.sqr(y2, yv);
    return y2 == t;
  }

  // --- Scalars mod n ---

  Scalar reduce(ByteView v) const override { return reduce_plus(v, n_, Num{}); }

  Scalar reduce_to_key_range(ByteView v) const override {
    Num one{};
    one[0] = 1;
    return reduce_plus(v, nm1_, one);
  }

  Scalar add(const Scalar& a, const Scalar& b) const override {
    Num x = num_of(a), y = num_of(b), r;
    WipeOnExit wiped(x, y, r);
    fn_.add(r, x, y);  // the same in plain and Montgomery form
    return scalar_of(r);
  }

  Scalar mul(const Scalar& a, const Scalar& b) const override {
    Num x = num_of(a), y = num_of(b), r;
    WipeOnExit wiped(x, y, r);
    fn_.to_mont(x, x);
    fn_.mul(r, x, y);  // aR * b / R
    return scalar_of(r);
  }

  Scalar invert(const Scalar& a) const override { return invert_by(a, &MontField<M>::invert_blinded); }
  Scalar invert_vartime(const Scalar& a) const override { return invert_by(a, &MontField<M>::invert_vartime); }

  bool is_zero_public(const Scalar& a) const override {
    Num x = num_of(a);
    WipeOnExit wiped(x);
    return ct_public_value(ct_is_zero(x)) != 0;
  }

  Bytes pack_signature(const Scalar& s, const Scalar& r) const override {
    Num sv = num_of(s);
    Limbs<2 * M> big, r_wide{};
    Limbs<4 * M + 8> scratch;
    WipeOnExit wiped(sv, big, r_wide, scratch);
    if (mpn_sec_mul_itch(M, M) > static_cast<mp_size_t>(scratch.size()))
      throw std::logic_error("GMP needs more scratch space than reserved");
    mpn_sec_mul(big.data(), sv.data(), M, n_.data(), M, scratch.data());
    Num rv = num_of(r);
    std::copy(rv.begin(), rv.end(), r_wide.begin());
    wipe(rv.data(), sizeof rv);
    mpn_add_n(big.data(), big.data(), r_wide.data(), 2 * M);
    Bytes out(cp_.sig_bin);
    limbs_to_bytes(big, out);
    return out;
  }

  std::optional<std::pair<Scalar, Scalar>> unpack_signature_vartime(ByteView sig) const override {
    auto big = load_public<2 * M>(sig);
    if (!big) return std::nullopt;  // at least 2^(128M) > n^2
    Limbs<M + 1> q;
    Num r;
    mpn_tdiv_qr(q.data(), r.data(), 0, big->data(), 2 * M, n_.data(), M);
    if (q[M] != 0 || mpn_cmp(q.data(), n_.data(), M) >= 0) return std::nullopt;
    Num s;
    std::copy(q.begin(), q.begin() + M, s.begin());
    return std::pair(scalar_of(s), scalar_of(r));
  }

private:
  // u1*G + u2*Q in Jacobian coordinates, for public values only, so it may
  // branch on them. Both scalars in width-5 NAF (Solinas; GECC Algorithm
  // 3.36) on one chain of doublings (Straus-Shamir interleaving, GECC
  // Algorithm 3.51): u2 over the odd multiples Q, 3Q, ..., 15Q, made
  // affine together with one inversion (Montgomery's trick) so that every
  // addition is a mixed one; u1 over G, 3G, ..., 15G, the first window of
  // the fixed-base table. Zero digits are skipped, and so are the
  // doublings of infinity before the first digit.
  Jac mul_add_jacobian_vartime(ByteView u1, ByteView u2, ByteView q_xy) const {
    Aff q = affine_from_bytes(q_xy);
    std::array<Jac, 8> odd_jac;  // (2i+1) Q; none is infinity, as 15 < n
    odd_jac[0] = Jac{q.x, q.y, fp_.one()};
    Jac q2;
    dbl(q2, odd_jac[0]);
    for (std::size_t i = 1; i < odd_jac.size(); ++i) add_vartime(odd_jac[i], odd_jac[i - 1], q2);
    std::array<Aff, 8> odd;
    std::array<Fe, 8> prefix;  // z_0 * ... * z_i
    prefix[0] = odd_jac[0].z;
    for (std::size_t i = 1; i < odd.size(); ++i) fp_.mul(prefix[i], prefix[i - 1], odd_jac[i].z);
    Fe inv, zi, zi2;
    fp_.invert_vartime(inv, prefix[odd.size() - 1]);
    for (std::size_t i = odd.size(); i-- > 0;) {
      if (i > 0) {
        fp_.mul(zi, inv, prefix[i - 1]);  // 1/z_i
        fp_.mul(inv, inv, odd_jac[i].z);  // 1/(z_0 ... z_{i-1})
      } else {
        zi = inv;
      }
      fp_.sqr(zi2, zi);
      fp_.mul(odd[i].x, odd_jac[i].x, zi2);
      fp_.mul(zi2, zi2, zi);
      fp_.mul(odd[i].y, odd_jac[i].y, zi2);
    }

    std::vector<int> naf1 = wnaf(limbs_from_bytes<M>(u1), 5), naf2 = wnaf(limbs_from_bytes<M>(u2), 5);
    Jac acc = infinity();
    bool started = false;
    auto add_digit = [&](int d, const Aff& positive) {
      if (d > 0) {
        add_affine_vartime(acc, acc, positive);
      } else {
        Aff negative{positive.x, {}};
        fp_.neg(negative.y, positive.y);
        add_affine_vartime(acc, acc, negative);
      }
      started = true;
    };
    for (std::size_t i = std::max(naf1.size(), naf2.size()); i-- > 0;) {
      if (started) dbl(acc, acc);
      if (int d = i < naf2.size() ? naf2[i] : 0) add_digit(d, odd[static_cast<std::size_t>((d < 0 ? -d : d) / 2)]);
      if (int d = i < naf1.size() ? naf1[i] : 0) {
        const limb* entry = table_.limbs + static_cast<std::size_t>(d < 0 ? -d : d) * 2 * N;  // window 0: |d| G
        Aff g;
        std::copy(entry, entry + N, g.x.begin());
        std::copy(entry + N, entry + 2 * N, g.y.begin());
        add_digit(d, g);
      }
    }
    return acc;
  }

  static limb digit(const Num& s, std::size_t window) {
    std::size_t bit = window * window_bits;  // windows never straddle limbs
    return (s[bit / 64] >> (bit % 64)) & (table_size - 1);
  }

  // Digit `window` of k in base 32 (k*G). A window may straddle two limbs;
  // the branch depends on the window's position only, never on k.
  static limb base_digit(const Num& s, std::size_t window) {
    std::size_t bit = window * base_window_bits;
    limb d = s[bit / 64] >> (bit % 64);
    if (bit % 64 > 64 - base_window_bits && bit / 64 + 1 < M) d |= s[bit / 64 + 1] << (64 - bit % 64);
    return d & (base_table_size - 1);
  }

  static std::size_t bits(const Num& v) { return mpn_sizeinbase(v.data(), M, 2); }

  // A public big-endian value as K limbs; nullopt if it does not fit.
  template <std::size_t K>
  static std::optional<Limbs<K>> load_public(ByteView be) {
    std::size_t excess = be.size() > 8 * K ? be.size() - 8 * K : 0;
    for (std::size_t i = 0; i < excess; ++i)
      if (be[i]) return std::nullopt;
    return limbs_from_bytes<K>(be.subspan(excess));
  }

  // a^-1 by one of the field's inversions (which take Montgomery form).
  Scalar invert_by(const Scalar& a, void (MontField<M>::*inverse)(Num&, const Num&) const) const {
    Num x = num_of(a), r;
    WipeOnExit wiped(x, r);
    fn_.to_mont(x, x);
    (fn_.*inverse)(r, x);
    fn_.from_mont(r, r);
    return scalar_of(r);
  }

  Num num_of(const Scalar& a) const { return limbs_from_bytes<M>(a.bytes()); }
  Scalar scalar_of(const Num& v) const {
    Scalar s(SecureBuffer(cp_.order_bin));
    limbs_to_bytes(v, s.span());
    return s;
  }

  // (int(v) mod m) + offset for v of any length, constant time (GMP's
  // mpn_sec_div_r; the sum must stay below 2^(64M)). On the stack up to
  // a 64-byte hash or a coordinate, on the heap beyond.
  Scalar reduce_plus(ByteView v, const Num& m, const Num& offset) const {
    constexpr std::size_t W = std::max({N, M, std::size_t{8}});
    std::size_t len = std::max((v.size() + 7) / 8, M);
    auto itch = static_cast<std::size_t>(mpn_sec_div_r_itch(static_cast<mp_size_t>(len), M));
    Limbs<W> x_small{};
    Limbs<W + M + 16> scratch_small;
    std::vector<limb> x_big, scratch_big;
    limb* x = x_small.data();
    limb* scratch = scratch_small.data();
    if (len > W) x = (x_big = std::vector<limb>(len)).data();
    if (itch > scratch_small.size()) scratch = (scratch_big = std::vector<limb>(itch)).data();
    for (std::size_t i = 0; i < v.size(); ++i) {  // big-endian bytes to limbs, no branch on them
      std::size_t bit = 8 * (v.size() - 1 - i);
      x[bit / 64] |= static_cast<limb>(v[i]) << (bit % 64);
    }
    Num r;
    WipeOnExit wiped(r);
    mpn_sec_div_r(x, static_cast<mp_size_t>(len), m.data(), M, scratch);
    std::copy(x, x + M, r.begin());
    wipe(x, len * sizeof(limb));  // both hold parts of v
    wipe(scratch, std::max(itch, scratch_small.size()) * sizeof(limb));
    MontField<M>::add_n(r, r, offset);  // no carry-dependent branch, unlike mpn_add_1
    return scalar_of(r);
  }

  // r = x^3 + ax + b (Montgomery form in and out).
  void curve_rhs(Fe& r, const Fe& x) const {
    fp_.sqr(r, x);
    fp_.add(r, r, a_);
    fp_.mul(r, r, x);
    fp_.add(r, r, b_);
  }

  // The constants of the square root mod p: (p+1)/4 when p = 3 mod 4;
  // otherwise p - 1 = q 2^s with q odd and c = z^q for a non-residue z
  // (Tonelli-Shanks; secp224r1 has p = 1 mod 2^96).
  void init_sqrt() {
    const Fe& p = fp_.modulus();
    p_3_mod_4_ = (p[0] & 3) == 3;
    if (p_3_mod_4_) {
      mpn_rshift(sqrt_exp_.data(), p.data(), N, 2);
      mpn_add_1(sqrt_exp_.data(), sqrt_exp_.data(), N, 1);  // (p+1)/4 = floor(p/4) + 1
      return;
    }
    Fe q = p, euler;
    mpn_sub_1(q.data(), q.data(), N, 1);
    mpn_rshift(euler.data(), q.data(), N, 1);  // (p-1)/2
    ts_s_ = mpn_scan1(q.data(), 0);
    for (std::size_t i = 0; i < ts_s_; ++i) mpn_rshift(q.data(), q.data(), N, 1);
    ts_q_ = q;
    sqrt_exp_ = q;
    mpn_add_1(sqrt_exp_.data(), sqrt_exp_.data(), N, 1);
    mpn_rshift(sqrt_exp_.data(), sqrt_exp_.data(), N, 1);  // (q+1)/2
    Fe minus_one, z{}, zm, t;
    fp_.neg(minus_one, fp_.one());
    for (z[0] = 2;; ++z[0]) {  // the least non-residue (Euler's criterion)
      fp_.to_mont(zm, z);
      fp_.pow_public(t, zm, euler);
      if (t == minus_one) break;
    }
    fp_.pow_public(ts_c_, zm, q);
  }

  // A square root of a public a (Montgomery form); false if there is none.
  bool sqrt_vartime(Fe& r, const Fe& a) const {
    if (p_3_mod_4_) {
      fp_.pow_public(r, a, sqrt_exp_);
    } else if (ct_is_zero(a)) {
      r = a;
    } else {
      // Tonelli-Shanks (Cohen, "A Course in Computational Algebraic Number
      // Theory", Algorithm 1.5.1).
      Fe t, c = ts_c_, b;
      fp_.pow_public(t, a, ts_q_);
      fp_.pow_public(r, a, sqrt_exp_);
      std::size_t m = ts_s_;
      while (t != fp_.one()) {
        std::size_t i = 0;
        Fe t2 = t;
        while (t2 != fp_.one()) {
          fp_.sqr(t2, t2);
          if (++i == m) return false;  // a is not a square
        }
        b = c;
        for (std::size_t j = 0; j + 1 < m - i; ++j) fp_.sqr(b, b);
        m = i;
        fp_.sqr(c, b);
        fp_.mul(t, t, c);
        fp_.mul(r, r, b);
      }
    }
    Fe check;
    fp_.sqr(check, r);
    return check == a;
  }

  Jac infinity() const { return Jac{fp_.one(), fp_.one(), Fe{}}; }

  // Width-w NAF digits of a public scalar, least significant first.
  static std::vector<int> wnaf(Num k, unsigned w) {
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
          Num add{};
          add[0] = static_cast<limb>(-d);
          mpn_add_n(k.data(), k.data(), add.data(), M);
        } else {
          d = static_cast<int>(m);
          Num sub{};
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
  // Z is inverted blinded (secret points) unless told otherwise.
  bool to_affine(const Jac& p, std::span<std::uint8_t> out,
                 void (Field::*inverse)(Fe&, const Fe&) const = &Field::invert_blinded) const {
    if (ct_public_value(ct_is_zero(p.z))) return false;
    Fe zi, zi2, x, y;
    WipeOnExit wiped(zi, zi2, x, y);
    (fp_.*inverse)(zi, p.z);
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

  Field fp_;
  MontField<M> fn_;
  Num n_{}, nm1_{};
  Fe a_{}, b_{};  // Montgomery form
  bool a_is_minus_3_ = false;
  Limbs<N + 1> p_wide_{}, two_p_{};
  bool p_3_mod_4_ = false;
  Fe sqrt_exp_{}, ts_q_{}, ts_c_{};
  std::size_t ts_s_ = 0;
  std::size_t windows_ = 0;
  const BaseTable& table_;
};

template <std::size_t I>
std::unique_ptr<Group> make_group() {
  constexpr const CurveParams& cp = curve_table[I];
  constexpr std::size_t n_limbs = (cp.order_bin + 7) / 8;
  return std::make_unique<GroupImpl<limbs_for_bits(cp.bits), n_limbs, shape_of_prime(cp.p)>>(cp, base_tables[I]);
}

template <std::size_t... I>
std::unique_ptr<Group> make_group(std::size_t index, std::index_sequence<I...>) {
  std::unique_ptr<Group> e;
  ((index == I ? (e = make_group<I>(), 0) : 0), ...);
  return e;
}

}  // namespace

ScrubStackOnExit::~ScrubStackOnExit() { scrub_stack_below(); }

const Group& Group::of(const CurveParams& curve) {
  static std::array<std::unique_ptr<Group>, 15> groups;
  static std::array<std::once_flag, 15> once;
  auto index = static_cast<std::size_t>(&curve - curve_table.data());
  if (index >= groups.size()) throw std::logic_error("unknown curve");
  std::call_once(once[index], [&] { groups[index] = make_group(index, std::make_index_sequence<15>{}); });
  return *groups[index];
}

}  // namespace seccure::detail
