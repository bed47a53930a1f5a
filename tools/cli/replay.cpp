// The first pass's block hashes (replay.hpp).
#include "replay.hpp"

#include <algorithm>

namespace seccure::cli {

BlockHashes::Hash BlockHashes::hash_of(Digest& d) {
  SecureBuffer h = d.finish();
  Hash out{};
  std::copy(h.data(), h.data() + out.size(), out.begin());
  return out;
}

void BlockHashes::feed(ByteView data) {
  while (!data.empty()) {
    if (!current_) current_.emplace(Digest::Kind::sha256);
    std::size_t take = std::min(data.size(), block_size - in_block_);
    current_->update(data.first(take));
    in_block_ += take;
    data = data.subspan(take);
    if (in_block_ == block_size) {
      digests_.push_back(hash_of(*current_));
      sizes_.push_back(block_size);
      current_.reset();
      in_block_ = 0;
    }
  }
}

void BlockHashes::finish() {
  // The last block, short or empty: an input of whole blocks ends with an
  // empty one, so that a second pass that finds more bytes is caught too.
  if (!current_) current_.emplace(Digest::Kind::sha256);
  digests_.push_back(hash_of(*current_));
  sizes_.push_back(in_block_);
  current_.reset();
  in_block_ = 0;
}

bool BlockHashes::matches(std::size_t index, ByteView block) const {
  if (index >= digests_.size() || block.size() != sizes_[index]) return false;
  Digest d(Digest::Kind::sha256);
  d.update(block);
  return hash_of(d) == digests_[index];
}

}  // namespace seccure::cli
