// Constant-time arithmetic modulo an odd m of N 64-bit limbs, in Montgomery
// form (a -> a*R mod m, R = 2^(64N)). No heap, no branch or memory index
// depends on operand values: products use mpn_sec_mul/mpn_sec_sqr (GMP's
// side-channel silent multiplication) or, for P-224 and P-256, inlined
// column loops; the reduction (a back-end per prime shape, PrimeShape) and
// the linear operations are inlined word loops over the fixed N (a call
// into GMP per addition cost more than the addition itself), and every
// conditional correction is a masked select. tests/ct checks all of this
// under valgrind.
#pragma once
#include <gmp.h>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include <array>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string_view>
#include <tuple>

#include "base/ct.hpp"
#include "seccure/secure.hpp"

static_assert(GMP_NUMB_BITS == 64, "the group assumes 64-bit limbs without nails");

namespace seccure::detail {

using limb = mp_limb_t;
__extension__ typedef unsigned __int128 wide_limb;  // a limb product, 128 bits

template <std::size_t N>
using Limbs = std::array<limb, N>;

// Overwrites the stack below the caller's frame: the dead frames of the
// field and point operations it called (every product, sum and GMP
// scratch of a scalar multiplication, mpz_invert's alloca'd temporaries)
// are gone before the next unrelated code can find them there. One 8 KiB
// wipe (several times the deepest such call chain) costs far less than
// wiping each of the thousands of temporaries as it dies.
[[gnu::noinline]] inline void scrub_stack_below() {
  unsigned char pad[8192];
  wipe(pad, sizeof pad);
  asm volatile("" : : "r"(pad) : "memory");
}

// Wipes the named locals (secret scalars, nonces, the accumulator of a
// scalar multiplication, a blinding factor) on every way out of a scope.
template <typename... T>
class WipeOnExit {
public:
  explicit WipeOnExit(T&... v) : v_(v...) {}
  ~WipeOnExit() {
    std::apply([](auto&... x) { (wipe(&x, sizeof x), ...); }, v_);
  }
  WipeOnExit(const WipeOnExit&) = delete;
  WipeOnExit& operator=(const WipeOnExit&) = delete;

private:
  std::tuple<T&...> v_;
};

// The same, then the dead stack below the frame: for the outermost
// functions of a secret computation (the scalar multiplications and the
// signature equation), whose callees are not wiped one by one. Once per
// operation; verification, on public values, does without.
template <typename... T>
class ScrubOnExit : public WipeOnExit<T...> {
public:
  explicit ScrubOnExit(T&... v) : WipeOnExit<T...>(v...) {}
  ~ScrubOnExit() { scrub_stack_below(); }
};

// All-ones if x == 0, else zero, without a branch.
inline limb ct_is_zero(limb x) { return ((x | (0 - x)) >> 63) - 1; }
inline limb ct_eq(limb a, limb b) { return ct_is_zero(a ^ b); }

template <std::size_t N>
inline void ct_select(Limbs<N>& r, limb mask, const Limbs<N>& if_set, const Limbs<N>& if_clear) {
#pragma GCC unroll 16
  for (std::size_t i = 0; i < N; ++i) r[i] = (if_set[i] & mask) | (if_clear[i] & ~mask);
}

template <std::size_t N>
inline limb ct_is_zero(const Limbs<N>& a) {
  limb acc = 0;
  for (limb x : a) acc |= x;
  return ct_is_zero(acc);
}

// Big-endian bytes <-> little-endian limbs (value must fit).
template <std::size_t N>
Limbs<N> limbs_from_bytes(std::span<const std::uint8_t> be) {
  if (be.size() > 8 * N) throw std::logic_error("value too long for its limbs");
  Limbs<N> r{};
  for (std::size_t i = 0; i < be.size(); ++i) {
    std::size_t bit = 8 * (be.size() - 1 - i);
    r[bit / 64] |= static_cast<limb>(be[i]) << (bit % 64);
  }
  return r;
}

template <std::size_t N>
void limbs_to_bytes(const Limbs<N>& a, std::span<std::uint8_t> be) {
  for (std::size_t i = 0; i < be.size(); ++i) {
    std::size_t bit = 8 * (be.size() - 1 - i);
    be[i] = bit / 64 < N ? static_cast<std::uint8_t>(a[bit / 64] >> (bit % 64)) : 0;
  }
}

template <std::size_t N>
Limbs<N> limbs_from_hex(std::string_view hex) {
  Limbs<N> r{};
  std::size_t bit = 0;
  for (std::size_t i = hex.size(); i-- > 0; bit += 4) {
    char c = hex[i];
    limb v = static_cast<limb>(c <= '9' ? c - '0' : c - 'a' + 10);
    if (bit / 64 >= N) throw std::logic_error("hex constant too long");
    r[bit / 64] |= v << (bit % 64);
  }
  return r;
}

// r = a + b + carry_in, carry out in `carry` (0 or 1): one word of a
// carry chain, portable (the compiler emits add/adc for it).
inline limb add_carry(limb a, limb b, limb& carry) {
#if defined(__x86_64__)
  unsigned long long out;
  carry = _addcarry_u64(static_cast<unsigned char>(carry), a, b, &out);
  return out;
#else
  wide_limb acc = static_cast<wide_limb>(a) + b + carry;
  carry = static_cast<limb>(acc >> 64);
  return static_cast<limb>(acc);
#endif
}

// c2:c1:c0 += x * y: one step of a column sum (three-word accumulator).
inline void mul_acc(limb& c0, limb& c1, limb& c2, limb x, limb y) {
  wide_limb p = static_cast<wide_limb>(x) * y;
#if defined(__x86_64__)
  unsigned long long o0, o1, o2;  // one add/adc/adc chain, the carry kept in the flag
  unsigned char c = _addcarry_u64(0, c0, static_cast<limb>(p), &o0);
  c = _addcarry_u64(c, c1, static_cast<limb>(p >> 64), &o1);
  _addcarry_u64(c, c2, 0, &o2);
  c0 = o0;
  c1 = o1;
  c2 = o2;
#else
  limb carry = 0;
  c0 = add_carry(c0, static_cast<limb>(p), carry);
  c1 = add_carry(c1, static_cast<limb>(p >> 64), carry);
  c2 += carry;
#endif
}

// t = a * b (2N limbs) by columns (Comba): the word products of a column
// are independent of each other, and each only adds into a three-word
// accumulator, so the carry chains stay short (row by row, every product
// waits for the carry of the one before). Unrolled for the fixed N: no
// call, no scratch, no branch.
template <std::size_t N>
inline void mul_wide(Limbs<2 * N>& t, const Limbs<N>& a, const Limbs<N>& b) {
  limb c0 = 0, c1 = 0, c2 = 0;
#pragma GCC unroll 32
  for (std::size_t k = 0; k + 1 < 2 * N; ++k) {
#pragma GCC unroll 16
    for (std::size_t i = k < N ? 0 : k - N + 1; i <= k && i < N; ++i) mul_acc(c0, c1, c2, a[i], b[k - i]);
    t[k] = c0;
    c0 = c1;
    c1 = c2;
    c2 = 0;
  }
  t[2 * N - 1] = c0;
}

// t = a^2 (2N limbs), by columns too: each product a[i]a[j], i < j, is
// computed once and added twice, so (N^2 + N)/2 word products.
template <std::size_t N>
inline void sqr_wide(Limbs<2 * N>& t, const Limbs<N>& a) {
  limb c0 = 0, c1 = 0, c2 = 0;
#pragma GCC unroll 32
  for (std::size_t k = 0; k + 1 < 2 * N; ++k) {
#pragma GCC unroll 16
    for (std::size_t i = k < N ? 0 : k - N + 1; 2 * i < k; ++i) {
      mul_acc(c0, c1, c2, a[i], a[k - i]);  // the compiler shares the product
      mul_acc(c0, c1, c2, a[i], a[k - i]);
    }
    if (k % 2 == 0) mul_acc(c0, c1, c2, a[k / 2], a[k / 2]);
    t[k] = c0;
    c0 = c1;
    c1 = c2;
    c2 = 0;
  }
  t[2 * N - 1] = c0;
}

// The reduction back-end of a field, chosen by the curve's prime (the
// point code above it is the same for all): generic Montgomery reduction,
// or one that uses the prime's shape:
// p256 and p521 have p = -1 mod 2^64, so the Montgomery factor of each
// round is the limb itself; p224 has p = 1 mod 2^64, so it is its negation.
//   p224: p = 2^224 - 2^96 + 1 (FIPS 186-4 D.1.2.2)
//   p256: p = 2^256 - 2^224 + 2^192 + 2^96 - 1 (FIPS 186-4 D.1.2.3)
//   p521: p = 2^521 - 1 (FIPS 186-4 D.1.2.5)
enum class PrimeShape { generic, p224, p256, p521 };

// The back-end a prime (lowercase hex, as in the curve table) calls for;
// the field's constructor checks the limbs as well.
constexpr PrimeShape shape_of_prime(std::string_view hex) {
  if (hex == "ffffffffffffffffffffffffffffffff000000000000000000000001") return PrimeShape::p224;
  if (hex == "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff") return PrimeShape::p256;
  if (hex.size() == 131 && hex[0] == '1' && hex.find_first_not_of('f', 1) == std::string_view::npos)
    return PrimeShape::p521;
  return PrimeShape::generic;
}

template <std::size_t N, PrimeShape S = PrimeShape::generic>
class MontField {
public:
  using Fe = Limbs<N>;

