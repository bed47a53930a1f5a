#include "seccure/secure.hpp"

#include <gcrypt.h>
#include <gmp.h>
#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>
#include <utility>

namespace seccure {
namespace {

// GMP gives the old size on realloc and free, so every limb buffer that ever
// held a secret (scalars, shared points, reductions) is wiped before release.
void* gmp_alloc(std::size_t n) {
  void* p = std::malloc(n);
  if (!p) throw std::bad_alloc();
  return p;
}
void* gmp_realloc(void* old, std::size_t old_size, std::size_t new_size) {
  void* p = gmp_alloc(new_size);
  std::memcpy(p, old, old_size < new_size ? old_size : new_size);
  sodium_memzero(old, old_size);
  std::free(old);
  return p;
}
void gmp_free(void* p, std::size_t size) {
  if (!p) return;
  sodium_memzero(p, size);
  std::free(p);
}

}  // namespace

void init() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) std::abort();  // no CSPRNG: nothing safe can be done
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
    if (!gcry_check_version(GCRYPT_VERSION)) std::abort();
    // Key schedules live in libgcrypt's own locked pool (GCRY_*_SECURE).
    gcry_control(GCRYCTL_DISABLE_SECMEM_WARN);
    gcry_control(GCRYCTL_INIT_SECMEM, 65536, 0);
    gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
  });
}

SecureBuffer::SecureBuffer(std::size_t size) : size_(size) {
  init();
  if (size_ == 0) return;
  data_ = static_cast<std::uint8_t*>(sodium_malloc(size_));
  if (!data_) throw std::bad_alloc();
  std::memset(data_, 0, size_);
}

SecureBuffer::SecureBuffer(ByteView contents) : SecureBuffer(contents.size()) {
  if (size_) std::memcpy(data_, contents.data(), size_);
}

SecureBuffer::~SecureBuffer() {
  if (data_) sodium_free(data_);  // sodium_free wipes before unmapping
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept {
  if (this != &other) {
    if (data_) sodium_free(data_);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

bool equal_ct(ByteView a, ByteView b) {
  if (a.size() != b.size()) return false;  // lengths are public
  if (a.empty()) return true;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

void wipe(void* p, std::size_t n) { sodium_memzero(p, n); }

void random_bytes(std::span<std::uint8_t> out) {
  init();
  randombytes_buf(out.data(), out.size());
}

}  // namespace seccure
