# Debian packages: `cpack -G DEB` in a build directory makes one .deb per
# install component (see cmake/Install.cmake), each with
# /usr/share/doc/PACKAGE/copyright:
#   seccure-plusplus_VERSION_ARCH.deb  the program and its links, man pages,
#                                      completions (replaces Debian's seccure)
#   libseccure-dev_VERSION_ARCH.deb    headers, libseccure.a, CMake and
#                                      pkg-config files
# A package is one seccure_deb_package() call below.
set(CPACK_PACKAGE_NAME seccure-plusplus)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "seccure++")
set(CPACK_PACKAGE_CONTACT "seccure++ maintainers <seccure-plusplus@localhost>")
set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL "")
# Depends from what the ELF files link (libgcrypt, libsodium, ... are shared,
# so that Debian's security updates reach them); without dpkg-shlibdeps the
# program's list is given by hand.
find_program(SECCURE_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(SECCURE_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(seccure_runtime_depends "")
else()
  set(seccure_runtime_depends "libc6, libsodium23, libgcrypt20")
  if(NOT SECCURE_STATIC_CXX_GMP)
    string(APPEND seccure_runtime_depends ", libstdc++6, libgcc-s1, libgmp10")
  endif()
  set(seccure_runtime_depends DEPENDS "${seccure_runtime_depends}")
endif()

# seccure_deb_package(COMPONENT PACKAGE SECTION DESCRIPTION [FIELD VALUE]...)
# makes install component COMPONENT the Debian package PACKAGE. DESCRIPTION:
# a summary line, then the long description. FIELD VALUE: more control
# fields, e.g. DEPENDS "python3" (the names of CPACK_DEBIAN_PACKAGE_<FIELD>).
function(seccure_deb_package component package section description)
  string(TOUPPER ${component} c)
  set(CPACK_DEBIAN_${c}_PACKAGE_NAME ${package} PARENT_SCOPE)
  set(CPACK_DEBIAN_${c}_PACKAGE_SECTION ${section} PARENT_SCOPE)
  set(CPACK_DEBIAN_${c}_DESCRIPTION "${description}" PARENT_SCOPE)
  while(ARGN)
    list(POP_FRONT ARGN field value)
    set(CPACK_DEBIAN_${c}_PACKAGE_${field} "${value}" PARENT_SCOPE)
  endwhile()
  set(CPACK_COMPONENTS_ALL ${CPACK_COMPONENTS_ALL} ${component} PARENT_SCOPE)
  install(FILES ${PROJECT_SOURCE_DIR}/debian/copyright
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
endfunction()

seccure_deb_package(Runtime seccure-plusplus utils
  "elliptic curve cryptography tools (seccure-compatible, C++20)
seccure++ is a re-implementation of the seccure 0.5 toolset: public-key
encryption (ECIES), signatures (ECDSA), signcryption and Diffie-Hellman key
exchange on fifteen elliptic curves, with keys derived from passphrases.
Its output is byte-compatible with seccure's. One program, seccure, with
the seccure-* names as links to it."
  PROVIDES seccure REPLACES seccure CONFLICTS seccure ${seccure_runtime_depends})
# The archive needs its dependencies' libraries to link, hence their -dev
# packages (they also have the .pc files that seccure.pc requires).
seccure_deb_package(Development libseccure-dev libdevel
  "seccure++ elliptic curve cryptography library (development files)
The seccure++ library: public-key encryption (ECIES), signatures (ECDSA),
signcryption and Diffie-Hellman on fifteen elliptic curves, byte-compatible
with seccure 0.5. Contains the headers, the static library libseccure.a, a
CMake package (find_package(seccure)) and a pkg-config file (seccure.pc)."
  DEPENDS "libgmp-dev, libsodium-dev, libgcrypt20-dev")

# python3-seccure (python/packaging.cmake, issue 11)
if(SECCURE_PYTHON)
  include(${PROJECT_SOURCE_DIR}/python/packaging.cmake)
endif()

# Debian ships man pages gzipped, and static libraries without debugging
# information (CPACK_STRIP_FILES leaves archives alone): done in the packages'
# staging tree only (a plain `cmake --install` keeps the files as they are).
file(CONFIGURE OUTPUT ${CMAKE_BINARY_DIR}/cpack-debian-files.cmake CONTENT [=[
file(GLOB_RECURSE pages "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.[1-9]")
list(FILTER pages INCLUDE REGEX "/share/man/man[1-9]/[^/]+\\.[1-9]$")
foreach(page IN LISTS pages)
  execute_process(COMMAND gzip -9nf "${page}" COMMAND_ERROR_IS_FATAL ANY)
endforeach()
file(GLOB_RECURSE archives "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.a")
foreach(archive IN LISTS archives)
  execute_process(COMMAND "@CMAKE_STRIP@" --strip-debug "${archive}" COMMAND_ERROR_IS_FATAL ANY)
endforeach()
]=] @ONLY)
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_BINARY_DIR}/cpack-debian-files.cmake)
include(CPack)