  explicit MontField(const Limbs<N>& modulus) : m_(modulus) {
    // m0inv = -m^-1 mod 2^64 by Newton iteration (each step doubles the bits).
    limb inv = 1;
    for (int i = 0; i < 7; ++i) inv *= 2 - m_[0] * inv;
    m0inv_ = 0 - inv;
    // R mod m and R^2 mod m, computed once with plain mpn division (public).
    Limbs<2 * N + 1> big{};
    big[N] = 1;
    Limbs<N + 1> q{};
    Limbs<N> rem{};
    mpn_tdiv_qr(q.data(), rem.data(), 0, big.data(), N + 1, m_.data(), N);
    one_ = rem;
    Limbs<2 * N + 1> big2{};
    big2[2 * N] = 1;
    Limbs<N + 2> q2{};
    mpn_tdiv_qr(q2.data(), rem.data(), 0, big2.data(), 2 * N + 1, m_.data(), N);
    r2_ = rem;
    if (mpn_sec_mul_itch(N, N) > static_cast<mp_size_t>(scratch_limbs) ||
        mpn_sec_sqr_itch(N) > static_cast<mp_size_t>(scratch_limbs))
      throw std::logic_error("GMP needs more scratch space than reserved");
    if (S != PrimeShape::generic && m_ != shape_modulus())
      throw std::logic_error("the prime does not have the shape of its field back-end");
    std::size_t bits = mpn_sizeinbase(m_.data(), N, 2);
    top_mask_ = bits % 64 ? (limb{1} << (bits % 64)) - 1 : ~limb{0};
  }

