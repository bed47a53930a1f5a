# ==== python3-seccure: the Python module's Debian package (issue 11) =========
# Included by the top-level CMakeLists.txt before include(CPack), only with
# -DSECCURE_PYTHON=ON. It switches CPack's DEB generator to component
# packages and groups the components so that
#   - Unspecified + Development (everything installed before this existed)
#     stay the one package seccure-plusplus, unchanged;
#   - the install component "python" (python/CMakeLists.txt) becomes the
#     package python3-seccure.
# Without SECCURE_PYTHON the packaging is exactly as before (monolithic).
set(SECCURE_PYTHON_EXECUTABLE /usr/bin/python3 CACHE FILEPATH "The Python the module is built for (Debian's)")

set(CPACK_DEB_COMPONENT_INSTALL ON)
# Explicit: the component python is declared after include(CPack).
set(CPACK_COMPONENTS_ALL Unspecified Development python)
set(CPACK_COMPONENTS_GROUPING ONE_PER_GROUP)
set(CPACK_COMPONENT_UNSPECIFIED_GROUP main)
set(CPACK_COMPONENT_DEVELOPMENT_GROUP main)
set(CPACK_DEBIAN_MAIN_PACKAGE_NAME ${CPACK_PACKAGE_NAME})
# (component packages take no fallback to CPACK_DEBIAN_PACKAGE_DESCRIPTION)
set(CPACK_DEBIAN_MAIN_DESCRIPTION "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}")

# The extension is built for one Python minor version (its ABI tag), as
# dh_python3 would say: python3 (>= X.Y), python3 (<< X.Y+1).
execute_process(COMMAND ${SECCURE_PYTHON_EXECUTABLE} -c "import sys; print('%d.%d;%d.%d' % (sys.version_info[0], sys.version_info[1], sys.version_info[0], sys.version_info[1] + 1))"
  OUTPUT_VARIABLE SECCURE_PY_VERSIONS OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE SECCURE_PY_RC)
if(NOT SECCURE_PY_RC EQUAL 0)
  message(FATAL_ERROR "SECCURE_PYTHON: cannot run ${SECCURE_PYTHON_EXECUTABLE}")
endif()
list(GET SECCURE_PY_VERSIONS 0 SECCURE_PY_THIS)
list(GET SECCURE_PY_VERSIONS 1 SECCURE_PY_NEXT)
set(CPACK_DEBIAN_PYTHON_PACKAGE_NAME python3-seccure)
set(CPACK_DEBIAN_PYTHON_PACKAGE_SECTION python)
set(CPACK_DEBIAN_PYTHON_PACKAGE_DEPENDS "python3 (>= ${SECCURE_PY_THIS}), python3 (<< ${SECCURE_PY_NEXT})")
if(NOT SECCURE_DPKG_SHLIBDEPS)
  # dpkg-shlibdeps adds these (and their versions) where it is installed
  string(APPEND CPACK_DEBIAN_PYTHON_PACKAGE_DEPENDS ", libc6, libstdc++6, libgcc-s1, libgmp10, libsodium23, libgcrypt20, libgpg-error0")
endif()
# None of the main package's relations to Debian's seccure apply here.
set(CPACK_DEBIAN_PYTHON_PACKAGE_PROVIDES "")
set(CPACK_DEBIAN_PYTHON_PACKAGE_REPLACES "")
set(CPACK_DEBIAN_PYTHON_PACKAGE_CONFLICTS "")
set(CPACK_DEBIAN_PYTHON_PACKAGE_SUGGESTS "")
set(CPACK_COMPONENT_PYTHON_DISPLAY_NAME "python3-seccure")
# CPackDeb puts CPACK_PACKAGE_DESCRIPTION_SUMMARY (shared by all component
# packages) first, as the summary line.
set(CPACK_DEBIAN_PYTHON_DESCRIPTION
  "This package holds the Python 3 module seccure (python3-seccure).\n\
The module seccure is a drop-in replacement for py-seccure 0.5 built on\n\
seccure++'s constant-time C++ core: public-key encryption (ECIES),\n\
signatures (ECDSA), signcryption and Diffie-Hellman on the fifteen seccure\n\
curves, with keys derived from passphrases. Byte-compatible with the\n\
seccure 0.5 tools; messages of any size are streamed in constant memory.")
set(CPACK_COMPONENT_PYTHON_DESCRIPTION "${CPACK_DEBIAN_PYTHON_DESCRIPTION}")
# ==== end of python3-seccure =================================================
