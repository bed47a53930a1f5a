// _seccure: the compiled half of the Python module `seccure` (issue 11).
//
// A thin binding of the typed C++ layer (keys, ECIES, ECDSA, signcryption,
// DH, encodings). It does three things only: converts types (any object with
// the buffer protocol -- bytes, bytearray, memoryview, ... -- in; bytes and
// str out), releases the GIL around everything that computes (scalar
// multiplications, bulk AES/HMAC/SHA work), and maps failures to Python
// exceptions (ValueError, KeyError for unknown curve names, and
// IntegrityError, a ValueError, for a MAC or signature that does not check).
// py-seccure's API -- names, defaults, file objects, streaming contexts --
// is built on top of this in seccure/__init__.py.
//
// Secrets (private scalars, ECIES keys) stay in the library's SecureBuffers;
// a private scalar becomes a Python object only when asked for by name
// (PrivateKey.scalar, behind py-seccure's PrivKey.e), and Python cannot wipe
// that copy.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <string>

#include "seccure/curves.hpp"
#include "seccure/dh.hpp"
#include "seccure/ecdsa.hpp"
#include "seccure/ecies.hpp"
#include "seccure/encoding.hpp"
#include "seccure/errors.hpp"
#include "seccure/keys.hpp"
#include "seccure/points.hpp"
#include "seccure/secure.hpp"
#include "seccure/signcrypt.hpp"

namespace py = pybind11;
using namespace seccure;

