#include "base/primitives.hpp"

#include <gcrypt.h>

#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>
#include <stdexcept>
#include <utility>

namespace seccure {
namespace {

gcry_md_hd_t md(void* h) { return static_cast<gcry_md_hd_t>(h); }
gcry_cipher_hd_t cipher(void* h) { return static_cast<gcry_cipher_hd_t>(h); }

[[noreturn]] void gcrypt_failure(const char* what, gcry_error_t err) {
  throw std::runtime_error(std::string(what) + ": " + gcry_strerror(err));
}

}  // namespace

Digest::Digest(Kind kind, ByteView hmac_key) : kind_(kind) {
  init();
  int algo = kind == Kind::sha512 ? GCRY_MD_SHA512 : GCRY_MD_SHA256;
  unsigned flags = GCRY_MD_FLAG_SECURE;
  if (kind == Kind::hmac_sha256) flags |= GCRY_MD_FLAG_HMAC;
  gcry_md_hd_t h = nullptr;
  if (auto err = gcry_md_open(&h, algo, flags)) gcrypt_failure("cannot open hash", err);
  handle_ = h;
  if (kind == Kind::hmac_sha256) {
    if (auto err = gcry_md_setkey(h, hmac_key.data(), hmac_key.size()))
      gcrypt_failure("cannot set HMAC key", err);
  }
}

Digest::~Digest() {
  if (handle_) gcry_md_close(md(handle_));
}

Digest::Digest(Digest&& other) noexcept
    : handle_(std::exchange(other.handle_, nullptr)), kind_(other.kind_) {}

void Digest::update(ByteView data) {
  if (!data.empty()) gcry_md_write(md(handle_), data.data(), data.size());
}

void Digest::update_byte(std::uint8_t b) { gcry_md_putc(md(handle_), b); }

std::size_t Digest::size() const { return kind_ == Kind::sha512 ? 64 : 32; }

SecureBuffer Digest::finish() {
  gcry_md_final(md(handle_));
  const auto* out = gcry_md_read(md(handle_), 0);
  return SecureBuffer(ByteView(out, size()));
}

SecureBuffer sha256(ByteView data) {
  Digest d(Digest::Kind::sha256);
  d.update(data);
  return d.finish();
}

SecureBuffer sha512(ByteView data) {
  Digest d(Digest::Kind::sha512);
  d.update(data);
  return d.finish();
}

struct PipelinedDigest::Worker {
  std::mutex mutex;
  std::condition_variable cv;
  ByteView job;
  bool busy = false, stop = false;
  std::thread thread;
};

// Below this size a hand-over costs more than it saves.
constexpr std::size_t async_threshold = 32 * 1024;

PipelinedDigest::PipelinedDigest(Digest digest) : digest_(std::move(digest)) {}

PipelinedDigest::~PipelinedDigest() {
  if (!worker_) return;
  {
    std::lock_guard lock(worker_->mutex);
    worker_->stop = true;
  }
  worker_->cv.notify_all();
  worker_->thread.join();
}

void PipelinedDigest::wait_idle() {
  if (!worker_) return;
  std::unique_lock lock(worker_->mutex);
  worker_->cv.wait(lock, [&] { return !worker_->busy; });
}

void PipelinedDigest::update(ByteView data) {
  wait_idle();
  digest_.update(data);
}

void PipelinedDigest::update_async(ByteView data) {
  if (data.size() < async_threshold) return update(data);
  if (!worker_) {
    worker_ = std::make_unique<Worker>();
    worker_->thread = std::thread([w = worker_.get(), this] {
      std::unique_lock lock(w->mutex);
      for (;;) {
        w->cv.wait(lock, [&] { return w->busy || w->stop; });
        if (w->busy) {
          ByteView job = w->job;
          lock.unlock();
          digest_.update(job);
          lock.lock();
          w->busy = false;
          w->cv.notify_all();
        } else if (w->stop) {
          return;
        }
      }
    });
  }
  std::unique_lock lock(worker_->mutex);
  worker_->cv.wait(lock, [&] { return !worker_->busy; });
  worker_->job = data;
  worker_->busy = true;
  lock.unlock();
  worker_->cv.notify_all();
}

SecureBuffer PipelinedDigest::finish() {
  wait_idle();
  return digest_.finish();
}

AesCtr::AesCtr(ByteView key32) {
  init();
  gcry_cipher_hd_t h = nullptr;
  if (auto err = gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_CTR, GCRY_CIPHER_SECURE))
    gcrypt_failure("cannot open AES-256-CTR", err);
  handle_ = h;
  if (auto err = gcry_cipher_setkey(h, key32.data(), key32.size()))
    gcrypt_failure("cannot set AES key", err);
  if (auto err = gcry_cipher_setctr(h, nullptr, 0)) gcrypt_failure("cannot set counter", err);
}

AesCtr::~AesCtr() {
  if (handle_) gcry_cipher_close(cipher(handle_));
}

AesCtr::AesCtr(AesCtr&& other) noexcept : handle_(std::exchange(other.handle_, nullptr)) {}

void AesCtr::apply(std::span<std::uint8_t> data) {
  // libgcrypt's CTR mode keeps the unused part of the last key-stream block,
  // so chunk boundaries need not be block-aligned.
  if (data.empty()) return;
  if (auto err = gcry_cipher_encrypt(cipher(handle_), data.data(), data.size(), nullptr, 0))
    gcrypt_failure("AES-CTR failed", err);
}

void AesCtr::apply(std::span<std::uint8_t> out, ByteView in) {
  if (in.empty()) return;
  if (out.size() != in.size()) throw std::logic_error("AES-CTR output and input differ in size");
  if (auto err = gcry_cipher_encrypt(cipher(handle_), out.data(), out.size(), in.data(), in.size()))
    gcrypt_failure("AES-CTR failed", err);
}

void AesCtr::keystream(std::span<std::uint8_t> out) {
  std::memset(out.data(), 0, out.size());
  apply(out);
}

}  // namespace seccure