  const Fe& modulus() const { return m_; }
  const Fe& one() const { return one_; }

  // REDC (Montgomery 1985; HAC Algorithm 14.32) of a 2N-limb t < m*R:
  // N rounds of t += (t[i] * m0inv mod 2^64) * m * 2^(64i), carries kept in
  // registers (N^2 + N word multiplications), then one masked subtraction.
  void redc(Fe& r, Limbs<2 * N>& t) const {
    if constexpr (S == PrimeShape::p224) {
      redc_p224(r, t);
      return;
    } else if constexpr (S == PrimeShape::p256) {
      redc_p256(r, t);
      return;
    } else if constexpr (S == PrimeShape::p521) {
      redc_p521(r, t);
      return;
    }
    Fe carries;  // carry of row i belongs at limb i+N; added at the end
    for (std::size_t i = 0; i < N; ++i) {
      limb u = t[i] * m0inv_;
      limb carry = 0;
#pragma GCC unroll 16
      for (std::size_t j = 0; j < N; ++j) {
        wide_limb acc = static_cast<wide_limb>(u) * m_[j] + t[i + j] + carry;
        t[i + j] = static_cast<limb>(acc);
        carry = static_cast<limb>(acc >> 64);
      }
      carries[i] = carry;
    }
    Fe hi, reduced;
    std::copy(t.begin() + N, t.end(), hi.begin());
    limb top = add_n(hi, hi, carries);
    limb borrow = sub_n(reduced, hi, m_);
    // hi + top*R < 2m: subtract m iff that does not go negative.
    ct_select(r, (0 - top) | (borrow - 1), reduced, hi);
  }