namespace {

// --- type conversion -----------------------------------------------------------

// A read-only view of any C-contiguous buffer (bytes, bytearray, memoryview,
// array, mmap, ...), held for the lifetime of the object. While it is held,
// a bytearray cannot be resized, so the pointer stays valid with the GIL
// released (its contents may still change under a concurrent writer: the
// caller's business, as for any C function reading a buffer).
class BytesIn {
public:
  explicit BytesIn(const py::handle& obj) {
    if (PyUnicode_Check(obj.ptr())) throw py::type_error("a bytes-like object is required, not 'str'");
    if (PyObject_GetBuffer(obj.ptr(), &view_, PyBUF_SIMPLE) != 0) throw py::error_already_set();
    held_ = true;
  }
  ~BytesIn() {
    if (held_) PyBuffer_Release(&view_);
  }
  BytesIn(const BytesIn&) = delete;
  BytesIn& operator=(const BytesIn&) = delete;
  ByteView view() const { return {static_cast<const std::uint8_t*>(view_.buf), static_cast<std::size_t>(view_.len)}; }
  std::size_t size() const { return static_cast<std::size_t>(view_.len); }

private:
  Py_buffer view_{};
  bool held_ = false;
};

py::bytes to_bytes(ByteView data) {
  return py::bytes(reinterpret_cast<const char*>(data.data()), data.size());
}

// A new bytes object of `size` bytes whose contents are written in place
// (PyBytes_FromStringAndSize(NULL, n) is the one sanctioned way to do that).
py::bytes new_bytes(std::size_t size, std::uint8_t*& data) {
  PyObject* obj = PyBytes_FromStringAndSize(nullptr, static_cast<Py_ssize_t>(size));
  if (!obj) throw py::error_already_set();
  data = reinterpret_cast<std::uint8_t*>(PyBytes_AS_STRING(obj));
  return py::reinterpret_steal<py::bytes>(obj);
}

// Plaintext that failed its check is wiped before the bytes object is freed.
void wipe_bytes(py::bytes& b) {
  char* p = PyBytes_AS_STRING(b.ptr());
  wipe(p, static_cast<std::size_t>(PyBytes_GET_SIZE(b.ptr())));
}

// --- exceptions ------------------------------------------------------------------

PyObject* integrity_error = nullptr;  // seccure.IntegrityError (a ValueError)

[[noreturn]] void raise_integrity(const char* what) {
  PyErr_SetString(integrity_error, what);
  throw py::error_already_set();
}
[[noreturn]] void raise_integrity(Problem problem) { raise_integrity(std::string(message(problem)).c_str()); }

// Curves are named exactly by their full names (seccure/__init__.py maps
// the names users give to these); anything else is a KeyError, as in
// py-seccure.
const CurveParams& curve_named(const std::string& name) {
  for (const auto& c : all_curves())
    if (c.name == name) return c;
  throw py::key_error(name);
}

std::size_t checked_mac_bytes(long long mac_bytes) {
  if (mac_bytes < 0 || mac_bytes > static_cast<long long>(max_mac_bytes))
    throw py::value_error("mac_bytes must be from 0 to " + std::to_string(max_mac_bytes));
  return static_cast<std::size_t>(mac_bytes);
}

// point_add, point_mul: (curve name, bytes, bytes) to bytes, the GIL
// released; ValueError for a point that is not on the curve.
template <class Operation>
auto point_operation(Operation op) {
  return [op](const std::string& curve, const py::object& a, const py::object& b) {
    const CurveParams& c = curve_named(curve);
    BytesIn av(a), bv(b);
    std::optional<Bytes> r;
    {
      py::gil_scoped_release nogil;
      r = op(c, av.view(), bv.view());
    }
    if (!r) throw py::value_error("not a point of " + std::string(c.name));
    return to_bytes(*r);
  };
}

using PrivPtr = std::shared_ptr<PrivateKey>;
using PubPtr = std::shared_ptr<PublicKey>;

// Feeds `in` to a decryptor in bounded pieces (the decryptors append to a
// vector) and copies each piece's plaintext to `out`; returns the number of
// bytes written. Runs without the GIL.
template <class Decryptor>
std::size_t feed_pieces(Decryptor& dec, ByteView in, std::uint8_t* out, std::size_t out_cap, Bytes& scratch) {
  constexpr std::size_t piece = std::size_t{1} << 18;
  std::size_t written = 0;
  for (std::size_t at = 0; at < in.size(); at += piece) {
    scratch.clear();
    dec.update(in.subspan(at, std::min(piece, in.size() - at)), scratch);
    if (written + scratch.size() > out_cap) throw std::logic_error("decryptor returned more than its input");
    if (!scratch.empty()) std::memcpy(out + written, scratch.data(), scratch.size());
    written += scratch.size();
  }
  wipe(scratch.data(), scratch.size());
  return written;
}

// --- streaming objects ---------------------------------------------------------

// A streaming object works without the GIL, so two Python threads could
// enter the same one at once: the second gets an exception instead of a data
// race. Taken and released with the GIL held (declare it before the
// gil_scoped_release, so that it is destroyed after the GIL is back).
class InUse {
public:
  // `done`, if given, is set once the object is entered: its last call.
  explicit InUse(bool& flag, bool* done = nullptr) : flag_(flag) {
    if (flag_) throw std::runtime_error("this object is in use by another thread");
    flag_ = true;
    if (done) *done = true;
  }
  ~InUse() { flag_ = false; }
  InUse(const InUse&) = delete;
  InUse& operator=(const InUse&) = delete;

private:
  bool& flag_;
};

// What every stream object shares: one thread at a time, and no call after
// the one that finished it ("the <what> is finished").
class StreamState {
public:
  explicit StreamState(const char* what) : what_(what) {}
  InUse step() {
    check();
    return InUse(busy_);
  }
  InUse last_step() {
    check();
    return InUse(busy_, &done_);
  }

private:
  void check() const {
    if (done_) throw py::value_error(std::string("the ") + what_ + " is finished");
  }
  const char* what_;
  bool done_ = false;
  bool busy_ = false;
};

// A stream that encrypts in place (ECIES, signcryption): header, then
// update() per chunk, then finish(); one thread at a time, nothing after
// finish(). `what` names the operation in errors.
template <class Stream>
class InPlaceStream {
public:
  template <class... Args>
  explicit InPlaceStream(const char* what, Args&&... args) : state_(what), stream_(std::forward<Args>(args)...) {}
  py::bytes header() const { return to_bytes(stream_.header()); }
  py::bytes update(const py::object& data) {
    InUse busy = state_.step();
    BytesIn in(data);
    std::uint8_t* out;
    py::bytes result = new_bytes(in.size(), out);
    {
      py::gil_scoped_release nogil;
      if (in.size()) std::memcpy(out, in.view().data(), in.size());
      stream_.encrypt({out, in.size()});
    }
    return result;
  }
  py::bytes finish() {
    InUse busy = state_.last_step();
    Bytes trailer;
    {
      py::gil_scoped_release nogil;
      trailer = stream_.finish();
    }
    return to_bytes(trailer);
  }

private:
  StreamState state_;
  Stream stream_;
};

// ECIES encryption of a stream; finish() gives the MAC tag.
class Encryptor : public InPlaceStream<EciesEncryptor> {
public:
  Encryptor(const PublicKey& to, std::size_t mac_bytes) : InPlaceStream("encryption", to, mac_bytes) {}
};

class Decryptor {
public:
  Decryptor(EciesDecryptor dec, std::size_t mac_bytes) : dec_(std::move(dec)), mac_bytes_(mac_bytes) {}
  // Plaintext lags the input by mac_bytes (the tag is held back).
  py::bytes update(const py::object& data) {
    InUse busy = state_.step();
    BytesIn in(data);
    {
      py::gil_scoped_release nogil;
      plain_.clear();
      dec_.update(in.view(), plain_);
    }
    py::bytes out = to_bytes(plain_);
    wipe(plain_.data(), plain_.size());
    return out;
  }
  // Raises IntegrityError if the tag does not match or the input was too
  // short to hold one.
  void finish() {
    InUse busy = state_.last_step();
    DecryptStatus st;
    {
      py::gil_scoped_release nogil;
      st = dec_.finish();
    }
    if (st == DecryptStatus::too_short) raise_integrity("Input too short to hold the MAC");
    if (st == DecryptStatus::forged) raise_integrity(Problem::mac_forged);
  }
  std::size_t mac_bytes() const { return mac_bytes_; }

private:
  EciesDecryptor dec_;
  std::size_t mac_bytes_;
  Bytes plain_;
  StreamState state_{"decryption"};
};

// Keeps the key alive as long as the Signer/Verifier referring to it.
class PySigner {
public:
  explicit PySigner(PrivPtr key) : key_(std::move(key)), signer_(*key_) {}
  void update(const py::object& data) {
    InUse busy = state_.step();
    BytesIn in(data);
    py::gil_scoped_release nogil;
    signer_.update(in.view());
  }
  py::bytes finish() {  // sig_bin bytes
    InUse busy = state_.last_step();
    Bytes sig;
    {
      py::gil_scoped_release nogil;
      sig = signer_.finish();
    }
    return to_bytes(sig);
  }

private:
  PrivPtr key_;
  Signer signer_;
  StreamState state_{"signature"};
};

class PyVerifier {
public:
  explicit PyVerifier(PubPtr key) : key_(std::move(key)), verifier_(*key_) {}
  void update(const py::object& data) {
    InUse busy = state_.step();
    BytesIn in(data);
    py::gil_scoped_release nogil;
    verifier_.update(in.view());
  }
  // `value` is the signature integer, big-endian, of any length.
  bool finish(const py::object& value) {
    InUse busy = state_.last_step();
    BytesIn v(value);
    py::gil_scoped_release nogil;
    return verifier_.finish(v.view());
  }

private:
  PubPtr key_;
  Verifier verifier_;
  StreamState state_{"verification"};
};

// Signcryption of a stream; finish() gives the encrypted signature. The
// signing key is held first (a base initialised before the stream that
// refers to it).
struct SignerHolder {
  PrivPtr key_;
};
class PySigncryptor : private SignerHolder, public InPlaceStream<SigncryptEncryptor> {
public:
  PySigncryptor(PrivPtr signer, const PublicKey& to)
      : SignerHolder{std::move(signer)}, InPlaceStream("signcryption", *key_, to) {}
};

class PyVeridecryptor {
public:
  PyVeridecryptor(PubPtr sender, const PrivateKey& me, ByteView header)
      : sender_(std::move(sender)), dec_(VeridecDecryptor::open(me, *sender_, header)) {}
  bool valid() const { return dec_.has_value(); }
  py::bytes update(const py::object& data) {
    InUse busy = state_.step();
    BytesIn in(data);
    {
      py::gil_scoped_release nogil;
      plain_.clear();
      dec_->update(in.view(), plain_);
    }
    py::bytes out = to_bytes(plain_);
    wipe(plain_.data(), plain_.size());
    return out;
  }
  void finish() {
    InUse busy = state_.last_step();
    DecryptStatus st;
    {
      py::gil_scoped_release nogil;
      st = dec_->finish();
    }
    if (st == DecryptStatus::too_short) raise_integrity("Input too short to hold the signature");
    if (st == DecryptStatus::forged) raise_integrity(Problem::signature_forged);
  }

private:
  PubPtr sender_;
  std::optional<VeridecDecryptor> dec_;
  Bytes plain_;
  StreamState state_{"decryption"};
};

class PyDh {
public:
  explicit PyDh(const CurveParams& curve) : dh_(curve) { key_ = dh_.public_key(); }
  const std::string& public_key() const { return key_; }
  py::tuple complete(const PublicKey& peer) const {
    std::optional<DhKeys> keys;
    {
      py::gil_scoped_release nogil;
      keys = dh_.complete(peer);
    }
    if (!keys) throw py::value_error(std::string(message(Problem::invalid_key)) + ": the peer's key is not on this curve");
    return py::make_tuple(keys->established, keys->verification);
  }

private:
  DiffieHellman dh_;
  std::string key_;
};

}  // namespace

