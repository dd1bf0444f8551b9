# Subsets the book face (EB Garamond, Debian's fonts-ebgaramond) to the glyphs the atlas uses.
set(FONT_SRC_DIR "/usr/share/fonts/opentype/ebgaramond" CACHE PATH "EB Garamond from fonts-ebgaramond")
# Latin, Latin-1 and Latin Extended-A (modern Turkish names), typographic punctuation and arrows.
# A campaign that needs Greek adds U+0370-03FF here and in src/ui/fonts.cpp (kRanges).
set(FONT_UNICODES "U+0020-007E,U+00A0-017F,U+2010-2027,U+2030-203A,U+2190-2193,U+2212,U+2248")
find_program(DEBIAN_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
set(ATLAS_FONTS "")
foreach(style Regular Italic)  # headings use the regular face, larger, as book headings do
  string(TOLOWER ${style} lower)
  set(out "${CMAKE_BINARY_DIR}/fonts/garamond-${lower}.otf")
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/fonts
    COMMAND ${DEBIAN_PYTHON} -m fontTools.subset ${FONT_SRC_DIR}/EBGaramond12-${style}.otf
            --unicodes=${FONT_UNICODES} --output-file=${out} --no-hinting --layout-features=
            --name-IDs= --desubroutinize --ignore-missing-unicodes
    DEPENDS ${FONT_SRC_DIR}/EBGaramond12-${style}.otf ${CMAKE_CURRENT_LIST_FILE}
    COMMENT "Subsetting EB Garamond ${style}" VERBATIM)
  list(APPEND ATLAS_FONTS "fonts/garamond-${lower}.otf=${out}")
endforeach()
