# Fuzz targets for the document parsers (docs/reliability.md, "Fuzzing"). Each fuzz_<name>.cpp
# defines LLVMFuzzerTestOneInput. In an ordinary build each is linked with fuzzdriver.cpp,
# which replays tests/fuzz/corpus/<name>/ and a few thousand deterministic mutations, and runs
# in ctest for seconds. With CITYKB_FUZZ=ON (preset `fuzz`, clang) they are real libFuzzer
# binaries for long runs.
option(CITYKB_FUZZ "Build the fuzz targets as libFuzzer binaries (clang, preset fuzz)" OFF)

set(CITYKB_FUZZ_TARGETS textcleaner sectionsplitter html officexml document)
set(CITYKB_FUZZ_MUTATIONS 3000 CACHE STRING "Mutations each fuzz target replays in ctest")

foreach(target IN LISTS CITYKB_FUZZ_TARGETS)
  set(name fuzz_${target})
  if(CITYKB_FUZZ)
    add_executable(${name} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/${name}.cpp)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  else()
    add_executable(${name} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/${name}.cpp ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzzdriver.cpp)
    add_test(NAME ${name} COMMAND ${name} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/${target} ${CITYKB_FUZZ_MUTATIONS})
    set_tests_properties(${name} PROPERTIES TIMEOUT 300 LABELS fuzz)
  endif()
  target_link_libraries(${name} PRIVATE citykb_ingest Qt6::Core)
endforeach()
