// Secret memory: every secret byte of seccure++ lives in a SecureBuffer.
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace seccure {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

// Initialises libsodium and libgcrypt once, and routes GMP's allocations through
// an allocator that wipes every limb buffer before it is freed. Idempotent and
// cheap after the first call; every library entry point that touches secrets
// calls it, so programs need not.
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
