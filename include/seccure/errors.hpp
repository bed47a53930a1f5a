/// @file
/// The exceptions thrown by the convenience API (seccure/seccure.hpp).
///
/// Every exception derives from seccure::Error, itself a std::runtime_error,
/// so `catch (const seccure::Error&)` catches everything the library reports
/// about its input. what() is a one-line English reason that names the
/// problem the way the seccure tools do (e.g. "Invalid key (wrong length)").
/// Programming errors inside the library (which should never happen) are
/// std::logic_error; allocation failures are std::bad_alloc.
#pragma once
#include <stdexcept>
#include <string>

namespace seccure {

/// Base class of every error the convenience API reports about its input.
class Error : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// A curve name that is no substring of any curve's full name. (A public key
/// whose length matches no curve is an InvalidKey.)
class InvalidCurve : public Error {
public:
  using Error::Error;
};

/// A public key that has the wrong length for its curve, a character outside
/// the compact alphabet, or a value that is not a point of the curve.
class InvalidKey : public Error {
public:
  using Error::Error;
};

/// A malformed signature: wrong length for the curve, or a character outside
/// the compact alphabet ("inconsistent structure", as seccure-verify says).
/// A well-formed signature that does not match the message and key is not an
/// error: verify() returns false.
class InvalidSignature : public Error {
public:
  using Error::Error;
};

/// A malformed ciphertext: shorter than its header, a header that is not a
/// curve point, or too short to hold the MAC tag or the signature.
class InvalidCiphertext : public Error {
public:
  using Error::Error;
};

/// The ciphertext is well-formed but was not made for this key, or was
/// modified: its MAC tag (decrypt) or its embedded signature (veridec) does
/// not match. No plaintext is returned.
class IntegrityError : public Error {
public:
  using Error::Error;
};

/// A MAC length that is not a multiple of 8 bits in 0..256.
class InvalidMacLength : public Error {
public:
  using Error::Error;
};

}  // namespace seccure
