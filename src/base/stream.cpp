#include "base/stream.hpp"

#include <algorithm>

namespace seccure {

void TailSplitter::push(ByteView chunk, const std::function<void(ByteView)>& body) {
  std::size_t total = held_.size() + chunk.size();
  if (total <= tail_len_) {
    held_.insert(held_.end(), chunk.begin(), chunk.end());
    return;
  }
  std::size_t release = total - tail_len_;
  std::size_t from_held = std::min(release, held_.size());
  if (from_held) body(ByteView(held_).first(from_held));
  if (release > from_held) body(chunk.first(release - from_held));
  // Keep the last tail_len bytes of held_ || chunk.
  held_.erase(held_.begin(), held_.begin() + static_cast<std::ptrdiff_t>(from_held));
  auto keep_from_chunk = chunk.subspan(release - from_held);
  held_.insert(held_.end(), keep_from_chunk.begin(), keep_from_chunk.end());
}

}  // namespace seccure
