# One INTERFACE target carries the language standard, warnings and Qt safety
# defines; every Chorus target links it instead of setting flags directory-wide.
option(CHORUS_WERROR "Treat compiler warnings as errors" OFF)

set(CMAKE_CXX_EXTENSIONS OFF)

add_library(chorus_settings INTERFACE)
add_library(Chorus::Settings ALIAS chorus_settings)

# std::expected needs C++23 (g++ 12 ships it under -std=c++23).
target_compile_features(chorus_settings INTERFACE cxx_std_23)
target_compile_options(chorus_settings INTERFACE
    -Wall -Wextra -Wshadow=local -Wnon-virtual-dtor -Wcast-qual
    $<$<BOOL:${CHORUS_WERROR}>:-Werror>)
target_compile_definitions(chorus_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_STRICT_ITERATORS)