  // r = a + b and r = a - b over N limbs; carry / borrow out. Plain
  // word arithmetic: no branch, no data-dependent index.
  static limb add_n(Fe& r, const Fe& a, const Fe& b) {
#if defined(__x86_64__)
    unsigned char carry = 0;
#pragma GCC unroll 16
    for (std::size_t i = 0; i < N; ++i) {
      unsigned long long out;
      carry = _addcarry_u64(carry, a[i], b[i], &out);
      r[i] = out;
    }
    return carry;
#else
    limb carry = 0;
    for (std::size_t i = 0; i < N; ++i) {
      wide_limb acc = static_cast<wide_limb>(a[i]) + b[i] + carry;
      r[i] = static_cast<limb>(acc);
      carry = static_cast<limb>(acc >> 64);
    }
    return carry;
#endif
  }
  static limb sub_n(Fe& r, const Fe& a, const Fe& b) {
#if defined(__x86_64__)
    unsigned char borrow = 0;
#pragma GCC unroll 16
    for (std::size_t i = 0; i < N; ++i) {
      unsigned long long out;
      borrow = _subborrow_u64(borrow, a[i], b[i], &out);
      r[i] = out;
    }
    return borrow;
#else
    limb borrow = 0;
    for (std::size_t i = 0; i < N; ++i) {
      wide_limb acc = static_cast<wide_limb>(a[i]) - b[i] - borrow;
      r[i] = static_cast<limb>(acc);
      borrow = static_cast<limb>(acc >> 64) & 1;
    }
    return borrow;
#endif
  }

  void mul(Fe& r, const Fe& a, const Fe& b) const {
    Limbs<2 * N> t;
    if constexpr (inline_product) {
      mul_wide<N>(t, a, b);
    } else {
      Limbs<scratch_limbs> tp;
      mpn_sec_mul(t.data(), a.data(), N, b.data(), N, tp.data());
    }
    redc(r, t);
  }

  void sqr(Fe& r, const Fe& a) const {
    Limbs<2 * N> t;
    if constexpr (inline_product) {
      sqr_wide<N>(t, a);
    } else {
      Limbs<scratch_limbs> tp;
      mpn_sec_sqr(t.data(), a.data(), N, tp.data());
    }
    redc(r, t);
  }

  // Inlined into the point formulas, whose values then stay in registers
  // (6% fewer instructions in a P-256 verification); the products are not:
  // inlined, they made the formulas slower.
  [[gnu::always_inline]] void add(Fe& r, const Fe& a, const Fe& b) const {
    Fe sum, reduced;
    limb carry = add_n(sum, a, b);
    limb borrow = sub_n(reduced, sum, m_);
    ct_select(r, (0 - carry) | (borrow - 1), reduced, sum);
  }

  [[gnu::always_inline]] void sub(Fe& r, const Fe& a, const Fe& b) const {
    Fe diff, corrected;
    limb borrow = sub_n(diff, a, b);
    add_n(corrected, diff, m_);
    ct_select(r, 0 - borrow, corrected, diff);
  }

  void neg(Fe& r, const Fe& a) const {
    Fe zero{};
    sub(r, zero, a);
  }

  void to_mont(Fe& r, const Fe& a) const { mul(r, a, r2_); }
  void from_mont(Fe& r, const Fe& a) const {
    Limbs<2 * N> t{};
    std::copy(a.begin(), a.end(), t.begin());
    redc(r, t);
  }

  // a^e for a public exponent e: left-to-right sliding windows of up to 4
  // bits over the odd powers a, a^3, ..., a^15 (HAC Algorithm 14.85). The
  // pattern of operations and table indices depends on e only.
  void pow_public(Fe& r, const Fe& a, const Fe& e) const {
    auto bit = [&](std::size_t i) { return static_cast<unsigned>(e[i / 64] >> (i % 64)) & 1; };
    std::array<Fe, 8> odd;  // odd[j] = a^(2j+1)
    Fe a2, acc = one_;
    odd[0] = a;
    sqr(a2, a);
    for (std::size_t j = 1; j < odd.size(); ++j) mul(odd[j], odd[j - 1], a2);
    bool started = false;  // acc = 1 until the first window: no squarings of 1
    for (std::size_t i = 64 * N; i > 0;) {  // bits [0, i) remain
      if (!bit(i - 1)) {  // branches on the public exponent only
        if (started) sqr(acc, acc);
        --i;
        continue;
      }
      std::size_t lo = i >= 4 ? i - 4 : 0;
      while (!bit(lo)) ++lo;  // the window [lo, i) ends in a one
      unsigned digit = 0;
      for (std::size_t k = i; k-- > lo;) digit = digit << 1 | bit(k);
      if (started) {
        for (std::size_t k = lo; k < i; ++k) sqr(acc, acc);
        mul(acc, acc, odd[digit / 2]);
      } else {
        acc = odd[digit / 2];
        started = true;
      }
      i = lo;
    }
    r = acc;
  }

