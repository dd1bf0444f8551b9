# Dear ImGui 1.86 compiled from the sources tools/setup fetched from Debian (never vendored here).
set(IMGUI_DIR "${PROJECT_SOURCE_DIR}/.cache/imgui" CACHE PATH "Dear ImGui 1.86 sources (run tools/setup)")
if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui sources not found in ${IMGUI_DIR}: run tools/setup first.")
endif()
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends)
# Rendering is ours (src/render/imgui_renderer.cpp); no demo, no metrics window.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEMO_WINDOWS
  IMGUI_DISABLE_METRICS_WINDOW IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_FILE_FUNCTIONS)  # no .ini files either
if(NOT EMSCRIPTEN)
  target_sources(imgui PRIVATE ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp)
  target_link_libraries(imgui PUBLIC glfw GLESv2)
endif()
