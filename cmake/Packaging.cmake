# The Debian package: cpack -G DEB in the build folder (scripts/package, docs/packaging.md).
# Its dependencies come from dpkg-shlibdeps reading the programs; only what no library link
# shows is named here.
set(CLIENTELE_PACKAGE_MAINTAINER "The Clientele developers <clientele@users.noreply.github.com>"
  CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME clientele)
set(CPACK_PACKAGE_VENDOR "The Clientele developers")
set(CPACK_PACKAGE_CONTACT "${CLIENTELE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "ideal customer profiles, offers and proposals")
# The long description as lines under 80 characters; "." is a blank line (deb-control(5)).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
  "A desktop workbench for consultants: fill in an Ideal Customer Profile"
  "chart from the best existing clients, write the customer profile, design"
  "offers that start small and up-sell, score prospects against the ideal,"
  "and export typeset PDFs of profiles, the chart, offers and proposals."
  "."
  "Invoice and contact histories exported from Xero or Odoo can be imported."
  "A workspace is one local SQLite file. The clientele-cli command does the"
  "same work without a window.")

set(CPACK_DEBIAN_PACKAGE_NAME clientele)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CLIENTELE_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The documents name DejaVu Sans (src/render/documentstyle.cpp): a font, which no link shows.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
# Qt's own dialogs in the session's language, and a native Wayland window.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Debian wants the package's own changelog beside the copyright file; it belongs to the package,
# not to a plain cmake --install, so it is added to CPack's staging folder just before packing.
execute_process(COMMAND date -u -R -d "${CLIENTELE_RELEASE_DATE} 12:00"
  OUTPUT_VARIABLE CLIENTELE_CHANGELOG_DATE OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
set(CPACK_DEBIAN_PACKAGE_VERSION ${PROJECT_VERSION})
configure_file(${PROJECT_SOURCE_DIR}/dist/debian/changelog.in
  ${PROJECT_BINARY_DIR}/debian/changelog.Debian @ONLY)
set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/cmake/DebianChangelog.cmake)
set(CPACK_CLIENTELE_DEBIAN_CHANGELOG ${PROJECT_BINARY_DIR}/debian/changelog.Debian)
set(CPACK_CLIENTELE_DOCDIR ${CMAKE_INSTALL_DOCDIR})

include(CPack)
