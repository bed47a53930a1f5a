// Secret memory: every secret byte of seccure++ lives in a SecureBuffer.
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace seccure {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

// Process-wide set-up, done once: by the first call of init(), which every
// library entry point that touches secrets makes, so programs need not. It
//  - calls sodium_init() (which libsodium allows any number of times);
//  - routes GMP's allocations, for the whole process, through an allocator
//    that wipes every buffer before freeing it (mp_set_memory_functions),
//    unless memory functions other than GMP's defaults are installed
//    already: a host's own allocator is kept (GMP's buffers are then wiped
//    only if it wipes them);
//  - initialises libgcrypt (version check, a 16 KiB locked pool for secure
//    memory that grows on demand, no secure-memory warnings, initialisation
//    finished), unless the host has finished initialising it already
//    (GCRYCTL_INITIALIZATION_FINISHED_P): its settings are then kept, and
//    contexts holding secrets are in locked memory only if it set up a
//    secure pool.
// A host that uses GMP or libgcrypt itself therefore either sets them up
// first (mp_set_memory_functions; gcry_check_version, its secure memory,
// GCRYCTL_INITIALIZATION_FINISHED) and then uses seccure, or calls
// init(InitOptions) before any other seccure function to leave one alone.
// Thread-safe; the first call decides.
struct InitOptions {
  bool gmp_allocator = true;  // false: never touch GMP's memory functions
  bool gcrypt = true;         // false: the host sets libgcrypt up (before seccure uses it)
};
// True if this call did the set-up, false if it had been done before (then
// `options` had no effect).
bool init(const InitOptions& options);
void init();

// A fixed-size buffer in locked memory (never swapped) from libsodium's
// guarded allocator, wiped on destruction. Small buffers share guarded
// regions (secure.cpp says why); large ones get their own. Move-only.
class SecureBuffer {
public:
  SecureBuffer() = default;
  explicit SecureBuffer(std::size_t size);
  SecureBuffer(ByteView contents);
  ~SecureBuffer();
  SecureBuffer(SecureBuffer&& other) noexcept;
  SecureBuffer& operator=(SecureBuffer&& other) noexcept;
  SecureBuffer(const SecureBuffer&) = delete;
  SecureBuffer& operator=(const SecureBuffer&) = delete;

  std::uint8_t* data() { return data_; }
  const std::uint8_t* data() const { return data_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::span<std::uint8_t> span() { return {data_, size_}; }
  ByteView view() const { return {data_, size_}; }
  std::uint8_t& operator[](std::size_t i) { return data_[i]; }
  std::uint8_t operator[](std::size_t i) const { return data_[i]; }

private:
  std::uint8_t* data_ = nullptr;
  std::size_t size_ = 0;
};

// False once locking secret memory has failed (RLIMIT_MEMLOCK too low:
// `ulimit -l`): SecureBuffers, and libgcrypt's pool under the same limit,
// then work in memory that may be swapped to disk. The library never
// prints; programs may warn. Allocates the first secure region if needed.
bool memory_locked();

// Constant-time equality of two equally long byte strings.
bool equal_ct(ByteView a, ByteView b);

// Overwrites memory in a way the compiler cannot drop.
void wipe(void* p, std::size_t n);

// Fills the buffer from the system's CSPRNG.
void random_bytes(std::span<std::uint8_t> out);

}  // namespace seccure
