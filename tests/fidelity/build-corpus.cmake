# Builds the fidelity corpus: compiles every corpus/*.mjml with the pinned MJML (strict
# validation: a source MJML rejects is a broken corpus) and copies the hand-written
# corpus/*.html next to them. Run by the CTest fixture fidelity_corpus_build:
#   cmake -DMJML=<mjml cli> -DSOURCE=<corpus dir> -DOUT=<dir> -P build-corpus.cmake
if(NOT EXISTS "${MJML}")
    message(FATAL_ERROR "the MJML compiler is missing at ${MJML} (the fidelity_mjml_setup fixture installs it)")
endif()
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")
file(GLOB sources "${SOURCE}/*.mjml")
execute_process(
    COMMAND "${MJML}" ${sources} -o "${OUT}/" --config.validationLevel=strict
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "mjml failed to compile the corpus (${result})")
endif()
file(GLOB written "${SOURCE}/*.html")
file(COPY ${written} DESTINATION "${OUT}")
file(GLOB built "${OUT}/*.html")
list(LENGTH sources mjml_count)
list(LENGTH built count)
if(count LESS 12)
    message(FATAL_ERROR "the fidelity corpus has ${count} emails; at least 12 are required")
endif()
message(STATUS "built ${count} corpus emails (${mjml_count} from MJML) into ${OUT}")
