# Render test: draws one case twice (determinism), then compares it with tests/render/reference/NAME.png.
# Inputs: APP XVFB_RUN PYTHON COMPARE NAME REFERENCE OUTDIR ARGS (the app's arguments, space-separated),
# SHOT (--screenshot, the default, or --snapshot)
# and THRESHOLD MAX_DIFF. With the environment variable ATLAS_UPDATE_REFERENCES=1 the render is
# stored as the new reference instead (see tests/render/README.md).
file(MAKE_DIRECTORY ${OUTDIR})
set(first ${OUTDIR}/${NAME}.png)
set(second ${OUTDIR}/${NAME}.again.png)
file(REMOVE ${first} ${second} ${OUTDIR}/${NAME}.diff.png ${OUTDIR}/${NAME}.again.diff.png)

separate_arguments(args UNIX_COMMAND "${ARGS}")
if(NOT DEFINED SHOT)
  set(SHOT --screenshot)  # or --snapshot: what Save image saves
endif()

function(render out)
  execute_process(COMMAND ${XVFB_RUN} -a -s "-screen 0 1280x800x24" ${APP} ${SHOT} ${out} ${args}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
  if(NOT rc EQUAL 0 OR NOT EXISTS ${out})
    message(FATAL_ERROR "${NAME}: the app failed (${rc}):\n${stdout}\n${stderr}")
  endif()
endfunction()

render(${first})
if("$ENV{ATLAS_UPDATE_REFERENCES}" STREQUAL "1")
  execute_process(COMMAND ${PYTHON} ${COMPARE} --update ${first} ${REFERENCE} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${NAME}: could not store the reference")
  endif()
  return()
endif()

# Determinism: a second render of the same case must match the first (bit for bit, or else within
# the thresholds the reference comparison uses; the result is reported either way).
render(${second})
file(SHA256 ${first} h1)
file(SHA256 ${second} h2)
if(h1 STREQUAL h2)
  message("${NAME}: two renders are bit-identical")
else()
  execute_process(COMMAND ${PYTHON} ${COMPARE} ${second} ${first} --exact --threshold ${THRESHOLD} --max-diff ${MAX_DIFF}
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${NAME}: two renders of the same case differ beyond the thresholds")
  endif()
  message("${NAME}: two renders differ but within the thresholds")
endif()

execute_process(COMMAND ${PYTHON} ${COMPARE} ${first} ${REFERENCE} --threshold ${THRESHOLD} --max-diff ${MAX_DIFF}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  set(see "")
  if(EXISTS ${OUTDIR}/${NAME}.diff.png)
    set(see " (differences in red: ${OUTDIR}/${NAME}.diff.png)")
  endif()
  message(FATAL_ERROR "${NAME}: the render ${first} does not match ${REFERENCE}${see}. If the change is intended, "
                      "update the references: tests/render/update_references.sh")
endif()
