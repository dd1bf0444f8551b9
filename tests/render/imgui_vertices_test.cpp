// One ImGui draw list of far more than 65,536 vertices draws whole with 16-bit indices (no abort, no wrap).
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cstdio>
#include <string>

#include "render/gl.h"
#include "render/imgui_renderer.h"

namespace {

constexpr int kSize = 256;
constexpr int kCells = 128;           // a grid of kCells x kCells squares of 2x2 pixels...
constexpr int kLayers = 2;            // ...drawn twice: 32,768 rectangles, 131,072 vertices in one list
constexpr ImU32 kLast = IM_COL32(20, 200, 60, 255);

void draw_grid() {
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  for (int layer = 0; layer < kLayers; ++layer) {
    for (int y = 0; y < kCells; ++y) {
      for (int x = 0; x < kCells; ++x) {
        const bool last_layer = layer == kLayers - 1;
        const ImU32 col = last_layer ? kLast : IM_COL32(200, 30, 30, 255);
        dl->AddRectFilled(ImVec2(x * 2.0f, y * 2.0f), ImVec2(x * 2.0f + 2, y * 2.0f + 2), col);
      }
    }
  }
}

int fail(const std::string& why) {
  std::fprintf(stderr, "imgui_vertices_test: %s\n", why.c_str());
  return 1;
}

// Every pixel of the grid must show the last layer's colour: vertices past 65,536 reached the screen.
int check_pixels() {
  static unsigned char px[kSize * kSize * 4];
  glReadPixels(0, 0, kSize, kSize, GL_RGBA, GL_UNSIGNED_BYTE, px);
  int wrong = 0;
  for (int i = 0; i < kSize * kSize; ++i) {
    const unsigned char* p = px + i * 4;
    if (p[0] != 20 || p[1] != 200 || p[2] != 60) ++wrong;
  }
  if (wrong) return fail(std::to_string(wrong) + " of " + std::to_string(kSize * kSize) + " pixels are not the last layer's colour");
  std::printf("imgui_vertices_test: %d vertices in one list drawn whole\n", kCells * kCells * kLayers * 4);
  return 0;
}

// An offscreen target of kSize x kSize (a hidden window's own buffer may not be readable).
void bind_target() {
  GLuint texture = 0, fbo = 0;
  glGenTextures(1, &texture);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, kSize, kSize, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glGenFramebuffers(1, &fbo);
  glBindFramebuffer(GL_FRAMEBUFFER, fbo);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture, 0);
}

}  // namespace

int main() {
  if (!glfwInit()) return fail("GLFW could not start (run under xvfb-run)");
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
  GLFWwindow* window = glfwCreateWindow(kSize, kSize, "test", nullptr, nullptr);
  if (!window) return fail("no OpenGL ES 3.0 context");
  glfwMakeContextCurrent(window);
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(kSize, kSize);
  io.IniFilename = nullptr;
  atlas::ImGuiRenderer renderer;
  std::string error;
  if (!renderer.create(error)) return fail(error);
  renderer.upload_fonts();  // the app builds its faces on its first frame; ImGui's default face will do here
  bind_target();
  ImGui::NewFrame();
  draw_grid();
  ImGui::Render();
  glClearColor(0, 0, 0, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  renderer.draw(ImGui::GetDrawData(), kSize, kSize);
  const int code = check_pixels();
  renderer.release();
  ImGui::DestroyContext();
  glfwTerminate();
  return code;
}
