#include "seccure/secure.hpp"

#include <gcrypt.h>
#include <gmp.h>
#include <sodium.h>

#include <sys/mman.h>

#include <array>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>
#include <utility>

namespace seccure {

namespace detail {
bool ctgrind_active = false;
}

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

// sodium_malloc does not fail when mlock does (RLIMIT_MEMLOCK too low): it
// returns unlocked memory. Locking again is a no-op for locked pages, so a
// second mlock of our own tells whether the first one worked; libgcrypt's
// pool is under the same per-process limit.
std::atomic<bool> lock_failed{false};

void check_locked(void* p, std::size_t n) {
  if (p && ::mlock(p, n) != 0) lock_failed.store(true, std::memory_order_relaxed);
}

// Secure buffers are small and short-lived, and sodium_malloc costs several
// system calls each (mmap, mlock, mprotect): tens of microseconds, more than
// a whole signature. So blocks are carved from 16 KiB regions (a seccure-*
// run needs a few KiB, and mlock faults in every page at once) that are
// themselves sodium_malloc'ed (locked, behind guard pages), kept on free
// lists per size class, and wiped whenever they are released.
class SecureArena {
public:
  static SecureArena& instance() {
    static SecureArena arena;
    return arena;
  }

  void* allocate(std::size_t size) {
    std::size_t cls = size_class(size);
    if (cls == classes) {  // large: its own guarded mapping
      void* p = sodium_malloc(size);
      check_locked(p, size);
      return p;
    }
    std::lock_guard lock(mutex_);
    if (!free_[cls]) refill(cls);
    Block* b = free_[cls];
    free_[cls] = b->next;
    return b;
  }

  void release(void* p, std::size_t size) {
    std::size_t cls = size_class(size);
    if (cls == classes) {
      sodium_free(p);  // wipes before unmapping
      return;
    }
    sodium_memzero(p, block_size(cls));
    std::lock_guard lock(mutex_);
    auto* b = static_cast<Block*>(p);
    b->next = free_[cls];
    free_[cls] = b;
  }

private:
  struct Block {
    Block* next;
  };
  static constexpr std::size_t classes = 7;  // 32 .. 2048 bytes
  static constexpr std::size_t region_size = 16384;
  static std::size_t block_size(std::size_t cls) { return std::size_t{32} << cls; }
  static std::size_t size_class(std::size_t size) {
    for (std::size_t c = 0; c < classes; ++c)
      if (size <= block_size(c)) return c;
    return classes;
  }

  void refill(std::size_t cls) {
    if (region_left_ < block_size(cls)) {
      region_ = static_cast<std::uint8_t*>(sodium_malloc(region_size));
      if (!region_) throw std::bad_alloc();
      check_locked(region_, region_size);
      region_left_ = region_size;
    }
    // Regions are never returned: every block in them is wiped on release.
    auto* b = reinterpret_cast<Block*>(region_);
    region_ += block_size(cls);
    region_left_ -= block_size(cls);
    b->next = nullptr;
    free_[cls] = b;
  }

  std::mutex mutex_;
  std::array<Block*, classes> free_{};
  std::uint8_t* region_ = nullptr;
  std::size_t region_left_ = 0;
};

}  // namespace

// GMP's own allocation functions, exported by every libgmp (gmp-impl.h
// declares them; gmp.h does not). mp_get_memory_functions returns exactly
// these until someone calls mp_set_memory_functions, which is how a host's
// own allocator is told from GMP's default whatever the order of start-up.
extern "C" {
void* __gmp_default_allocate(std::size_t);
void* __gmp_default_reallocate(void*, std::size_t, std::size_t);
void __gmp_default_free(void*, std::size_t);
}

namespace {

bool gmp_has_default_allocator() {
  void* (*alloc)(std::size_t) = nullptr;
  void* (*realloc)(void*, std::size_t, std::size_t) = nullptr;
  void (*release)(void*, std::size_t) = nullptr;
  mp_get_memory_functions(&alloc, &realloc, &release);
  return alloc == __gmp_default_allocate && realloc == __gmp_default_reallocate && release == __gmp_default_free;
}

std::once_flag init_once;

}  // namespace

bool init(const InitOptions& options) {
  bool ran = false;
  std::call_once(init_once, [&] {
    ran = true;
    if (sodium_init() < 0) std::abort();  // no CSPRNG: nothing safe can be done
    if (options.gmp_allocator && gmp_has_default_allocator()) mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
    // Not even the version check when the host initialises libgcrypt: some
    // of its settings must come before that call.
    if (!options.gcrypt) return;
    if (!gcry_check_version(GCRYPT_VERSION)) std::abort();
    if (gcry_control(GCRYCTL_INITIALIZATION_FINISHED_P)) return;  // the host's settings stand
    // Key schedules live in libgcrypt's own locked pool (GCRY_*_SECURE).
    // 16 KiB as the original's (one hash or cipher context at a time needs
    // far less), growing if ever needed: mlock populates the whole pool, and
    // for a short run every locked page is a page fault.
    gcry_control(GCRYCTL_DISABLE_SECMEM_WARN);
    gcry_control(GCRYCTL_AUTO_EXPAND_SECMEM, 16384u);
    gcry_control(GCRYCTL_INIT_SECMEM, 16384, 0);
    gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
  });
  return ran;
}

void init() { init(InitOptions{}); }

SecureBuffer::SecureBuffer(std::size_t size) : size_(size) {
  init();
  if (size_ == 0) return;
  data_ = static_cast<std::uint8_t*>(SecureArena::instance().allocate(size_));
  if (!data_) throw std::bad_alloc();
  std::memset(data_, 0, size_);
}

SecureBuffer::SecureBuffer(ByteView contents) : SecureBuffer(contents.size()) {
  if (size_) std::memcpy(data_, contents.data(), size_);
}

SecureBuffer::~SecureBuffer() {
  if (data_) SecureArena::instance().release(data_, size_);
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept {
  if (this != &other) {
    if (data_) SecureArena::instance().release(data_, size_);
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

bool memory_locked() {
  SecureBuffer probe(1);  // makes sure the first region exists (and was tried)
  return !lock_failed.load(std::memory_order_relaxed);
}

void random_bytes(std::span<std::uint8_t> out) {
  init();
  randombytes_buf(out.data(), out.size());
}

}  // namespace seccure
