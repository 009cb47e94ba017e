# What `cmake --install` puts where, in the GNU layout (the Debian package installs to /usr):
# the two programs (with their German and French translations embedded), the seed dataset, the desktop entry, the AppStream metainfo, the icon in the
# hicolor theme, the man pages, and the copyright and changelog Debian policy asks for.
# Included from the top CMakeLists.txt after src/; docs/packaging.md describes the result.

include(${CMAKE_CURRENT_LIST_DIR}/changelog.cmake)

set(CITYKB_APP_ID "eu.citykb.CityKB")
set(CITYKB_HOMEPAGE_URL "https://citykb.eu" CACHE STRING "The project's home page, named in the package and its metainfo")
set(CITYKB_SCREENSHOT_URL "${CITYKB_HOMEPAGE_URL}/images/overview.png" CACHE STRING
    "Where software centres fetch the metainfo's screenshot: docs/images/overview.png as published")

find_program(CITYKB_HELP2MAN help2man REQUIRED)
find_program(CITYKB_RSVG_CONVERT rsvg-convert REQUIRED)
find_program(CITYKB_GZIP gzip REQUIRED)

set(resources "${PROJECT_SOURCE_DIR}/resources")
set(generated "${PROJECT_BINARY_DIR}/install-files")

citykb_read_changelog(FILE "${resources}/debian/changelog"
                      VERSION changelog_version EPOCH CITYKB_RELEASE_EPOCH RELEASES_XML CITYKB_METAINFO_RELEASES)
if(NOT changelog_version STREQUAL PROJECT_VERSION)
  message(FATAL_ERROR "resources/debian/changelog ends at version ${changelog_version}, but the project is "
                      "${PROJECT_VERSION}: add an entry for ${PROJECT_VERSION} at its top.")
endif()

install(TARGETS citykb citykb-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The path the programs look for it at is CITYKB_INSTALL_DATA_RELDIR (src/app/CMakeLists.txt).
install(DIRECTORY "${CITYKB_DATA_DIR}/" DESTINATION ${CITYKB_INSTALL_DATADIR})

install(FILES "${resources}/desktop/${CITYKB_APP_ID}.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file("${resources}/metainfo/${CITYKB_APP_ID}.metainfo.xml.in" "${generated}/${CITYKB_APP_ID}.metainfo.xml" @ONLY)
install(FILES "${generated}/${CITYKB_APP_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The icon: the SVG as it is, and PNGs rendered from it for desktops that want bitmaps.
set(icon_svg "${resources}/icons/citykb.svg")
install(FILES "${icon_svg}" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
set(icon_pngs "")
foreach(size 16 22 24 32 48 64 128 256)
  set(png "${generated}/icons/${size}x${size}/citykb.png")
  add_custom_command(OUTPUT "${png}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${generated}/icons/${size}x${size}"
    COMMAND ${CITYKB_RSVG_CONVERT} --width=${size} --height=${size} --output "${png}" "${icon_svg}"
    DEPENDS "${icon_svg}" VERBATIM)
  list(APPEND icon_pngs "${png}")
  install(FILES "${png}" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# The man pages are help2man's reading of each program's --help and --version, so they cannot
# drift from them, plus the sections in resources/man/*.h2m (exit status, environment, files).
# The KB folder is written as the home-relative default instead of the building user's; the
# date is the release's; a leak report under AddressSanitizer must not fail the build. The pages
# are English whatever the language of the machine that builds them (LANGUAGE=en).
set(man_pages "")
foreach(program citykb citykb-cli)
  set(page "${generated}/man/${program}.1")
  add_custom_command(OUTPUT "${page}.gz"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${generated}/man"
    COMMAND ${CMAKE_COMMAND} -E env "CITYKB_HOME=~/.local/share/citykb" QT_QPA_PLATFORM=offscreen LANGUAGE=en
            SOURCE_DATE_EPOCH=${CITYKB_RELEASE_EPOCH} ASAN_OPTIONS=detect_leaks=0
            ${CITYKB_HELP2MAN} --no-info --section=1 --include=${resources}/man/${program}.h2m
            --output=${page} $<TARGET_FILE:${program}>
    COMMAND ${CITYKB_GZIP} -9nf "${page}"
    DEPENDS ${program} "${resources}/man/${program}.h2m" VERBATIM)
  list(APPEND man_pages "${page}.gz")
  install(FILES "${page}.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()

# Debian policy: the copyright file, and for a native package the changelog as changelog.gz.
set(changelog "${generated}/doc/changelog")
add_custom_command(OUTPUT "${changelog}.gz"
  COMMAND ${CMAKE_COMMAND} -E copy "${resources}/debian/changelog" "${changelog}"
  COMMAND ${CITYKB_GZIP} -9nf "${changelog}"
  DEPENDS "${resources}/debian/changelog" VERBATIM)
install(FILES "${resources}/debian/copyright" "${changelog}.gz" DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/citykb)

add_custom_target(citykb-install-files ALL DEPENDS ${icon_pngs} ${man_pages} "${changelog}.gz")
