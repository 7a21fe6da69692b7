# Installs the reference implementation, npm handlebars@4.7.8, into the build tree
# (never globally). Run by the CTest fixture template_reference_setup:
#   cmake -DNPM=<npm> -DPREFIX=<dir> -P install-reference.cmake
# Fails loudly when npm is missing or the install fails: the differential test must not
# be skipped silently.
set(version "4.7.8")
if(NOT NPM OR NOT EXISTS "${NPM}")
    message(FATAL_ERROR "npm was not found when configuring; install Node.js and npm "
                        "(scripts/install-deps.sh) and re-run cmake")
endif()
set(manifest "${PREFIX}/node_modules/handlebars/package.json")
if(EXISTS "${manifest}")
    file(READ "${manifest}" text)
    string(JSON installed ERROR_VARIABLE err GET "${text}" version)
    if(installed STREQUAL version)
        message(STATUS "handlebars ${version} already installed in ${PREFIX}")
        return()
    endif()
endif()
file(MAKE_DIRECTORY "${PREFIX}")
execute_process(
    COMMAND "${NPM}" install --prefix "${PREFIX}" --no-audit --no-fund --no-save
            "handlebars@${version}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT EXISTS "${manifest}")
    message(FATAL_ERROR "npm install handlebars@${version} failed (${result})")
endif()
message(STATUS "installed handlebars ${version} into ${PREFIX}")
