# One place for compiler warnings; every project target calls kiosk_warnings().
function(kiosk_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wconversion -Wno-sign-conversion)
  # GCC 12 at -O3 reports "accessing 9223372036854775810 or more bytes" in libstdc++'s own
  # memcpy for plain `"literal" + std::string` (GCC bug 105329, fixed in 12.4 and 13); Debian
  # 12 ships 12.2, where the warning says nothing about our code.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 12.4)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
endfunction()
