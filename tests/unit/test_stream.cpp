// TailSplitter: the trailer of an unbounded stream held back until the end.
#include "base/stream.hpp"

#include "vectors.hpp"

using namespace seccure;
using tv::Bytes;

TEST_SUITE("stream") {

TEST_CASE("TailSplitter: random chunkings equal the simple split of the whole input") {
  for (int round = 0; round < 3000; ++round) {
    std::size_t tail_len = round % 10 == 0 ? 0 : tv::uniform(0, 140);
    std::size_t len = tv::uniform(0, 400);
    Bytes data = tv::random_bytes(len);
    int mode = static_cast<int>(tv::uniform(0, 2));
    std::size_t max_chunk = tv::uniform(1, 200);
    CAPTURE(tail_len);
    CAPTURE(len);
    CAPTURE(mode);

    TailSplitter t(tail_len);
    CHECK(t.complete() == (tail_len == 0));
    Bytes body;
    std::size_t fed = 0;
    auto chunks = tv::chunking(len, mode, max_chunk);
    // sprinkle empty chunks
    if (round % 3 == 0) chunks.insert(chunks.begin(), 0);
    for (std::size_t n : chunks) {
      t.push(ByteView(data).subspan(fed, n), [&](ByteView b) {
        CHECK(!b.empty());
        body.insert(body.end(), b.begin(), b.end());
      });
      fed += n;
      // exactly the bytes that are certainly not trailer have been released
      std::size_t released = fed > tail_len ? fed - tail_len : 0;
      REQUIRE(body.size() == released);
      CHECK(std::equal(body.begin(), body.end(), data.begin()));
      CHECK(t.tail().size() == std::min(fed, tail_len));
      CHECK(t.complete() == (fed >= tail_len));
      CHECK(std::equal(t.tail().begin(), t.tail().end(), data.begin() + static_cast<std::ptrdiff_t>(released)));
    }
    REQUIRE(fed == len);
    if (len >= tail_len) {
      CHECK(t.complete());
      CHECK(body == Bytes(data.begin(), data.end() - static_cast<std::ptrdiff_t>(tail_len)));
      CHECK(Bytes(t.tail().begin(), t.tail().end()) == Bytes(data.end() - static_cast<std::ptrdiff_t>(tail_len), data.end()));
    } else {
      CHECK_FALSE(t.complete());
      CHECK(body.empty());
      CHECK(Bytes(t.tail().begin(), t.tail().end()) == data);
    }
  }
}

TEST_CASE("TailSplitter: short input is not complete") {
  TailSplitter t(10);
  Bytes body;
  auto sink = [&](ByteView b) { body.insert(body.end(), b.begin(), b.end()); };
  CHECK_FALSE(t.complete());
  t.push(Bytes{1, 2, 3}, sink);
  t.push(Bytes{}, sink);
  t.push(Bytes{4, 5, 6, 7, 8, 9}, sink);
  CHECK_FALSE(t.complete());
  CHECK(body.empty());
  CHECK(t.tail().size() == 9);
  t.push(Bytes{10}, sink);
  CHECK(t.complete());
  CHECK(body.empty());
  t.push(Bytes{11}, sink);
  CHECK(body == Bytes{1});
  CHECK(Bytes(t.tail().begin(), t.tail().end()) == Bytes{2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
}

}  // TEST_SUITE
