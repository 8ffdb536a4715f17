# Run by CPack after staging the install (CPACK_PRE_BUILD_SCRIPTS): puts the Debian changelog,
# compressed as Debian does (gzip -9n), beside the package's copyright file.
set(docdir "${CPACK_TEMPORARY_INSTALL_DIRECTORY}${CPACK_PACKAGING_INSTALL_PREFIX}/${CPACK_CLIENTELE_DOCDIR}")
if(NOT EXISTS "${docdir}/copyright")
  message(FATAL_ERROR "No copyright file in the staged package at ${docdir}")
endif()
file(COPY_FILE "${CPACK_CLIENTELE_DEBIAN_CHANGELOG}" "${docdir}/changelog.Debian")
execute_process(COMMAND gzip -9nf "${docdir}/changelog.Debian" COMMAND_ERROR_IS_FATAL ANY)
