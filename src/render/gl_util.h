// Small GL helpers: shader programs built from embedded GLSL ES 3.00 with readable error logs.
#pragma once
#include <initializer_list>
#include <string>

#include "render/gl.h"

namespace atlas::gl {

// Compiles and links "shaders/<name>.vert.glsl" + "shaders/<name>.frag.glsl" from the embedded
// files. Returns 0 and fills `error` with the file name and the driver's log on failure.
GLuint build_program(const char* name, std::string& error);

// Starts compiling and linking these programs without waiting for the GPU: build_program(name) later
// takes each one, so the GPU compiles while the app loads its data (a browser's WebGL compiles in
// another process).
void start_programs(std::initializer_list<const char*> names);
void forget_started_programs();  // after a lost context

// Compiles a program from source text (used by build_program and by tests of error reporting).
GLuint build_program_from_source(const char* label, const char* vert, const char* frag, std::string& error);

// Deletes a program/buffer/vertex array if non-zero and zeroes the handle.
void release_program(GLuint& program);
void release_buffer(GLuint& buffer);
void release_vertex_array(GLuint& vao);

}  // namespace atlas::gl
