# Project-wide compile policy. Every Hangar target links hangar_common.
add_library(hangar_common INTERFACE)

target_compile_features(hangar_common INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(hangar_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    HANGAR_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(hangar_common INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    if(HANGAR_WERROR)
        target_compile_options(hangar_common INTERFACE /WX)
    endif()
else()
    target_compile_options(hangar_common INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        -Wimplicit-fallthrough -Wcast-qual -Wformat=2)
    if(HANGAR_WERROR)
        target_compile_options(hangar_common INTERFACE -Werror)
    endif()
    if(HANGAR_SANITIZERS)
        target_compile_options(hangar_common INTERFACE
            -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
        target_link_options(hangar_common INTERFACE -fsanitize=address,undefined)
    endif()
endif()

# hangar_add_test(<name> SOURCES <files...> LIBRARIES <targets...> [LABELS <labels...>])
# One QTest executable per class, run offscreen with a test-mode data directory.
function(hangar_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE hangar_common Qt6::Test ${ARG_LIBRARIES})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/tests")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HANGAR_CONTRACT_DIR=${PROJECT_BINARY_DIR}/contract"
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}")
endfunction()
