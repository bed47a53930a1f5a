// The internal half of seccure/ecies.hpp (defined in ecies.cpp, not
// installed): the key-encapsulation half, shared with signcryption.
#pragma once
#include <optional>

#include "seccure/ecies.hpp"

namespace seccure {

struct Encapsulation {
  Bytes header;        // compressed R, pk_bin bytes
  SecureBuffer key64;  // SHA-512(Zx || Rx || Ry): K_enc || K_mac
};
Encapsulation ecies_encapsulate(const PublicKey& recipient);
// nullopt if the header is not a valid curve point (or Z is infinity).
std::optional<SecureBuffer> ecies_decapsulate(const PrivateKey& key, ByteView header);

}  // namespace seccure
