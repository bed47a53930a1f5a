// seccure's interactive Diffie-Hellman (FORMAT.md §7).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "seccure/keys.hpp"

namespace seccure {

// Secret until compared with the peer's: every copy wipes its digits when
// it ends (copies rather than moves, which is harmless for a few bytes).
struct DhKeys {
  std::string established;   // dh_compact digits
  std::string verification;  // dh_compact digits
  ~DhKeys() {
    wipe(established.data(), established.capacity());
    wipe(verification.data(), verification.capacity());
  }
};

// One side of seccure's interactive key agreement, as `seccure-dh`:
//   seccure::DiffieHellman me(curve);           // a fresh random key
//   send(me.public_key());
//   auto k = me.complete(peer);                 // peer: a PublicKey
//   // both sides get the same k->established; compare k->verification
//   // over an authentic channel
// (seccure/seccure.hpp adds diffie_hellman(name) and complete_dh(me, text).)
class DiffieHellman {
public:
  // On the default curve (p160, as seccure-dh).
  DiffieHellman();
  explicit DiffieHellman(const CurveParams& curve);
  const CurveParams& curve() const { return ours_.curve(); }
  // Our ephemeral public key, compact (pass it to the peer).
  std::string public_key() const { return ours_.public_key().to_compact(); }
  // K = SHA-512(Px || Py) with P = a*B; nullopt if the peer key is on
  // another curve.
  std::optional<DhKeys> complete(const PublicKey& peer) const;

private:
  PrivateKey ours_;
};

}  // namespace seccure
