# Render smoke test: the native app draws offscreen under Xvfb and the PNG must show real content.
execute_process(COMMAND ${XVFB_RUN} -a -s "-screen 0 1280x800x24" ${APP} --screenshot ${OUT} --size 960x600
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "screenshot failed (${rc}):\n${out}\n${err}")
endif()
execute_process(COMMAND ${PYTHON} ${CHECK} ${OUT} --min-colors 40 --min-coverage 0.02
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the screenshot looks blank")
endif()
