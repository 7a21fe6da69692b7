# Windows: the executable's icon and version resource; the Qt runtime (windeployqt), the
# other DLLs and the MSVC runtime installed next to the executable; NSIS and WiX
# installers with a Start-menu shortcut. Included from installer/CMakeLists.txt.
# Not built on the Linux CI: installer/README.md has the commands.

set(SENDIVENT_ICO_FILE "${icons_dir}/sendivent-console.ico")
configure_file("${CMAKE_CURRENT_SOURCE_DIR}/windows/sendivent-console.rc.in"
               "${CMAKE_CURRENT_BINARY_DIR}/windows/sendivent-console.rc" @ONLY)
target_sources(sendivent-console PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/windows/sendivent-console.rc")

# Qt's DLLs, plugins (platform, SQL driver, styles, TLS) and translations: windeployqt,
# run by `cmake --install` and so by cpack, into the staging folder.
qt_generate_deploy_app_script(TARGET sendivent-console FILENAME_VARIABLE deploy_script)
install(SCRIPT "${deploy_script}")

# windeployqt copies only Qt. The other DLLs the executable loads (QtKeychain, SQLite
# from vcpkg) are found next to the built executable (vcpkg copies them there) or on
# PATH; Qt's are left to windeployqt and the system's are left out.
install(CODE "set(sendivent_executable \"$<TARGET_FILE:sendivent-console>\")")
install(CODE [[
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES "${sendivent_executable}"
        RESOLVED_DEPENDENCIES_VAR resolved
        UNRESOLVED_DEPENDENCIES_VAR unresolved
        DIRECTORIES $ENV{PATH}
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6"
        POST_EXCLUDE_REGEXES "[Ss]ystem32/")
    if(unresolved)
        message(WARNING "DLLs not found, the installed program may not start: ${unresolved}")
    endif()
    file(INSTALL ${resolved} DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
]])

# The MSVC runtime DLLs, beside the executable (no separate redistributable to install).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR "NSIS;WIX")
set(CPACK_PACKAGE_FILE_NAME "sendivent-console-${PROJECT_VERSION}-win64")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_SOURCE_DIR}/license.txt")

# NSIS: an upgrade uninstalls the old version first; shortcuts point into bin/.
set(CPACK_NSIS_PACKAGE_NAME "Sendivent Console")
set(CPACK_NSIS_DISPLAY_NAME "Sendivent Console")
set(CPACK_NSIS_MUI_ICON "${icons_dir}/sendivent-console.ico")
set(CPACK_NSIS_MUI_UNIICON "${icons_dir}/sendivent-console.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\sendivent-console.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "sendivent-console.exe")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)

# WiX: the upgrade code never changes, so a newer MSI replaces an older one in place.
# Generated once for this product; never reuse it elsewhere.
set(CPACK_WIX_UPGRADE_GUID "DC8755ED-C9BC-4DAC-8F35-B0D140159F79")
set(CPACK_WIX_PRODUCT_ICON "${icons_dir}/sendivent-console.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Sendivent Console")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