  // a^-1 for a secret a, blinded: a random b hides a, so a*b may be
  // inverted by GMP's fast variable-time gcd (mpz_invert) and the result
  // multiplied back by b. Both a and the result are in Montgomery form.
  // Costs about a tenth of Fermat's a^(m-2) on these sizes. 0 maps to 0.
  void invert_blinded(Fe& r, const Fe& a) const {
    Fe b, ab, t, inv{};
    std::uint8_t raw[8 * N];
    WipeOnExit wiped(b, ab, inv, raw);
    do {
      random_bytes(raw);
      b = limbs_from_bytes<N>(raw);
      b[N - 1] &= top_mask_;  // below 2^bits(m); rejected unless below m
    } while (sub_n(t, b, m_) == 0 || ct_is_zero(b));  // branches on b only, never on a
    ct_secret(b.data(), sizeof b);  // the blinding factor must stay secret
    mul(ab, a, b);
    from_mont(t, ab);
    // a*b is uniform on [1, m) and independent of a: safe to reveal.
    ct_public(t.data(), sizeof t);
    if (!gcd_invert(inv, t)) {  // a = 0 (revealed only then)
      r = Fe{};
      return;
    }
    to_mont(inv, inv);
    mul(r, inv, b);  // (ab)^-1 R * bR / R = a^-1 R
  }

  // a^-1 for a public a (Montgomery form in and out) by GMP's
  // variable-time gcd, without blinding; 0 maps to 0.
  void invert_vartime(Fe& r, const Fe& a) const {
    Fe t;
    from_mont(t, a);
    if (!gcd_invert(r, t)) {
      r = Fe{};
      return;
    }
    to_mont(r, r);
  }

  // a^-1 = a^(m-2) for prime m (Fermat); 0 maps to 0.
  void invert(Fe& r, const Fe& a) const {
    Fe e = m_;
    Fe two{};
    two[0] = 2;
    mpn_sub_n(e.data(), e.data(), two.data(), N);
    pow_public(r, a, e);
  }

private:
  // The products of P-224 and P-256 are the inlined column loops above,
  // which the compiler schedules together with their reductions; every
  // other field uses GMP's mpn_sec_mul/mpn_sec_sqr (side-channel silent,
  // assembly), which measured faster there (min of 15 runs, ns per
  // mul+sqr: P-224 32 inlined against 45, P-256 34 against 42; generic
  // 4-limb reduction 55 inlined against 47; P-521 165 against 120).
  static constexpr bool inline_product = S == PrimeShape::p256 || S == PrimeShape::p224;
  static constexpr std::size_t scratch_limbs = 4 * N + 8;

  static Fe shape_modulus() {
    Fe p{};
    if constexpr (S == PrimeShape::p224) {
      static_assert(N == 4);
      p = {1, 0xffffffff00000000ULL, ~limb{0}, 0x00000000ffffffffULL};
    } else if constexpr (S == PrimeShape::p256) {
      static_assert(N == 4);
      p = {~limb{0}, 0x00000000ffffffffULL, 0, 0xffffffff00000001ULL};
    } else if constexpr (S == PrimeShape::p521) {
      static_assert(N == 9);
      for (std::size_t i = 0; i < 8; ++i) p[i] = ~limb{0};
      p[8] = 0x1ff;
    }
    return p;
  }

  // Adds the K limbs x at limb `at` of t (and the carry on up to the top,
  // kept in `top`). Fixed positions: no branch on the data.
  template <std::size_t K>
  static void add_at(Limbs<2 * N>& t, limb& top, std::size_t at, const Limbs<K>& x) {
    limb carry = 0;
#pragma GCC unroll 16
    for (std::size_t k = 0; k < K; ++k) t[at + k] = add_carry(t[at + k], x[k], carry);
#pragma GCC unroll 16
    for (std::size_t k = at + K; k < 2 * N; ++k) t[k] = add_carry(t[k], 0, carry);
    top += carry;
  }

  // The final step of both: hi + top*R < 2m; subtract m iff that does not
  // go negative (the same masked select as the generic reduction).
  void reduce_once(Fe& r, const Limbs<2 * N>& t, limb top) const {
    Fe hi, reduced;
    std::copy(t.begin() + N, t.end(), hi.begin());
    limb borrow = sub_n(reduced, hi, m_);
    ct_select(r, (0 - top) | (borrow - 1), reduced, hi);
  }

