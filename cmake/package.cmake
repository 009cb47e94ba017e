# The Debian package: `cpack -G DEB` in a build folder, or its `package` target, makes
# citykb_<version>_<arch>.deb from the rules in cmake/install.cmake, installed under /usr.
# Build it from the release preset (scripts/package.sh); docs/packaging.md has the checks.

set(CITYKB_MAINTAINER "CityKB maintainers <maintainers@citykb.eu>" CACHE STRING
    "The package's maintainer, as in resources/debian/changelog")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME citykb)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "CityKB maintainers")
set(CPACK_PACKAGE_CONTACT "${CITYKB_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "knowledge base of European city networks")
set(CPACK_PACKAGE_DESCRIPTION
"CityKB keeps what is known about European city networks in one place: networks
such as Eurocities, Eurotowns, ERRIN and the URBACT networks, their forums and
working groups, member cities, people, good practices with their outcomes,
events, questionnaires with their interviews, source documents and
recommendations. It stores them in SQLite and searches them with Xapian.

This package holds the window (citykb), the command line (citykb-cli) and the
curated seed dataset a new knowledge base starts from.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# Directories as Debian wants them whatever the umask of the person building.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CITYKB_HOMEPAGE_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# The libraries the programs link come from dpkg-shlibdeps; the window also needs Qt's SVG
# plugins, which it loads at run time for its icons.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# CityKB's own translations are inside the programs; Qt's (the buttons of standard dialogs in
# German and French) come from Debian's package of them, when installed.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

include(CPack)