PYBIND11_MODULE(_seccure, m) {
  m.doc() = "The compiled core of the seccure module (seccure++); use `import seccure`.";
  init();  // libsodium, libgcrypt, GMP's wiping allocator: once, with the GIL held

  integrity_error = PyErr_NewExceptionWithDoc(
      "seccure.IntegrityError",
      "The MAC tag (decrypt) or the embedded signature (veridec) does not match: "
      "the ciphertext was modified, or made for another key, curve or MAC length.",
      PyExc_ValueError, nullptr);
  if (!integrity_error) throw py::error_already_set();
  m.attr("IntegrityError") = py::handle(integrity_error);
  m.attr("max_mac_bytes") = max_mac_bytes;

  // --- curves: their parameters and lengths, in seccure's order
  py::list curves;
  for (const auto& c : all_curves()) {
    py::dict d;
    d["name"] = std::string(c.name);
    d["bits"] = c.bits;
    d["p"] = std::string(c.p);
    d["a"] = std::string(c.a);
    d["b"] = std::string(c.b);
    d["gx"] = std::string(c.gx);
    d["gy"] = std::string(c.gy);
    d["n"] = std::string(c.n);
    d["pk_bin"] = c.pk_bin;
    d["pk_compact"] = c.pk_compact;
    d["sig_bin"] = c.sig_bin;
    d["sig_compact"] = c.sig_compact;
    d["elem_bin"] = c.elem_bin;
    d["order_bin"] = c.order_bin;
    d["dh_bin"] = c.dh_bin;
    d["dh_compact"] = c.dh_compact;
    curves.append(d);
  }
  m.attr("curves") = curves;

  // --- encodings
  m.def(
      "compact_encode",
      [](const py::object& value, std::size_t digits) {
        BytesIn v(value);
        std::optional<std::string> s;
        {
          py::gil_scoped_release nogil;
          s = compact_encode(v.view(), digits);
        }
        if (!s) throw py::value_error("the value does not fit in " + std::to_string(digits) + " digits");
        return *s;
      },
      py::arg("value"), py::arg("digits"),
      "The big-endian integer `value` in exactly `digits` base-90 digits (constant time).");
  m.def(
      "compact_decode",
      [](const std::string& text) {
        std::optional<Bytes> v;
        {
          py::gil_scoped_release nogil;
          v = compact_decode(text);
        }
        if (!v) throw py::value_error("a character is outside the compact alphabet");
        return to_bytes(*v);
      },
      py::arg("text"), "A compact (base-90) string of any length as a big-endian integer.");

  // --- keys
  py::class_<PrivateKey, PrivPtr>(m, "PrivateKey", "A private key; its scalar never leaves secure memory.")
      .def_static(
          "from_passphrase",
          [](const std::string& curve, const py::object& passphrase) {
            const CurveParams& c = curve_named(curve);
            BytesIn pw(passphrase);
            py::gil_scoped_release nogil;
            return std::make_shared<PrivateKey>(PrivateKey::from_passphrase(c, pw.view()));
          },
          py::arg("curve"), py::arg("passphrase"),
          "seccure's key of a passphrase: every byte counts (no line rule).")
      .def_static(
          "from_passphrase_hash",
          [](const std::string& curve, const py::object& hash) {
            const CurveParams& c = curve_named(curve);
            BytesIn h(hash);
            if (h.size() != 32) throw py::value_error("the hash must be 32 bytes (SHA-256 of the passphrase)");
            py::gil_scoped_release nogil;
            return std::make_shared<PrivateKey>(PrivateKey::from_passphrase_hash(c, h.view()));
          },
          py::arg("curve"), py::arg("hash"), "The key of a passphrase's SHA-256 hash (FORMAT.md section 3).")
      .def_static(
          "random",
          [](const std::string& curve) {
            const CurveParams& c = curve_named(curve);
            py::gil_scoped_release nogil;
            return std::make_shared<PrivateKey>(PrivateKey::random(c));
          },
          py::arg("curve"))
      .def_property_readonly("curve", [](const PrivateKey& k) { return std::string(k.curve().name); })
      .def("public_key",
           [](const PrivateKey& k) {
             py::gil_scoped_release nogil;
             return std::make_shared<PublicKey>(k.public_key());
           })
      .def(
          "sign_hash",
          [](const PrivateKey& k, const py::object& hash) {
            BytesIn h(hash);  // any length, as py-seccure (FORMAT.md §5: e = int(h) mod n)
            Bytes sig;
            {
              py::gil_scoped_release nogil;
              sig = ecdsa_sign_hash(k, h.view());
            }
            return to_bytes(sig);
          },
          py::arg("hash"), "The binary signature (sig_bin bytes) of a hash (normally SHA-512's 64 bytes).")
      .def_static(
          "from_scalar",
          [](const std::string& curve, const py::object& scalar) {
            const CurveParams& c = curve_named(curve);
            BytesIn d(scalar);
            std::optional<PrivateKey> k;
            if (d.size() == c.order_bin) {
              py::gil_scoped_release nogil;
              k = PrivateKey::from_scalar(c, d.view());
            }
            if (!k) throw py::value_error("Invalid key: the private scalar must be from 1 to n-1 (the curve's order)");
            return std::make_shared<PrivateKey>(std::move(*k));
          },
          py::arg("curve"), py::arg("scalar"), "The key of a scalar d (order_bin bytes, big-endian, 1 <= d < n).")
      .def_property_readonly(
          "scalar", [](const PrivateKey& k) { return to_bytes(k.scalar()); },
          "The private scalar (order_bin bytes). The bytes object is Python's: it cannot be wiped.");

  py::class_<PublicKey, PubPtr>(m, "PublicKey", "A validated public key (a point of its curve).")
      .def_static(
          "from_compact",
          [](const std::string& curve, const std::string& text) {
            const CurveParams& c = curve_named(curve);
            std::optional<PublicKey> k;
            {
              py::gil_scoped_release nogil;
              k = PublicKey::from_compact(c, text);
            }
            if (!k) {
              if (text.size() != c.pk_compact)
                throw py::value_error("Invalid key (wrong length): " + std::string(c.name) + " keys have " +
                                      std::to_string(c.pk_compact) + " characters, not " +
                                      std::to_string(text.size()));
              throw py::value_error("Invalid key: not a point of " + std::string(c.name));
            }
            return std::make_shared<PublicKey>(std::move(*k));
          },
          py::arg("curve"), py::arg("text"))
      .def_static(
          "from_binary",
          [](const std::string& curve, const py::object& data) {
            const CurveParams& c = curve_named(curve);
            BytesIn d(data);
            std::optional<PublicKey> k;
            {
              py::gil_scoped_release nogil;
              k = PublicKey::from_binary(c, d.view());
            }
            if (!k) {
              if (d.size() != c.pk_bin)
                throw py::value_error("Invalid key (wrong length): binary " + std::string(c.name) + " keys have " +
                                      std::to_string(c.pk_bin) + " bytes, not " + std::to_string(d.size()));
              throw py::value_error("Invalid key: not a point of " + std::string(c.name));
            }
            return std::make_shared<PublicKey>(std::move(*k));
          },
          py::arg("curve"), py::arg("data"))
      .def_property_readonly("curve", [](const PublicKey& k) { return std::string(k.curve().name); })
      .def_property_readonly("x", [](const PublicKey& k) { return to_bytes(k.x()); })
      .def_property_readonly("y", [](const PublicKey& k) { return to_bytes(k.y()); })
      .def("to_compact", &PublicKey::to_compact)
      .def("to_binary", [](const PublicKey& k) { return to_bytes(k.to_binary()); })
      .def("__eq__", [](const PublicKey& a, const PublicKey& b) { return a == b; })
      .def("__hash__", [](const PublicKey& k) { return py::hash(to_bytes(k.xy())); })
      .def(
          "verify_hash",
          [](const PublicKey& k, const py::object& hash, const py::object& value) {
            BytesIn h(hash), v(value);
            py::gil_scoped_release nogil;
            return ecdsa_verify_hash(k, h.view(), v.view());
          },
          py::arg("hash"), py::arg("value"),
          "Whether the signature integer `value` (big-endian) is valid for a hash of any length.")
      .def_static(
          "from_affine",
          [](const std::string& curve, const py::object& x, const py::object& y) {
            const CurveParams& c = curve_named(curve);
            BytesIn xb(x), yb(y);
            std::optional<PublicKey> k;
            {
              py::gil_scoped_release nogil;
              k = PublicKey::from_affine(c, xb.view(), yb.view());
            }
            if (!k) throw py::value_error("Invalid key: not a point of " + std::string(c.name));
            return std::make_shared<PublicKey>(std::move(*k));
          },
          py::arg("curve"), py::arg("x"), py::arg("y"), "The key of the point (x, y), elem_bin bytes each.");

  // --- points (x || y, elem_bin bytes each; b"" is the point at infinity)
  m.def(
      "point_on_curve",
      [](const std::string& curve, const py::object& x, const py::object& y) {
        const CurveParams& c = curve_named(curve);
        BytesIn xb(x), yb(y);
        py::gil_scoped_release nogil;
        return point_on_curve(c, xb.view(), yb.view());
      },
      py::arg("curve"), py::arg("x"), py::arg("y"));
  m.def("point_add", point_operation(&point_add), py::arg("curve"), py::arg("p"), py::arg("q"), "P + Q.");
  m.def("point_mul", point_operation(&point_mul), py::arg("curve"), py::arg("p"), py::arg("k"),
        "k*P for k of any length (big-endian, taken mod n).");

  // --- one-shot ECIES of a message in memory (one allocation for the result)
  m.def(
      "encrypt",
      [](const PublicKey& to, const py::object& message, long long mac_bytes) {
        std::size_t mac = checked_mac_bytes(mac_bytes);
        BytesIn in(message);
        std::size_t hdr = to.curve().pk_bin;
        std::uint8_t* out;
        py::bytes result = new_bytes(hdr + in.size() + mac, out);
        {
          py::gil_scoped_release nogil;
          EciesEncryptor enc(to, mac);
          std::memcpy(out, enc.header().data(), hdr);
          if (in.size()) std::memcpy(out + hdr, in.view().data(), in.size());
          enc.encrypt({out + hdr, in.size()});
          Bytes tag = enc.finish();
          if (mac) std::memcpy(out + hdr + in.size(), tag.data(), mac);
        }
        return result;
      },
      py::arg("pubkey"), py::arg("message"), py::arg("mac_bytes"));
  m.def(
      "decrypt",
      [](const PrivateKey& key, const py::object& ciphertext, long long mac_bytes) {
        std::size_t mac = checked_mac_bytes(mac_bytes);
        BytesIn in(ciphertext);
        const CurveParams& c = key.curve();
        if (in.size() < c.pk_bin) throw py::value_error("Inconsistent header (too short)");
        std::optional<EciesDecryptor> dec = [&] {
          py::gil_scoped_release nogil;
          return EciesDecryptor::open(key, in.view().first(c.pk_bin), mac);
        }();
        if (!dec) throw py::value_error("Inconsistent header");
        ByteView body = in.view().subspan(c.pk_bin);
        // Too short for the tag: py-seccure reports it as a failed MAC check.
        if (body.size() < mac) raise_integrity("Input too short to hold the MAC");
        std::uint8_t* out;
        py::bytes result = new_bytes(body.size() - mac, out);
        DecryptStatus st;
        {
          py::gil_scoped_release nogil;
          Bytes scratch;
          feed_pieces(*dec, body, out, body.size() - mac, scratch);
          st = dec->finish();
        }
        if (st != DecryptStatus::ok) {
          wipe_bytes(result);
          raise_integrity(Problem::mac_forged);
        }
        return result;
      },
      py::arg("privkey"), py::arg("ciphertext"), py::arg("mac_bytes"));

  py::class_<Encryptor>(m, "Encryptor", "ECIES encryption of a stream.")
      .def(py::init([](const PublicKey& to, long long mac_bytes) {
             std::size_t mac = checked_mac_bytes(mac_bytes);
             py::gil_scoped_release nogil;
             return std::make_unique<Encryptor>(to, mac);
           }),
           py::arg("pubkey"), py::arg("mac_bytes"))
      .def_property_readonly("header", &Encryptor::header)
      .def("update", &Encryptor::update, py::arg("data"), "Encrypts a chunk; returns its ciphertext.")
      .def("finish", &Encryptor::finish, "The MAC tag; the encryption is over.");

  py::class_<Decryptor>(m, "Decryptor", "ECIES decryption of a stream.")
      .def(py::init([](const PrivateKey& key, const py::object& header, long long mac_bytes) {
             std::size_t mac = checked_mac_bytes(mac_bytes);
             BytesIn h(header);
             std::optional<EciesDecryptor> dec = [&] {
               py::gil_scoped_release nogil;
               return EciesDecryptor::open(key, h.view(), mac);
             }();
             if (!dec) throw py::value_error("Inconsistent header");
             return std::make_unique<Decryptor>(std::move(*dec), mac);
           }),
           py::arg("privkey"), py::arg("header"), py::arg("mac_bytes"))
      .def_property_readonly("mac_bytes", &Decryptor::mac_bytes)
      .def("update", &Decryptor::update, py::arg("data"),
           "Decrypts a chunk; returns the plaintext that is certainly not part of the tag (unverified "
           "until finish()).")
      .def("finish", &Decryptor::finish, "Checks the tag: raises IntegrityError if it does not match.");

  // --- ECDSA
  py::class_<PySigner>(m, "Signer", "Signs a message of any length, fed in chunks.")
      .def(py::init<PrivPtr>(), py::arg("privkey"))
      .def("update", &PySigner::update, py::arg("data"))
      .def("finish", &PySigner::finish, "The binary signature (sig_bin bytes).");
  py::class_<PyVerifier>(m, "Verifier", "Verifies a signature of a message fed in chunks.")
      .def(py::init<PubPtr>(), py::arg("pubkey"))
      .def("update", &PyVerifier::update, py::arg("data"))
      .def("finish", &PyVerifier::finish, py::arg("value"),
           "Whether the signature integer `value` (big-endian bytes, any length) is valid.");
  m.def(
      "sign",
      [](const PrivateKey& key, const py::object& message) {
        BytesIn in(message);
        Bytes sig;
        {
          py::gil_scoped_release nogil;
          Signer s(key);
          s.update(in.view());
          sig = s.finish();
        }
        return to_bytes(sig);
      },
      py::arg("privkey"), py::arg("message"), "The binary signature (sig_bin bytes) of a message.");
  m.def(
      "verify",
      [](const PublicKey& key, const py::object& message, const py::object& value) {
        BytesIn in(message), v(value);
        py::gil_scoped_release nogil;
        Verifier ver(key);
        ver.update(in.view());
        return ver.finish(v.view());
      },
      py::arg("pubkey"), py::arg("message"), py::arg("value"));

  // --- signcryption
  py::class_<PySigncryptor>(m, "Signcryptor", "Signcryption of a stream (SPEC section 6).")
      .def(py::init([](PrivPtr signer, const PublicKey& to) {
             py::gil_scoped_release nogil;
             return std::make_unique<PySigncryptor>(std::move(signer), to);
           }),
           py::arg("signer"), py::arg("recipient"))
      .def_property_readonly("header", &PySigncryptor::header)
      .def("update", &PySigncryptor::update, py::arg("data"))
      .def("finish", &PySigncryptor::finish, "The encrypted signature; the signcryption is over.");
  py::class_<PyVeridecryptor>(m, "Veridecryptor", "Decryption and verification of a signcrypted stream.")
      .def(py::init([](const PrivateKey& me, PubPtr sender, const py::object& header) {
             BytesIn h(header);
             std::unique_ptr<PyVeridecryptor> d;
             {
               py::gil_scoped_release nogil;
               d = std::make_unique<PyVeridecryptor>(std::move(sender), me, h.view());
             }
             if (!d->valid()) throw py::value_error("Inconsistent header");
             return d;
           }),
           py::arg("privkey"), py::arg("sender"), py::arg("header"))
      .def("update", &PyVeridecryptor::update, py::arg("data"))
      .def("finish", &PyVeridecryptor::finish,
           "Checks the signature: raises IntegrityError if it does not match.");

  // --- Diffie-Hellman
  py::class_<PyDh>(m, "DiffieHellman", "One side of seccure's interactive key agreement (SPEC section 7).")
      .def(py::init([](const std::string& curve) {
             const CurveParams& c = curve_named(curve);
             py::gil_scoped_release nogil;
             return std::make_unique<PyDh>(c);
           }),
           py::arg("curve"))
      .def_property_readonly("public_key", &PyDh::public_key)
      .def("complete", &PyDh::complete, py::arg("peer"),
           "(established, verification): the two compact keys seccure-dh prints.");
}