  // (The P-224 and P-256 rounds below are alike but written out each: a
  // shared helper taking the four words as an array made P-224's
  // multiplication twice as slow, the compiler keeping them in memory.)
  //
  // Montgomery reduction for P-256. Round i adds u*p*2^(64i) with u = t[i]
  // (-p^-1 = 1 mod 2^64): since u*p = u*(p+1) - u, it clears limb i and
  // adds u*(p+1)/2^64 = u*(2^192 - 2^160 + 2^128 + 2^32) from limb i+1 on:
  // u*2^32 as two shifted words, u*(2^64 - 2^32 + 1) as one word product.
  // One multiplication per round instead of N.
  // The carry out of round i belongs at limb i+5, where round i+1 adds its
  // last word: it is added there (that word is below 2^64 - 2^32 + 1, so
  // the sum fits), and no round propagates a carry further.
  void redc_p256(Fe& r, Limbs<2 * N>& t) const {
    limb pending = 0;
#pragma GCC unroll 4
    for (std::size_t i = 0; i < 4; ++i) {
      limb u = t[i];
      wide_limb hi = static_cast<wide_limb>(u) * 0xffffffff00000001ULL;
      limb carry = 0;
      t[i + 1] = add_carry(t[i + 1], u << 32, carry);
      t[i + 2] = add_carry(t[i + 2], u >> 32, carry);
      t[i + 3] = add_carry(t[i + 3], static_cast<limb>(hi), carry);
      t[i + 4] = add_carry(t[i + 4], static_cast<limb>(hi >> 64) + pending, carry);
      pending = carry;
    }
    reduce_once(r, t, pending);
  }

  // Montgomery reduction for P-224. Round i adds u*p*2^(64i) with
  // u = -t[i] mod 2^64 (-p^-1 = -1 mod 2^64): t[i] + u is 0 or 2^64, a
  // carry of (t[i] != 0), and the rest of u*p, u*(2^224 - 2^96) =
  // X*(2^128 - 1) with X = u*2^32, goes in from limb i+1 on as the four
  // words of X*2^128 - X: (X - 1)*2^128 + (2^128 - X) for X > 0, 0 for
  // X = 0. No multiplication; the carry of a round is added where the next
  // one adds its last word (below 2^32 + 1), as for P-256.
  void redc_p224(Fe& r, Limbs<2 * N>& t) const {
    limb pending = 0;
#pragma GCC unroll 4
    for (std::size_t i = 0; i < 4; ++i) {
      limb u = 0 - t[i];
      limb nonzero = (u | (0 - u)) >> 63;  // t[i] != 0, without a branch
      wide_limb x = static_cast<wide_limb>(u) << 32;
      wide_limb low = 0 - x, high = x - nonzero;  // X*2^128 - X = high*2^128 + low
      limb carry = nonzero;
      t[i + 1] = add_carry(t[i + 1], static_cast<limb>(low), carry);
      t[i + 2] = add_carry(t[i + 2], static_cast<limb>(low >> 64), carry);
      t[i + 3] = add_carry(t[i + 3], static_cast<limb>(high), carry);
      t[i + 4] = add_carry(t[i + 4], static_cast<limb>(high >> 64) + pending, carry);
      pending = carry;
    }
    reduce_once(r, t, pending);
  }

  // Montgomery reduction for P-521: with p = 2^521 - 1, round i clears
  // limb i and adds u*2^521 at limb i, that is u << 9 at limb i+8: no
  // multiplication at all.
  void redc_p521(Fe& r, Limbs<2 * N>& t) const {
    limb top = 0;
#pragma GCC unroll 9
    for (std::size_t i = 0; i < 9; ++i) {
      limb u = t[i];
      add_at<2>(t, top, i + 8, Limbs<2>{u << 9, u >> 55});
    }
    reduce_once(r, t, top);
  }

  // r = t^-1 mod m for a public t (plain form) by mpz_invert; false for t = 0.
  bool gcd_invert(Fe& r, const Fe& t) const {
    mpz_t tz, mz;
    mpz_roinit_n(mz, m_.data(), static_cast<mp_size_t>(N));
    mpz_init(tz);
    mpz_import(tz, N, -1, sizeof(limb), 0, 0, t.data());
    if (mpz_invert(tz, tz, mz) == 0) {
      mpz_clear(tz);
      return false;
    }
    r = Fe{};
    mpz_export(r.data(), nullptr, -1, sizeof(limb), 0, 0, tz);
    mpz_clear(tz);  // GMP's allocator wipes it (secure.cpp)
    return true;
  }

  Fe m_{}, one_{}, r2_{};
  limb m0inv_ = 0;
  limb top_mask_ = ~limb{0};
};

}  // namespace seccure::detail
