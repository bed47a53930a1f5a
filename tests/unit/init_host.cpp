// seccure::init({}) in a host process that uses GMP and libgcrypt itself
// (secure.hpp): one scenario per run, since the set-up happens once per
// process. Exits 0 if the scenario holds, 1 with a message otherwise.
//   host-first  the host installs its GMP allocator and initialises libgcrypt
//               first: both are kept, and seccure works
//   default     nothing set up: seccure installs its wiping GMP allocator
//   opt-out     init({.gmp_allocator = false, .gcrypt = false}) first: GMP's
//               defaults stay, libgcrypt is left to the host
#include <gcrypt.h>
#include <gmp.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "seccure/seccure.hpp"

namespace {

int host_allocations = 0;
void* host_alloc(std::size_t n) {
  ++host_allocations;
  return std::malloc(n);
}
void* host_realloc(void* p, std::size_t, std::size_t n) { return std::realloc(p, n); }
void host_free(void* p, std::size_t) { std::free(p); }

struct GmpFunctions {
  void* (*alloc)(std::size_t);
  void* (*realloc)(void*, std::size_t, std::size_t);
  void (*release)(void*, std::size_t);
  bool operator==(const GmpFunctions&) const = default;
};
GmpFunctions gmp_functions() {
  GmpFunctions f{};
  mp_get_memory_functions(&f.alloc, &f.realloc, &f.release);
  return f;
}

int failures = 0;
void expect(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "init_host: %s\n", what);
    ++failures;
  }
}

// Uses GMP (key arithmetic), libgcrypt (hashes, AES) and libsodium.
void use_seccure() {
  std::string key = seccure::passphrase_to_pubkey("host", "p256");
  std::string ct = seccure::encrypt("message", key, {.curve = "p256"});
  expect(seccure::decrypt(ct, "host", {.curve = "p256"}) == "message", "seccure does not work");
  std::string sig = seccure::sign("message", "host");
  expect(seccure::verify("message", sig, seccure::passphrase_to_pubkey("host")), "a signature does not verify");
}

}  // namespace

int main(int argc, char** argv) {
  std::string_view mode = argc > 1 ? argv[1] : "";
  const GmpFunctions defaults = gmp_functions();  // nobody has changed them yet
  if (mode == "host-first") {
    mp_set_memory_functions(host_alloc, host_realloc, host_free);
    if (!gcry_check_version(GCRYPT_VERSION)) return 1;
    gcry_control(GCRYCTL_DISABLE_SECMEM, 0);
    gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
    use_seccure();
    expect(gmp_functions() == GmpFunctions{host_alloc, host_realloc, host_free}, "the host's GMP allocator was replaced");
    mpz_t big;
    mpz_init_set_str(big, "123456789012345678901234567890", 10);
    mpz_clear(big);
    expect(host_allocations > 0, "the host's GMP allocator is not called");
    expect(!seccure::init({}), "init() ran again");
  } else if (mode == "default") {
    expect(seccure::init({}), "init() did not run at its first call");
    expect(!(gmp_functions() == defaults), "the wiping GMP allocator was not installed");
    expect(gcry_control(GCRYCTL_INITIALIZATION_FINISHED_P) != 0, "libgcrypt was not initialised");
    use_seccure();
  } else if (mode == "opt-out") {
    expect(seccure::init({.gmp_allocator = false, .gcrypt = false}), "init() did not run at its first call");
    expect(gmp_functions() == defaults, "GMP's allocator was replaced despite gmp_allocator = false");
    expect(gcry_control(GCRYCTL_ANY_INITIALIZATION_P) == 0, "libgcrypt was touched despite gcrypt = false");
    expect(!seccure::init({}), "init() ran twice");
    // The host's own libgcrypt set-up, after seccure's init().
    if (!gcry_check_version(GCRYPT_VERSION)) return 1;
    gcry_control(GCRYCTL_INIT_SECMEM, 32768, 0);
    gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
    use_seccure();
  } else {
    std::fprintf(stderr, "usage: init_host host-first|default|opt-out\n");
    return 2;
  }
  return failures ? 1 : 0;
}
