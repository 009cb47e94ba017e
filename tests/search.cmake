# Search: unit tests of the index, the KB's index upkeep, the relevance test over the seed
# KB, and the benchmark (built, run by hand; ctest runs it only as a tiny smoke test).
citykb_add_test(tst_searchindex unit/tst_searchindex.cpp)
target_link_libraries(tst_searchindex PRIVATE citykb_search)
citykb_add_test(tst_searchkb integration/tst_searchkb.cpp)
target_link_libraries(tst_searchkb PRIVATE citykb_cli_commands)
citykb_add_test(tst_relevance integration/tst_relevance.cpp)


add_executable(citykb-searchbench bench/searchbench.cpp bench/generator.h bench/generator.cpp)
target_include_directories(citykb-searchbench PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(citykb-searchbench PRIVATE citykb_app citykb_search citykb_store citykb_core
                      PkgConfig::XAPIAN PkgConfig::SQLITE3 Qt6::Core)
add_test(NAME searchbench_smoke COMMAND citykb-searchbench --records 300 --queries 20 --out ${CMAKE_CURRENT_BINARY_DIR}/bench-smoke)
set_tests_properties(searchbench_smoke PROPERTIES
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CITYKB_DATA=${CITYKB_DATA_DIR}" TIMEOUT 300)


# The list benchmark (issue 7): pages of summaries against full records; ctest runs it small.
add_executable(citykb-listbench bench/listbench.cpp bench/generator.h bench/generator.cpp)
target_include_directories(citykb-listbench PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
# Only the store is measured: no app or search library, so the seed folder is given here.
target_compile_definitions(citykb-listbench PRIVATE CITYKB_SOURCE_DATA_DIR="${CITYKB_DATA_DIR}")
target_link_libraries(citykb-listbench PRIVATE citykb_ingest citykb_store citykb_core PkgConfig::SQLITE3 Qt6::Core)
add_test(NAME listbench_smoke COMMAND citykb-listbench --records 2000 --pages 20 --out ${CMAKE_CURRENT_BINARY_DIR}/listbench-smoke)
set_tests_properties(listbench_smoke PROPERTIES ENVIRONMENT "CITYKB_DATA=${CITYKB_DATA_DIR}" TIMEOUT 300)


# The window benchmark (issue 9): open to first view, search, far page, memory. Run by hand.
add_executable(citykb-windowbench bench/windowbench.cpp bench/generator.h bench/generator.cpp)
target_include_directories(citykb-windowbench PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(citykb-windowbench PRIVATE citykb_gui citykb_testsupport Qt6::Test)

# Pictures of the window for the user guide (scripts/screenshots.sh); not a test.
add_executable(citykb-screenshots gui/screenshots.cpp)
target_compile_definitions(citykb-screenshots PRIVATE CITYKB_SOURCE_DATA_DIR="${CITYKB_DATA_DIR}")
target_link_libraries(citykb-screenshots PRIVATE citykb_gui Qt6::Test)
