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

class DhExchange {
public:
  explicit DhExchange(const CurveParams& curve);
  // Our ephemeral public key, compact.
  std::string our_key() const { return ours_.public_key().to_compact(); }
  // K = SHA-512(Px || Py) with P = a*B; nullopt if the peer key is invalid.
  std::optional<DhKeys> complete(const PublicKey& peer) const;

private:
  PrivateKey ours_;
};

}  // namespace seccure
