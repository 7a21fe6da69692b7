# Installs one npm package at a pinned version into the build tree (never globally), for
# the tests that use an independent implementation as their oracle. Run by CTest
# fixtures:
#   cmake -DNPM=<npm> -DPREFIX=<dir> -DPACKAGE=<name> -DVERSION=<x.y.z> -P install-npm-package.cmake
# Fails loudly when npm is missing or the install fails: a test that needs the package
# must fail, not be skipped silently.
foreach(var NPM PREFIX PACKAGE VERSION)
    if(NOT ${var})
        message(FATAL_ERROR "install-npm-package.cmake needs -D${var}=")
    endif()
endforeach()
if(NOT EXISTS "${NPM}")
    message(FATAL_ERROR "npm was not found when configuring; install Node.js and npm "
                        "(scripts/install-deps.sh) and re-run cmake")
endif()
set(manifest "${PREFIX}/node_modules/${PACKAGE}/package.json")
if(EXISTS "${manifest}")
    file(READ "${manifest}" text)
    string(JSON installed ERROR_VARIABLE err GET "${text}" version)
    if(installed STREQUAL VERSION)
        message(STATUS "${PACKAGE} ${VERSION} already installed in ${PREFIX}")
        return()
    endif()
endif()
file(MAKE_DIRECTORY "${PREFIX}")
execute_process(
    COMMAND "${NPM}" install --prefix "${PREFIX}" --no-audit --no-fund --no-save "${PACKAGE}@${VERSION}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT EXISTS "${manifest}")
    message(FATAL_ERROR "npm install ${PACKAGE}@${VERSION} failed (${result})")
endif()
message(STATUS "installed ${PACKAGE} ${VERSION} into ${PREFIX}")
