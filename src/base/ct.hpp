// Marks for the constant-time test (tests/ct): under valgrind memcheck,
// secret bytes are marked undefined, so any branch or memory index that
// depends on them is reported (the "ctgrind" technique, A. Langley 2010).
// Outside that test both calls cost a few instructions and do nothing.
#pragma once
#include <cstddef>

#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#define SECCURE_HAVE_MEMCHECK 1
#endif
#endif

namespace seccure::detail {

// Set only by the constant-time test: fresh random secrets are then marked.
extern bool ctgrind_active;

// The bytes are secret from here on (random scalars as they are drawn).
inline void ct_secret(const void* p, std::size_t n) {
#ifdef SECCURE_HAVE_MEMCHECK
  if (ctgrind_active) VALGRIND_MAKE_MEM_UNDEFINED(p, n);
#else
  (void)p, (void)n;
#endif
}

// The bytes are public from here on. Every call site says why.
inline void ct_public(const void* p, std::size_t n) {
#ifdef SECCURE_HAVE_MEMCHECK
  VALGRIND_MAKE_MEM_DEFINED(p, n);
#else
  (void)p, (void)n;
#endif
}

template <typename T>
inline T ct_public_value(T v) {
  ct_public(&v, sizeof v);
  return v;
}

}  // namespace seccure::detail
