# Flags shared by every target of the project, carried by one INTERFACE target.
add_library(sendivent_common INTERFACE)
add_library(Sendivent::common ALIAS sendivent_common)

target_compile_features(sendivent_common INTERFACE cxx_std_20)
target_compile_definitions(sendivent_common INTERFACE
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060000
    # Conversions from JSON are spelled out (.get<T>()): implicit ones make overload
    # resolution guess, and QCOMPARE trips over them.
    JSON_USE_IMPLICIT_CONVERSIONS=0
    SENDIVENT_VERSION="${PROJECT_VERSION}"
    SENDIVENT_APP_ID="${SENDIVENT_APP_ID}")

if(MSVC)
    target_compile_options(sendivent_common INTERFACE /W4 /permissive- /utf-8)
    if(SENDIVENT_WERROR)
        target_compile_options(sendivent_common INTERFACE /WX)
    endif()
else()
    target_compile_options(sendivent_common INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor
        -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(SENDIVENT_WERROR)
        target_compile_options(sendivent_common INTERFACE -Werror)
    endif()
    if(SENDIVENT_SANITIZE)
        target_compile_options(sendivent_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(sendivent_common INTERFACE -fsanitize=address,undefined)
    endif()
endif()
