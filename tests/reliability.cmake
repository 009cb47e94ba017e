# Reliability (docs/reliability.md): the catalogue of bad inputs and faults and the kill test,
# both run through the real citykb-cli on temporary KBs. Included from tests/CMakeLists.txt.
# Label `reliability`; the long kill test has the label `long` and runs only with
# CITYKB_LONG_TESTS=1 in the environment (otherwise it reports itself skipped).
set(CITYKB_RELIABILITY_ENV "QT_QPA_PLATFORM=offscreen;CITYKB_CLI=$<TARGET_FILE:citykb-cli>;CITYKB_DATA=${CITYKB_DATA_DIR}")

add_test(NAME reliability_catalogue
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/reliability/catalogue.py)
set_tests_properties(reliability_catalogue PROPERTIES
  ENVIRONMENT "${CITYKB_RELIABILITY_ENV}" LABELS "reliability" TIMEOUT 900)

add_test(NAME reliability_kill
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/reliability/killtest.py --kills 4 --practices 2000)
set_tests_properties(reliability_kill PROPERTIES
  ENVIRONMENT "${CITYKB_RELIABILITY_ENV}" LABELS "reliability" TIMEOUT 900)

add_test(NAME reliability_kill_long
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/reliability/killtest.py --long --kills 40 --practices 5000)
set_tests_properties(reliability_kill_long PROPERTIES
  ENVIRONMENT "${CITYKB_RELIABILITY_ENV}" LABELS "long" SKIP_RETURN_CODE 77 TIMEOUT 7200)

# The answer kill test (issue 12): citykb-answer-writer types answers as the response form's
# autosave does; answerkilltest.py kills it at random moments and checks every answer it
# reported saved. Short in the default run, long behind the `long` label.
add_executable(citykb-answer-writer ${CMAKE_CURRENT_SOURCE_DIR}/reliability/answerwriter.cpp)
target_link_libraries(citykb-answer-writer PRIVATE citykb_app Qt6::Core)
set(CITYKB_ANSWER_KILL_ENV "${CITYKB_RELIABILITY_ENV};CITYKB_ANSWER_WRITER=$<TARGET_FILE:citykb-answer-writer>")

add_test(NAME reliability_answer_kill
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/reliability/answerkilltest.py --kills 6)
set_tests_properties(reliability_answer_kill PROPERTIES
  ENVIRONMENT "${CITYKB_ANSWER_KILL_ENV}" LABELS "reliability" TIMEOUT 900)

add_test(NAME reliability_answer_kill_long
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/reliability/answerkilltest.py --long --kills 100)
set_tests_properties(reliability_answer_kill_long PROPERTIES
  ENVIRONMENT "${CITYKB_ANSWER_KILL_ENV}" LABELS "long" SKIP_RETURN_CODE 77 TIMEOUT 7200)

# The response form kill test (issue 12): the real citykb window under a virtual X server, typed
# into with xdotool and killed with SIGKILL at random moments; formkilltest.py checks the KB,
# what was stored against what was typed, and that the form reopens where it was.
set(CITYKB_FORM_KILL_ENV "CITYKB_CLI=$<TARGET_FILE:citykb-cli>;CITYKB_DATA=${CITYKB_DATA_DIR};CITYKB_GUI=$<TARGET_FILE:citykb>")
add_test(NAME reliability_form_kill
         COMMAND xvfb-run -a -s "-screen 0 1280x1024x24 -noreset"
                 /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/reliability/formkilltest.py --kills 10)
set_tests_properties(reliability_form_kill PROPERTIES
  ENVIRONMENT "${CITYKB_FORM_KILL_ENV}" LABELS "reliability" TIMEOUT 900)

add_test(NAME reliability_form_kill_long
         COMMAND xvfb-run -a -s "-screen 0 1280x1024x24 -noreset"
                 /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/reliability/formkilltest.py --long --kills 100)
set_tests_properties(reliability_form_kill_long PROPERTIES
  ENVIRONMENT "${CITYKB_FORM_KILL_ENV}" LABELS "long" SKIP_RETURN_CODE 77 TIMEOUT 7200)
