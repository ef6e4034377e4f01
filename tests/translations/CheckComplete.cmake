# Runs lupdate over the current sources into a copy of each .ts file and fails when a
# user-visible string has no translation: a new tr() without its German text fails the suite.
# Called as: cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P CheckComplete.cmake
file(GLOB ts_files "${SOURCE_DIR}/translations/*.ts")
if(NOT ts_files)
    message(FATAL_ERROR "no .ts files under ${SOURCE_DIR}/translations")
endif()
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed FALSE)
foreach(ts ${ts_files})
    get_filename_component(name "${ts}" NAME)
    configure_file("${ts}" "${WORK_DIR}/${name}" COPYONLY)
    execute_process(
        COMMAND "${LUPDATE}" -silent -no-obsolete -locations none
                "${SOURCE_DIR}/app" "${SOURCE_DIR}/models" "${SOURCE_DIR}/ui" -ts "${WORK_DIR}/${name}"
        RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}")
    endif()
    file(STRINGS "${WORK_DIR}/${name}" unfinished REGEX "type=\"unfinished\"")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        # Name the strings so whoever adds a tr() sees what to translate.
        file(READ "${WORK_DIR}/${name}" content)
        string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*<translation type=\"unfinished\"" missing "${content}")
        message(SEND_ERROR "${name}: ${count} string(s) without translation; run `cmake --build build --target update_translations` and translate them:\n${missing}")
        set(failed TRUE)
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "translations incomplete")
endif()
message(STATUS "every string is translated")
