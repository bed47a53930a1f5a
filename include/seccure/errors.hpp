/// @file
/// The exceptions of seccure++, and the one table of the texts that name
/// each problem (shared with the seccure tools, which print the same words).
///
/// Every exception derives from seccure::Error, itself a std::runtime_error,
/// so `catch (const seccure::Error&)` catches everything the library reports
/// about its input. what() begins with the problem's text from message(), the
/// way the seccure tools name it (e.g. "Invalid key (wrong length)"), and may
/// add details after a colon. Programming errors inside the library (which
/// should never happen) are std::logic_error; allocation failures are
/// std::bad_alloc.
#pragma once
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>

namespace seccure {

/// What went wrong with an input, one entry per text of the seccure tools.
enum class Problem {
  invalid_curve,                ///< "Invalid curve name"
  invalid_key,                  ///< "Invalid key": not a point, bad character
  invalid_key_length,           ///< "Invalid key (wrong length)"
  invalid_signature_length,     ///< "Invalid signature (wrong length)"
  invalid_signature_structure,  ///< "Invalid signature (inconsistent structure)"
  header_too_short,             ///< "Inconsistent header (too short)"
  inconsistent_header,          ///< "Inconsistent header": not a curve point
  input_too_short,              ///< "Input too short": no room for the MAC tag or signature
  mac_forged,                   ///< "Integrity check failed, message forged"
  signature_forged,             ///< "Invalid signature, message forged"
  invalid_mac_length,           ///< "Invalid MAC length"
};

/// The problem's text, as the seccure tools print it (without their
/// decorations: "FATAL: ", "Abort: ", a final "." or "!").
std::string_view message(Problem problem);

/// Base class of every error the library reports about its input.
class Error : public std::runtime_error {
public:
  /// what() is message(problem), followed by ": " and `detail` if not empty.
  explicit Error(Problem problem, std::string_view detail = {});
  Problem problem() const noexcept { return problem_; }

protected:
  /// `problem` if it is one of `allowed` (the problems of the derived
  /// class); std::logic_error otherwise, so that an InvalidKey can never
  /// claim a forged MAC.
  static Problem one_of(Problem problem, std::initializer_list<Problem> allowed);


private:
  Problem problem_;
};

/// A curve name that is no substring of any curve's full name. (A public key
/// whose length matches no curve is an InvalidKey.)
class InvalidCurve : public Error {
public:
  explicit InvalidCurve(std::string_view detail = {}) : Error(Problem::invalid_curve, detail) {}
};

/// A public key that has the wrong length for its curve, a character outside
/// the compact alphabet, or a value that is not a point of the curve.
class InvalidKey : public Error {
public:
  explicit InvalidKey(Problem problem, std::string_view detail = {})
      : Error(one_of(problem, {Problem::invalid_key, Problem::invalid_key_length}), detail) {}
};

/// A malformed signature: wrong length for the curve, or a character outside
/// the compact alphabet ("inconsistent structure", as seccure-verify says).
/// A well-formed signature that does not match the message and key is not an
/// error: verify() returns false.
class InvalidSignature : public Error {
public:
  explicit InvalidSignature(Problem problem, std::string_view detail = {})
      : Error(one_of(problem, {Problem::invalid_signature_length, Problem::invalid_signature_structure}), detail) {}
};

/// A malformed ciphertext: shorter than its header, a header that is not a
/// curve point, or too short to hold the MAC tag or the signature.
class InvalidCiphertext : public Error {
public:
  explicit InvalidCiphertext(Problem problem, std::string_view detail = {})
      : Error(one_of(problem, {Problem::header_too_short, Problem::inconsistent_header, Problem::input_too_short}), detail) {}
};

/// The ciphertext is well-formed but was not made for this key, or was
/// modified: its MAC tag (decrypt) or its embedded signature (veridec) does
/// not match. No plaintext is returned.
class IntegrityError : public Error {
public:
  explicit IntegrityError(Problem problem, std::string_view detail = {})
      : Error(one_of(problem, {Problem::mac_forged, Problem::signature_forged}), detail) {}
};

/// A MAC length that is not a multiple of 8 bits in 0..256.
class InvalidMacLength : public Error {
public:
  explicit InvalidMacLength(std::string_view detail = {}) : Error(Problem::invalid_mac_length, detail) {}
};

}  // namespace seccure
