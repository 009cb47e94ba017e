# The window read through its accessibility tree by a real AT-SPI client (pyatspi) on a
# virtual X server with its own D-Bus session. pyatspi is a Debian package of the system Python.
find_program(CITYKB_SYSTEM_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH)
add_test(NAME gui_accessibility
         COMMAND xvfb-run -a -s "-screen 0 1280x1024x24 -noreset" dbus-run-session --
                 ${CITYKB_SYSTEM_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/gui/accessibility.py $<TARGET_FILE:citykb>)
set_tests_properties(gui_accessibility PROPERTIES
  ENVIRONMENT "CITYKB_DATA=${CITYKB_DATA_DIR};LANGUAGE=en" LABELS gui TIMEOUT 180)
