# The Debian package (docs/packaging.md): tests/package/check_package.sh builds the .deb with
# cpack from this build tree, checks its files, lintian, desktop-file-validate and appstreamcli,
# and runs the programs unpacked from it with dpkg -x. Label `package`. Not in sanitizer builds,
# whose programs are never packaged.
if(NOT CITYKB_SANITIZE)
  add_test(NAME package_deb
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/package/check_package.sh ${PROJECT_BINARY_DIR} ${CITYKB_DATA_DIR})
  set_tests_properties(package_deb PROPERTIES LABELS "package" TIMEOUT 900)
endif()
