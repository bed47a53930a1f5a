// Stream plumbing shared by the schemes: seccure's formats put a fixed-size
// trailer (MAC tag, binary signature) at the end of an unbounded stream, so
// the last bytes must be held back until the end of input. Internal (not
// installed): the decryptors and seccure-verify use it.
#pragma once
#include <cstddef>
#include <functional>

#include "seccure/secure.hpp"

namespace seccure {

class TailSplitter {
public:
  explicit TailSplitter(std::size_t tail_len) : tail_len_(tail_len) { held_.reserve(tail_len); }

  // Feeds the next chunk; `body` receives, in order, every byte that is
  // certainly not part of the trailer. Memory use is bounded by tail_len.
  void push(ByteView chunk, const std::function<void(ByteView)>& body);

  // True once at least tail_len bytes have been pushed.
  bool complete() const { return held_.size() == tail_len_; }
  ByteView tail() const { return held_; }

private:
  std::size_t tail_len_;
  Bytes held_;
};

}  // namespace seccure
