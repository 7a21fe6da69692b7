# macOS: the app bundle (Info.plist, icon), the Qt runtime and every other non-system
# library copied into it (macdeployqt), an ad-hoc or real code signature, and a
# drag-and-drop DMG. Included from installer/CMakeLists.txt.
# Not built on the Linux CI: installer/README.md has the commands.

# The bundle icon, generated from the SVG by resources/icons/generate-icons.sh.
set(icns "${icons_dir}/sendivent-console.icns")
target_sources(sendivent-console PRIVATE "${icns}")
set_source_files_properties("${icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(sendivent-console PROPERTIES
    OUTPUT_NAME "Sendivent Console"
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in"
    MACOSX_BUNDLE_ICON_FILE sendivent-console.icns
    MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 Sendivent. All rights reserved.")

# macdeployqt, run by `cmake --install` and so by cpack, on the bundle in the staging
# folder: Qt's frameworks and plugins and the Homebrew libraries (QtKeychain, SQLite).
qt_generate_deploy_app_script(TARGET sendivent-console FILENAME_VARIABLE deploy_script)
install(SCRIPT "${deploy_script}")

# macdeployqt rewrites the binaries, which voids their signatures, and Apple silicon runs
# no unsigned code: sign the whole bundle again. "-" is an ad-hoc signature (enough to
# run it on the building Mac, or elsewhere once the user allows it); a release passes a
# Developer ID, and gets the hardened runtime that notarization requires.
set(SENDIVENT_CODESIGN_IDENTITY "-" CACHE STRING "codesign identity for the macOS bundle ('-' is ad hoc)")
set(codesign_options "")
if(NOT SENDIVENT_CODESIGN_IDENTITY STREQUAL "-")
    set(codesign_options --options runtime --timestamp)
endif()
install(CODE "execute_process(
    COMMAND codesign --force --deep ${codesign_options} --sign \"${SENDIVENT_CODESIGN_IDENTITY}\"
            \"\${CMAKE_INSTALL_PREFIX}/$<TARGET_FILE_NAME:sendivent-console>.app\"
    COMMAND_ERROR_IS_FATAL ANY)")
# Under the hardened runtime the WebEngine helper needs its entitlements (--deep signs
# it without them): sign it again with them, then seal the bundle once more.
if(codesign_options AND SENDIVENT_WEBENGINE)
    set(webengine_helper "Contents/Frameworks/QtWebEngineCore.framework/Helpers/QtWebEngineProcess.app")
    install(CODE "execute_process(
        COMMAND codesign --force ${codesign_options} --sign \"${SENDIVENT_CODESIGN_IDENTITY}\"
                --entitlements \"${CMAKE_CURRENT_SOURCE_DIR}/macos/webengine.entitlements\"
                \"\${CMAKE_INSTALL_PREFIX}/$<TARGET_FILE_NAME:sendivent-console>.app/${webengine_helper}\"
        COMMAND codesign --force ${codesign_options} --sign \"${SENDIVENT_CODESIGN_IDENTITY}\"
                \"\${CMAKE_INSTALL_PREFIX}/$<TARGET_FILE_NAME:sendivent-console>.app\"
        COMMAND_ERROR_IS_FATAL ANY)")
endif()

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_FILE_NAME "sendivent-console-${PROJECT_VERSION}-macOS")
set(CPACK_DMG_VOLUME_NAME "Sendivent Console ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON "${icns}")
