// Builds shader programs from embedded GLSL ES 3.00 sources and reports compile/link logs.
#include "render/gl_util.h"

#include <string>
#include <string_view>
#include <vector>

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

// A program whose shaders are compiled and linked but not yet asked about: asking waits for the GPU.
struct Pending {
  GLuint program = 0, vs = 0, fs = 0;
};

Pending start(const char* vert, const char* frag) {
  Pending p{glCreateProgram(), glCreateShader(GL_VERTEX_SHADER), glCreateShader(GL_FRAGMENT_SHADER)};
  glShaderSource(p.vs, 1, &vert, nullptr);
  glShaderSource(p.fs, 1, &frag, nullptr);
  glCompileShader(p.vs);
  glCompileShader(p.fs);
  glAttachShader(p.program, p.vs);
  glAttachShader(p.program, p.fs);
  glLinkProgram(p.program);
  return p;
}

bool compiled(GLuint shader, const char* label, const char* stage, std::string& error) {
  GLint ok = GL_FALSE;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (ok != GL_TRUE) error = std::string("shader ") + label + "." + stage + " failed to compile: " + info_log(shader, false);
  return ok == GL_TRUE;
}

GLuint finish(const char* label, const Pending& p, std::string& error) {
  GLint ok = GL_FALSE;
  glGetProgramiv(p.program, GL_LINK_STATUS, &ok);
  if (ok != GL_TRUE && compiled(p.vs, label, "vert", error) && compiled(p.fs, label, "frag", error))
    error = std::string("shader program ") + label + " failed to link: " + info_log(p.program, true);
  glDeleteShader(p.vs);
  glDeleteShader(p.fs);
  if (ok == GL_TRUE) return p.program;
  glDeleteProgram(p.program);
  return 0;
}

// Programs started by start_programs, taken by build_program.
struct Started {
  const char* name;
  Pending pending;
};
std::vector<Started> g_started;

bool sources(const char* name, const EmbeddedFile*& v, const EmbeddedFile*& f, std::string& error) {
  std::string vpath = std::string("shaders/") + name + ".vert.glsl";
  std::string fpath = std::string("shaders/") + name + ".frag.glsl";
  v = find_embedded(vpath.c_str());
  f = find_embedded(fpath.c_str());
  if (!v || !f) error = "shader source missing from the build: " + (v ? fpath : vpath);
  return v && f;
}

const char* text(const EmbeddedFile* file) { return reinterpret_cast<const char*>(file->data); }

}  // namespace

GLuint build_program_from_source(const char* label, const char* vert, const char* frag, std::string& error) {
  return finish(label, start(vert, frag), error);
}

void start_programs(std::initializer_list<const char*> names) {
  std::string ignored;  // a missing source is reported when build_program asks for it
  for (const char* name : names) {
    const EmbeddedFile *v = nullptr, *f = nullptr;
    if (sources(name, v, f, ignored)) g_started.push_back({name, start(text(v), text(f))});
  }
  glFlush();  // to the GPU now: otherwise the commands wait in the browser's buffer until the first question
}

GLuint build_program(const char* name, std::string& error) {
  for (auto it = g_started.begin(); it != g_started.end(); ++it) {
    if (std::string_view(it->name) != name) continue;
    const Pending p = it->pending;
    g_started.erase(it);
    return finish(name, p, error);
  }
  const EmbeddedFile *v = nullptr, *f = nullptr;
  return sources(name, v, f, error) ? build_program_from_source(name, text(v), text(f), error) : 0;
}

void forget_started_programs() { g_started.clear(); }

void release_program(GLuint& program) { if (program) glDeleteProgram(program); program = 0; }
void release_buffer(GLuint& buffer) { if (buffer) glDeleteBuffers(1, &buffer); buffer = 0; }
void release_vertex_array(GLuint& vao) { if (vao) glDeleteVertexArrays(1, &vao); vao = 0; }

}  // namespace atlas::gl
