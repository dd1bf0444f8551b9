# Render test: draws one view with --dump-places and checks each visible city's marker position and colour.
# Inputs: APP XVFB_RUN PYTHON CHECK NAME OUTDIR CAMPAIGN RATIO ARGS (the app's arguments, space-separated).
file(MAKE_DIRECTORY ${OUTDIR})
set(shot ${OUTDIR}/${NAME}.png)
set(dump ${OUTDIR}/${NAME}.json)
file(REMOVE ${shot} ${dump})
separate_arguments(args UNIX_COMMAND "${ARGS}")
# The app draws the campaign file the checker reads the places' coordinates from.
execute_process(COMMAND ${XVFB_RUN} -a -s "-screen 0 1280x800x24" ${APP} --campaign ${CAMPAIGN} --pixel-ratio ${RATIO}
                        --screenshot ${shot} --dump-places ${dump} ${args}
                RESULT_VARIABLE rc OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
if(NOT rc EQUAL 0 OR NOT EXISTS ${dump})
  message(FATAL_ERROR "${NAME}: the app failed (${rc}):\n${stdout}\n${stderr}")
endif()
execute_process(COMMAND ${PYTHON} ${CHECK} ${shot} ${dump} ${CAMPAIGN} --pixel-ratio ${RATIO} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${NAME}: places are not drawn where the dump and the projection say (see above; ${shot})")
endif()
