# The seed dataset check: data/ against its JSON Schema, its own references and the source
# documents in ../shared/seeds/ (figures, dates, sections, no copied prose). Included from
# tests/CMakeLists.txt; needs /usr/bin/python3 with python3-jsonschema (scripts/deps.sh).
add_test(NAME seed_data_check
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/data/check_seed_data.py
                 --data ${CITYKB_DATA_DIR} --seeds ${CITYKB_SEEDS_DIR})
set_tests_properties(seed_data_check PROPERTIES LABELS "data" TIMEOUT 120)
