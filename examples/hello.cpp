// A small program using seccure++ as a library: the public key of a
// passphrase, a signature and its verification, an encryption and its
// decryption, and the typed errors. Build it against an installed seccure++
// with examples/CMakeLists.txt, or with
//   c++ -std=c++20 hello.cpp $(pkg-config --cflags --libs seccure)
#include <seccure/seccure.hpp>

#include <iostream>

int main() {
  try {
    const std::string passphrase = "seccure is secure";
    const std::string message = "Hello, world!\n";

    // The same key `seccure-key` prints for this passphrase (curve p160).
    std::string key = seccure::passphrase_to_pubkey(passphrase);
    std::cout << "public key: " << key << "\n";

    std::string signature = seccure::sign(message, passphrase);
    std::cout << "signature: " << signature << "\n";
    std::cout << "verify: " << (seccure::verify(message, signature, key) ? "ok" : "FAILED") << "\n";
    std::cout << "verify a changed message: "
              << (seccure::verify("Hello, World!\n", signature, key) ? "ok" : "rejected") << "\n";

    std::string ciphertext = seccure::encrypt(message, key);  // 80-bit MAC
    std::cout << "ciphertext: " << ciphertext.size() << " bytes\n";
    std::string plaintext = seccure::decrypt(ciphertext, passphrase);
    std::cout << "decrypt: " << (plaintext == message ? "ok" : "FAILED") << "\n";

    // The options by name: the same MAC length (and curve) on both sides.
    std::string ct128 = seccure::encrypt(message, key, {.mac_bits = 128});
    std::cout << "decrypt with a 128-bit MAC: "
              << (seccure::decrypt(ct128, passphrase, {.mac_bits = 128}) == message ? "ok" : "FAILED") << "\n";

    try {
      seccure::decrypt(ciphertext, "not the passphrase");
      std::cout << "decrypt with a wrong passphrase: NOT DETECTED\n";
    } catch (const seccure::IntegrityError& e) {
      std::cout << "decrypt with a wrong passphrase: " << e.what() << "\n";
    }
    return plaintext == message ? 0 : 1;
  } catch (const seccure::Error& e) {
    std::cerr << "hello: " << e.what() << "\n";
    return 1;
  }
}
