// The front's second pass over an input it has already checked (FORMAT.md
// §9.3): a file read twice, or a spooled copy, must give the second pass
// exactly the bytes the first pass vouched for. BlockHashes keeps a SHA-256
// of every block the first pass saw; the second pass reads whole blocks and
// releases none that differs (CTR mode lets whoever can change the file
// choose every plaintext bit, so a late change must not reach the output).
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "base/primitives.hpp"
#include "seccure/secure.hpp"

namespace seccure::cli {

class BlockHashes {
public:
  static constexpr std::size_t block_size = std::size_t{1} << 20;

  // First pass: the bytes in order, in chunks of any size.
  void feed(ByteView data);
  // First pass: the end of the input.
  void finish();
  // Second pass: whether `block`, the index-th block (block_size bytes but
  // the last, which may be shorter and is the only one that may be empty),
  // is what the first pass saw.
  bool matches(std::size_t index, ByteView block) const;
  // The number of blocks the first pass saw.
  std::size_t blocks() const { return digests_.size(); }

private:
  using Hash = std::array<std::uint8_t, 32>;
  static Hash hash_of(Digest& d);
  std::optional<Digest> current_;
  std::size_t in_block_ = 0;
  std::vector<Hash> digests_;
  std::vector<std::size_t> sizes_;
};

}  // namespace seccure::cli
