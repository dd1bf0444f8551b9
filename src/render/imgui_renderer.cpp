// Renders ImGui draw data: one program, streamed vertex/index buffers, scissor per command.
#include "render/imgui_renderer.h"

#include <imgui.h>

#include <cstddef>
#include <cstdint>

#include "render/gl_util.h"
#include "render/gpu_mesh.h"

namespace atlas {

bool ImGuiRenderer::create(std::string& error) {
  program_ = gl::build_program("imgui", error);
  if (!program_) return false;
  u_resolution_ = glGetUniformLocation(program_, "u_resolution");
  u_texture_ = glGetUniformLocation(program_, "u_texture");
  glGenVertexArrays(1, &vao_);
  glGenBuffers(1, &vbo_);
  glGenBuffers(1, &ibo_);
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_);
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  point_attributes(0);
  glBindVertexArray(0);
  ImGuiIO& io = ImGui::GetIO();
  io.BackendRendererName = "campaign-atlas-gles3";
  // A list past 65,536 vertices (a very long validated text) is split into commands with a vertex
  // offset, which draw() applies by pointing the attributes there: 16-bit indices never overflow.
  io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
  // After a lost context the faces are there to upload again; at start the app builds and uploads them at
  // the screen's pixel ratio (App::Impl::ensure_scale): building ImGui's default here cost 40 ms for nothing.
  if (!font_texture_ && !io.Fonts->Fonts.empty()) upload_fonts();
  return true;
}

void ImGuiRenderer::point_attributes(unsigned first_vertex) const {
  const GLsizei stride = sizeof(ImDrawVert);
  const std::size_t base = static_cast<std::size_t>(first_vertex) * sizeof(ImDrawVert);
  const auto at = [base](std::size_t field) { return reinterpret_cast<const void*>(base + field); };
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, at(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, at(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, at(offsetof(ImDrawVert, col)));
}

void ImGuiRenderer::upload_fonts() {
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  if (!font_texture_) glGenTextures(1, &font_texture_);
  glBindTexture(GL_TEXTURE_2D, font_texture_);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(font_texture_)));
}

void ImGuiRenderer::draw(const ImDrawData* dd, int fb_w, int fb_h) const {
  if (!program_ || !dd || dd->CmdListsCount == 0 || fb_w <= 0 || fb_h <= 0) return;
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glEnable(GL_SCISSOR_TEST);
  glViewport(0, 0, fb_w, fb_h);
  glUseProgram(program_);
  glUniform2f(u_resolution_, dd->DisplaySize.x, dd->DisplaySize.y);
  glUniform1i(u_texture_, 0);
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(vao_);                  // holds the index buffer binding and the attributes
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);      // not part of the vertex array's state
  const ImVec2 origin = dd->DisplayPos;
  for (int n = 0; n < dd->CmdListsCount; ++n) {
    const ImDrawList* list = dd->CmdLists[n];
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->VtxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawVert)),
                 list->VtxBuffer.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->IdxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)),
                 list->IdxBuffer.Data, GL_STREAM_DRAW);
    unsigned first_vertex = 0;
    point_attributes(first_vertex);
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback) {
        if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
        continue;
      }
      const float x0 = cmd.ClipRect.x - origin.x, y0 = cmd.ClipRect.y - origin.y;
      const float x1 = cmd.ClipRect.z - origin.x, y1 = cmd.ClipRect.w - origin.y;
      if (x1 <= x0 || y1 <= y0) continue;
      glScissor(static_cast<GLint>(x0), static_cast<GLint>(fb_h - y1), static_cast<GLsizei>(x1 - x0), static_cast<GLsizei>(y1 - y0));
      if (cmd.VtxOffset != first_vertex) point_attributes(first_vertex = cmd.VtxOffset);
      glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::intptr_t>(cmd.GetTexID())));
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                     reinterpret_cast<const void*>(static_cast<std::intptr_t>(cmd.IdxOffset * sizeof(ImDrawIdx))));
      ++GpuMesh::draw_calls;
    }
  }
  glBindVertexArray(0);
  glDisable(GL_SCISSOR_TEST);
}

void ImGuiRenderer::release() {
  gl::release_program(program_);
  gl::release_vertex_array(vao_);
  gl::release_buffer(vbo_);
  gl::release_buffer(ibo_);
  if (font_texture_) glDeleteTextures(1, &font_texture_);
  font_texture_ = 0;
}

void ImGuiRenderer::forget() { program_ = vao_ = vbo_ = ibo_ = font_texture_ = 0; }

}  // namespace atlas
