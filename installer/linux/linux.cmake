# Linux: desktop integration (desktop file, AppStream metainfo, hicolor icons), the man
# page, and the Debian documents; the DEB and TGZ generators. Included from
# installer/CMakeLists.txt.
find_program(GZIP_EXECUTABLE gzip REQUIRED)

set(generated "${CMAKE_CURRENT_BINARY_DIR}/linux")
set(docdir "${CMAKE_INSTALL_DATADIR}/doc/${CPACK_PACKAGE_NAME}")

configure_file("${PROJECT_SOURCE_DIR}/resources/${SENDIVENT_APP_ID}.desktop.in"
               "${generated}/${SENDIVENT_APP_ID}.desktop" @ONLY)
configure_file("${PROJECT_SOURCE_DIR}/resources/${SENDIVENT_APP_ID}.metainfo.xml.in"
               "${generated}/${SENDIVENT_APP_ID}.metainfo.xml" @ONLY)
install(FILES "${generated}/${SENDIVENT_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${generated}/${SENDIVENT_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

# Icons are named by the application id, as the desktop file's Icon= says.
foreach(size 16 22 24 32 48 64 128 256 512)
    install(FILES "${icons_dir}/sendivent-console-${size}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
            RENAME "${SENDIVENT_APP_ID}.png")
endforeach()
install(FILES "${icons_dir}/sendivent-console.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${SENDIVENT_APP_ID}.svg")

# The man page and the Debian changelog are compressed as Debian policy wants (gzip -9,
# no name or time stamp, so rebuilding gives the same bytes). They are small: this
# happens at configure time, and configure_file() re-runs it when a template changes.
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(SENDIVENT_DEB_VERSION "${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}")
configure_file("${CMAKE_CURRENT_SOURCE_DIR}/linux/sendivent-console.1.in"
               "${generated}/sendivent-console.1" @ONLY)
configure_file("${CMAKE_CURRENT_SOURCE_DIR}/linux/changelog.Debian.in"
               "${generated}/changelog.Debian" @ONLY)
foreach(file sendivent-console.1 changelog.Debian)
    execute_process(COMMAND "${GZIP_EXECUTABLE}" -9 -n -c "${generated}/${file}"
                    OUTPUT_FILE "${generated}/${file}.gz"
                    COMMAND_ERROR_IS_FATAL ANY)
endforeach()
install(FILES "${generated}/sendivent-console.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${generated}/changelog.Debian.gz"
              "${CMAKE_CURRENT_SOURCE_DIR}/linux/copyright"
        DESTINATION "${docdir}")
# Each override says why the tag does not apply (installer/README.md, "lintian").
install(FILES "${CMAKE_CURRENT_SOURCE_DIR}/linux/lintian-overrides"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides"
        RENAME "${CPACK_PACKAGE_NAME}")

set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_FILE_NAME "sendivent-console-${PROJECT_VERSION}-Linux-${CMAKE_SYSTEM_PROCESSOR}")

# DEB: Depends are what dpkg-shlibdeps finds in the binary, plus what is loaded at run
# time and so invisible to it: libsecret (QtKeychain's Secret Service backend), Qt's
# SQLite driver, its platform (QPA) plugins and WebEngine's helper process.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite, qt6-qpa-plugins")
# The email preview's browser engine (issue 20): dpkg-shlibdeps finds the WebEngine
# libraries, but not the helper process Chromium runs the page in
# (QtWebEngineProcess) nor its resources and locales, which are loaded by path.
if(SENDIVENT_WEBENGINE)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", libqt6webenginecore6-bin, libqt6webengine6-data")
endif()
# Wayland sessions want Qt's Wayland plugin; the keychain wants a Secret Service.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# TGZ: the same tree under a top folder, for unpacking into /opt or a home folder.
set(CPACK_ARCHIVE_FILE_NAME "${CPACK_PACKAGE_FILE_NAME}")
