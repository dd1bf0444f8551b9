// Builds shader programs from embedded GLSL ES 3.00 sources and reports compile/link logs.
#include "render/gl_util.h"

#include <string>

#include "core/data/embedded.h"

namespace atlas::gl {
namespace {

std::string info_log(GLuint object, bool is_program) {
  GLint len = 0;
  if (is_program) glGetProgramiv(object, GL_INFO_LOG_LENGTH, &len);
  else glGetShaderiv(object, GL_INFO_LOG_LENGTH, &len);
  std::string log(len > 1 ? static_cast<size_t>(len) : 1, '\0');
  if (is_program) glGetProgramInfoLog(object, len, nullptr, log.data());
  else glGetShaderInfoLog(object, len, nullptr, log.data());
  while (!log.empty() && (log.back() == '\0' || log.back() == '\n')) log.pop_back();
  return log.empty() ? "(the driver gave no log)" : log;
}

GLuint compile(GLenum type, const char* label, const char* stage, const char* src, std::string& error) {
  GLuint s = glCreateShader(type);
  glShaderSource(s, 1, &src, nullptr);
  glCompileShader(s);
  GLint ok = GL_FALSE;
  glGetShaderiv(s, GL_COMPILE_STATUS, &ok);
  if (ok != GL_TRUE) {
    error = std::string("shader ") + label + "." + stage + " failed to compile: " + info_log(s, false);
    glDeleteShader(s);
    return 0;
  }
  return s;
}

}  // namespace

GLuint build_program_from_source(const char* label, const char* vert, const char* frag, std::string& error) {
  GLuint vs = compile(GL_VERTEX_SHADER, label, "vert", vert, error);
  if (!vs) return 0;
  GLuint fs = compile(GL_FRAGMENT_SHADER, label, "frag", frag, error);
  if (!fs) { glDeleteShader(vs); return 0; }
  GLuint p = glCreateProgram();
  glAttachShader(p, vs);
  glAttachShader(p, fs);
  glLinkProgram(p);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = GL_FALSE;
  glGetProgramiv(p, GL_LINK_STATUS, &ok);
  if (ok != GL_TRUE) {
    error = std::string("shader program ") + label + " failed to link: " + info_log(p, true);
    glDeleteProgram(p);
    return 0;
  }
  return p;
}

GLuint build_program(const char* name, std::string& error) {
  std::string vpath = std::string("shaders/") + name + ".vert.glsl";
  std::string fpath = std::string("shaders/") + name + ".frag.glsl";
  const EmbeddedFile* v = find_embedded(vpath.c_str());
  const EmbeddedFile* f = find_embedded(fpath.c_str());
  if (!v || !f) {
    error = "shader source missing from the build: " + (v ? fpath : vpath);
    return 0;
  }
  return build_program_from_source(name, reinterpret_cast<const char*>(v->data),
                                   reinterpret_cast<const char*>(f->data), error);
}

void release_program(GLuint& program) { if (program) glDeleteProgram(program); program = 0; }
void release_buffer(GLuint& buffer) { if (buffer) glDeleteBuffers(1, &buffer); buffer = 0; }
void release_vertex_array(GLuint& vao) { if (vao) glDeleteVertexArrays(1, &vao); vao = 0; }

}  // namespace atlas::gl
