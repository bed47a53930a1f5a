# python3-seccure: the Python module's Debian package (issue 11), the install
# component "python" of python/CMakeLists.txt. Included by
# cmake/Packaging.cmake with -DSECCURE_PYTHON=ON.
set(SECCURE_PYTHON_EXECUTABLE /usr/bin/python3 CACHE FILEPATH "The Python the module is built for (Debian's)")

# The extension is built for one Python minor version (its ABI tag), as
# dh_python3 would say: python3 (>= X.Y), python3 (<< X.Y+1).
execute_process(COMMAND ${SECCURE_PYTHON_EXECUTABLE} -c "import sys; print('%d.%d;%d.%d' % (sys.version_info[0], sys.version_info[1], sys.version_info[0], sys.version_info[1] + 1))"
  OUTPUT_VARIABLE SECCURE_PY_VERSIONS OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE SECCURE_PY_RC)
if(NOT SECCURE_PY_RC EQUAL 0)
  message(FATAL_ERROR "SECCURE_PYTHON: cannot run ${SECCURE_PYTHON_EXECUTABLE}")
endif()
list(GET SECCURE_PY_VERSIONS 0 SECCURE_PY_THIS)
list(GET SECCURE_PY_VERSIONS 1 SECCURE_PY_NEXT)
set(seccure_python_depends "python3 (>= ${SECCURE_PY_THIS}), python3 (<< ${SECCURE_PY_NEXT})")
if(NOT SECCURE_DPKG_SHLIBDEPS)
  # dpkg-shlibdeps adds these (and their versions) where it is installed
  string(APPEND seccure_python_depends ", libc6, libstdc++6, libgcc-s1, libgmp10, libsodium23, libgcrypt20, libgpg-error0")
endif()
seccure_deb_package(python python3-seccure python
  "Python 3 module seccure: seccure-compatible elliptic curve cryptography
The module seccure is a drop-in replacement for py-seccure 0.5 built on
seccure++'s constant-time C++ core: public-key encryption (ECIES),
signatures (ECDSA), signcryption and Diffie-Hellman on the fifteen seccure
curves, with keys derived from passphrases. Byte-compatible with the
seccure 0.5 tools; messages of any size are streamed in constant memory."
  DEPENDS "${seccure_python_depends}")
