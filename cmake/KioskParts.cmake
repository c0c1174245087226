# kiosk_add_part(<part> <source>...): one part of the kiosk as the static library kiosk_<part>
# (alias kiosk::<part>), built from <part>/src. Its users see only <part>/include, so a part's
# headers are included as "kiosk/<part>/name.hpp" and its src/ stays its own. Which parts a part
# may use is the table in docs/architecture.md; tests/architecture checks every include against it.
function(kiosk_add_part part)
  list(TRANSFORM ARGN PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/src/)
  add_library(kiosk_${part} STATIC ${ARGN})
  add_library(kiosk::${part} ALIAS kiosk_${part})
  target_include_directories(kiosk_${part} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include
                                           PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
  target_compile_features(kiosk_${part} PUBLIC cxx_std_20)
  kiosk_warnings(kiosk_${part})
endfunction()

# kiosk_add_program(<name> <source>...): one program of programs/<name>, put in the build
# directory's top level (build/kiosk, build/kiosk-sync, ...).
function(kiosk_add_program name)
  add_executable(${name} ${ARGN})
  target_link_libraries(${name} PRIVATE kiosk::version)
  kiosk_warnings(${name})
endfunction()
