# Subsets the book face (EB Garamond, Debian's fonts-ebgaramond) to the glyphs the atlas uses.
set(FONT_SRC_DIR "/usr/share/fonts/opentype/ebgaramond" CACHE PATH "EB Garamond from fonts-ebgaramond")
# Latin, Latin-1 and Latin Extended-A (modern Turkish names), typographic punctuation and arrows.
# A campaign that needs Greek adds U+0370-03FF here and in src/ui/fonts.cpp (kRanges).
set(FONT_UNICODES "U+0020-007E,U+00A0-017F,U+2010-2027,U+2030-203A,U+2190-2193,U+2212,U+2248")
find_program(DEBIAN_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
set(font_unicode_arg "--unicodes=${FONT_UNICODES}")
set(font_unicode_deps "")
if(EMSCRIPTEN)
  # The web build shows only the built-in campaign and the UI's strings: subset to the characters
  # they use (tools/font_unicodes.py), which halves the download of the fonts.
  set(font_campaigns ${PROJECT_SOURCE_DIR}/${ATLAS_DEFAULT_CAMPAIGN})  # the one campaign the web build holds
  file(GLOB_RECURSE font_sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/*.cpp ${PROJECT_SOURCE_DIR}/src/*.h)
  set(font_unicodes_file "${CMAKE_BINARY_DIR}/fonts/unicodes.txt")
  add_custom_command(OUTPUT ${font_unicodes_file}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/fonts
    COMMAND ${DEBIAN_PYTHON} ${PROJECT_SOURCE_DIR}/tools/font_unicodes.py ${font_unicodes_file}
            ${font_campaigns} -- ${font_sources}
    DEPENDS ${PROJECT_SOURCE_DIR}/tools/font_unicodes.py ${font_campaigns} ${font_sources}
    COMMENT "Listing the characters the web build shows" VERBATIM)
  set(font_unicode_arg "--unicodes-file=${font_unicodes_file}")
  set(font_unicode_deps ${font_unicodes_file})
endif()
set(ATLAS_FONTS "")
foreach(style Regular Italic)  # headings use the regular face, larger, as book headings do
  string(TOLOWER ${style} lower)
  set(out "${CMAKE_BINARY_DIR}/fonts/garamond-${lower}.otf")
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/fonts
    COMMAND ${DEBIAN_PYTHON} -m fontTools.subset ${FONT_SRC_DIR}/EBGaramond12-${style}.otf
            ${font_unicode_arg} --output-file=${out} --no-hinting --layout-features=
            --name-IDs= --desubroutinize --ignore-missing-unicodes
    DEPENDS ${FONT_SRC_DIR}/EBGaramond12-${style}.otf ${CMAKE_CURRENT_LIST_FILE} ${font_unicode_deps}
    COMMENT "Subsetting EB Garamond ${style}" VERBATIM)
  list(APPEND ATLAS_FONTS "fonts/garamond-${lower}.otf=${out}")
endforeach()
