# Builds one target of tests/fuzz/project with clang and fuzzes it for a bounded time.
# Any crash, sanitizer report, failed check, timeout or out-of-memory fails the test.
#
#   cmake -DSOURCE_DIR=<repo> -DWORK_DIR=<dir> -DCLANGXX=<clang++> -DSECONDS=60
#         [-DTARGET=fuzz_template|fuzz_http] [-DSEEDS=<dir of seed files>] -P run-fuzz.cmake
#
# fuzz_template (the default) is seeded with the templates of the differential corpus;
# fuzz_http with tests/fuzz/http-seeds (or SEEDS) and the HTTP dictionary, after one run
# of a pipelined stream past 128 KiB made here. The corpus a run grows stays in
# WORK_DIR/corpus and seeds the next run.
if(NOT CLANGXX OR NOT EXISTS "${CLANGXX}")
    message(FATAL_ERROR "clang++ was not found when configuring; the fuzz test needs "
                        "clang and libFuzzer (packages clang, libclang-rt-14-dev)")
endif()
if(NOT SECONDS)
    set(SECONDS 60)
endif()
if("${TARGET}" STREQUAL "")
    set(TARGET fuzz_template)
endif()
if(NOT "${TARGET}" MATCHES "^fuzz_(template|http)$")
    message(FATAL_ERROR "unknown fuzz target '${TARGET}' (fuzz_template or fuzz_http)")
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
execute_process(COMMAND ${CMAKE_COMMAND} --build "${build}" --parallel 2 --target ${TARGET}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "building ${TARGET} failed")
endif()

set(seeds "${WORK_DIR}/seeds")
set(corpus "${WORK_DIR}/corpus")
file(REMOVE_RECURSE "${seeds}")
file(MAKE_DIRECTORY "${seeds}" "${corpus}")
set(options -max_len=4096)
if("${TARGET}" STREQUAL "fuzz_template")
    # Every template (and partial) of the differential corpus.
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
else()
    if(NOT SEEDS)
        set(SEEDS "${SOURCE_DIR}/tests/fuzz/http-seeds")
    endif()
    file(GLOB files "${SEEDS}/*")
    file(COPY ${files} DESTINATION "${seeds}")
    list(LENGTH files count)
    # Pipelined requests past 128 KiB (the parser compacts its buffer past 64 KiB):
    # Content-Length and chunked bodies in turn, generated rather than committed.
    string(ASCII 13 10 crlf)
    set(stream "")
    set(body "{\"to\":\"ann@example.com\",\"data\":{\"note\":\"")
    foreach(i RANGE 24)
        string(APPEND body "0123456789abcdef")
    endforeach()
    string(APPEND body "\"}}")
    string(LENGTH "${body}" length)
    math(EXPR hex "${length}" OUTPUT_FORMAT HEXADECIMAL)
    string(REPLACE "0x" "" hex "${hex}")
    set(i 0)
    string(LENGTH "${stream}" size)
    while(size LESS 140000)
        if(i EQUAL 1)
            string(APPEND stream "POST /v1/send/x HTTP/1.1${crlf}Host: a${crlf}Transfer-Encoding: chunked${crlf}${crlf}"
                                 "${hex};n=${i}${crlf}${body}${crlf}0${crlf}X-T: ${i}${crlf}${crlf}")
        else()
            string(APPEND stream "POST /v1/send/x HTTP/1.1${crlf}Host: a${crlf}Content-Length: ${length}${crlf}${crlf}"
                                 "${body}")
        endif()
        math(EXPR i "(${i} + 1) % 3")
        string(LENGTH "${stream}" size)
    endwhile()
    # Fuzzing inputs that large runs ten times slower, so this one is read once, whole
    # (the target also feeds it in pieces), before fuzzing with short inputs.
    file(WRITE "${WORK_DIR}/pipelined-past-128k" "${stream}")
    execute_process(COMMAND "${build}/${TARGET}" "${WORK_DIR}/pipelined-past-128k" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${TARGET} failed on pipelined-past-128k (exit ${result})")
    endif()
    # 8 KiB: past the parser's 4 KiB bound on a chunk-size line.
    set(options -max_len=8192 -dict=${SOURCE_DIR}/tests/fuzz/http.dict)
endif()
message(STATUS "fuzzing ${TARGET} for ${SECONDS} s with ${count} seeds")

execute_process(
    COMMAND "${build}/${TARGET}" -max_total_time=${SECONDS} ${options} -timeout=25
            -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=${WORK_DIR}/
            "${corpus}" "${seeds}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the fuzzer found a failure (exit ${result}); reproducer in ${WORK_DIR}")
endif()
