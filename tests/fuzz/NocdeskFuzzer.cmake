# nocdesk_add_fuzzer(NAME SOURCE LIBS... [MAX_LEN n]): a libFuzzer target with ASan and UBSan,
# and a short run of it in the test suite (label fuzz): the seeds in ./seeds plus 20,000
# mutations. New inputs go to a corpus folder in the build tree, never into the sources.
# Only with -DNOCDESK_FUZZ=ON and clang; the libraries under test instrument themselves then.
function(nocdesk_add_fuzzer name)
    cmake_parse_arguments(ARG "" "SOURCE;MAX_LEN" "LIBS" ${ARGN})
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "NOCDESK_FUZZ needs clang (set CMAKE_CXX_COMPILER=clang++)")
    endif()
    add_executable(${name} ${ARG_SOURCE})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} nocdesk_strict Qt6::Core)
    target_compile_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
    set(corpus ${CMAKE_CURRENT_BINARY_DIR}/corpus)
    file(MAKE_DIRECTORY ${corpus})
    add_test(NAME ${name}_smoke
        COMMAND ${name} -runs=20000 -max_len=${ARG_MAX_LEN} -timeout=10
                -artifact_prefix=${CMAKE_CURRENT_BINARY_DIR}/
                ${corpus} ${CMAKE_CURRENT_SOURCE_DIR}/seeds)
    set_tests_properties(${name}_smoke PROPERTIES LABELS fuzz
        ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1;UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1")
endfunction()
