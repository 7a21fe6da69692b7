# Installs the MJML compiler the fidelity corpus is written in, npm mjml pinned below,
# into the build tree (never globally). Run by the CTest fixture fidelity_mjml_setup:
#   cmake -DNPM=<npm> -DPREFIX=<dir> -P install-mjml.cmake
# Fails loudly without npm: the fidelity suite must not be skipped silently.
set(version "4.15.3")
if(NOT NPM OR NOT EXISTS "${NPM}")
    message(FATAL_ERROR "npm was not found when configuring; install Node.js and npm "
                        "(scripts/install-deps.sh) and re-run cmake")
endif()
set(manifest "${PREFIX}/node_modules/mjml/package.json")
if(EXISTS "${manifest}")
    file(READ "${manifest}" text)
    string(JSON installed ERROR_VARIABLE err GET "${text}" version)
    if(installed STREQUAL version)
        message(STATUS "mjml ${version} already installed in ${PREFIX}")
        return()
    endif()
endif()
file(MAKE_DIRECTORY "${PREFIX}")
execute_process(
    COMMAND "${NPM}" install --prefix "${PREFIX}" --no-audit --no-fund --no-save "mjml@${version}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT EXISTS "${manifest}")
    message(FATAL_ERROR "npm install mjml@${version} failed (${result})")
endif()
message(STATUS "installed mjml ${version} into ${PREFIX}")
