# Builds tests/fuzz/project with clang and fuzzes the template engine for a bounded
# time, seeded with the templates of the differential corpus. Any crash, sanitizer
# report, timeout or out-of-memory fails the test.
#
#   cmake -DSOURCE_DIR=<repo> -DWORK_DIR=<dir> -DCLANGXX=<clang++> -DSECONDS=60 -P run-fuzz.cmake
if(NOT CLANGXX OR NOT EXISTS "${CLANGXX}")
    message(FATAL_ERROR "clang++ was not found when configuring; the fuzz test needs "
                        "clang and libFuzzer (packages clang, libclang-rt-14-dev)")
endif()
if(NOT SECONDS)
    set(SECONDS 60)
endif()

set(build "${WORK_DIR}/build")
execute_process(
    COMMAND ${CMAKE_COMMAND} -S "${SOURCE_DIR}/tests/fuzz/project" -B "${build}"
            -DCMAKE_CXX_COMPILER=${CLANGXX} -DCMAKE_BUILD_TYPE=Debug
            -DSENDIVENT_SOURCE_DIR=${SOURCE_DIR}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "configuring the fuzz build failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build "${build}" --parallel 2 RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "building the fuzz target failed")
endif()

# Seeds: every template (and partial) of the differential corpus.
set(seeds "${WORK_DIR}/seeds")
set(corpus "${WORK_DIR}/corpus")
file(REMOVE_RECURSE "${seeds}")
file(MAKE_DIRECTORY "${seeds}" "${corpus}")
file(GLOB files "${SOURCE_DIR}/tests/template/corpus/*.json")
set(count 0)
string(ASCII 1 separator)
foreach(file IN LISTS files)
    file(READ "${file}" text)
    string(JSON n LENGTH "${text}")
    math(EXPR last "${n} - 1")
    foreach(i RANGE ${last})
        string(JSON tpl GET "${text}" ${i} template)
        string(JSON partial ERROR_VARIABLE noPartial GET "${text}" ${i} partials p)
        if(noPartial)
            file(WRITE "${seeds}/seed-${count}" "${tpl}")
        else()
            file(WRITE "${seeds}/seed-${count}" "${tpl}${separator}${partial}")
        endif()
        math(EXPR count "${count} + 1")
    endforeach()
endforeach()
message(STATUS "fuzzing for ${SECONDS} s with ${count} seeds")

execute_process(
    COMMAND "${build}/fuzz_template" -max_total_time=${SECONDS} -max_len=4096 -timeout=25
            -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=${WORK_DIR}/
            "${corpus}" "${seeds}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the fuzzer found a failure (exit ${result}); reproducer in ${WORK_DIR}")
endif()
