# Install rules besides the program and its links (tools/CMakeLists.txt), in
# two components, one per Debian package (cmake/Packaging.cmake):
#   Runtime      man pages, shell completions
#   Development  headers, libseccure.a, the CMake package, seccure.pc
# `cmake --install BUILD --component Development` installs the library after
# building only the target seccure.

file(GLOB SECCURE_MANPAGES ${PROJECT_SOURCE_DIR}/man/*.1)
install(FILES ${SECCURE_MANPAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT Runtime)

# bash-completion loads a completion file by the command's name, so the one
# file (which registers all programs) is installed once per program name.
foreach(n IN LISTS SECCURE_PROGRAMS)
  install(FILES ${PROJECT_SOURCE_DIR}/completions/seccure.bash
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME ${n} COMPONENT Runtime)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/completions/_seccure
  DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions COMPONENT Runtime)

# --- the library as a package: find_package(seccure CONFIG) gives the target
# seccure::seccure; pkg-config gives seccure.pc (examples/ builds against both,
# from an installed prefix). The archive links the dependencies by name
# (gmp sodium gcrypt gpg-error, see src/CMakeLists.txt), so the exported
# target carries exactly those names and no path of this build tree.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/seccure DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT Development)
install(TARGETS seccure EXPORT seccureTargets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT Development)
set(SECCURE_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/seccure)
install(EXPORT seccureTargets NAMESPACE seccure:: DESTINATION ${SECCURE_CMAKE_DIR} COMPONENT Development)
include(CMakePackageConfigHelpers)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/seccureConfig.cmake.in ${CMAKE_BINARY_DIR}/seccureConfig.cmake
  INSTALL_DESTINATION ${SECCURE_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_BINARY_DIR}/seccureConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/seccureConfig.cmake ${CMAKE_BINARY_DIR}/seccureConfigVersion.cmake
  DESTINATION ${SECCURE_CMAKE_DIR} COMPONENT Development)

# seccure.pc is written at install time, so that it names the prefix actually
# installed to (cmake --install --prefix DIR); libdir and includedir stay
# relative to ${prefix} unless they were given as absolute paths.
foreach(d LIBDIR INCLUDEDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${d}}")
    set(SECCURE_PC_${d} "${CMAKE_INSTALL_${d}}")
  else()
    set(SECCURE_PC_${d} "\${prefix}/${CMAKE_INSTALL_${d}}")
  endif()
endforeach()
install(CODE "
  set(SECCURE_PC_PREFIX \"\${CMAKE_INSTALL_PREFIX}\")
  set(SECCURE_PC_LIBDIR [=[${SECCURE_PC_LIBDIR}]=])
  set(SECCURE_PC_INCLUDEDIR [=[${SECCURE_PC_INCLUDEDIR}]=])
  set(SECCURE_PC_VERSION \"${PROJECT_VERSION}\")
  configure_file(\"${PROJECT_SOURCE_DIR}/cmake/seccure.pc.in\" \"${CMAKE_BINARY_DIR}/seccure.pc\" @ONLY)"
  COMPONENT Development)
install(FILES ${CMAKE_BINARY_DIR}/seccure.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT Development)
