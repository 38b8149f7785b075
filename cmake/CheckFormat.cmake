# Fails when a C++ file differs from what .clang-format makes of it (run by the format_check test).
# Usage: cmake -DCLANG_FORMAT=<exe> -DSOURCE_DIR=<repo> -P CheckFormat.cmake
file(GLOB_RECURSE files
    "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h"
    "${SOURCE_DIR}/benchmarks/*.cpp" "${SOURCE_DIR}/benchmarks/*.h")
execute_process(
    COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${files}
    RESULT_VARIABLE result
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message("${output}")
    message(FATAL_ERROR "Some files are not formatted: run scripts/hangar format")
endif()
