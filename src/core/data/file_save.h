// Writing a file so that a crash or a full disk never leaves it half-written: a temporary file, then a rename.
#pragma once
#include <string>
#include <string_view>

namespace atlas {

// Writes `text` to "<path>.tmp-XXXXXX" beside `path`, flushes it to the disk, then renames it over `path`.
// On any failure the temporary file is removed, `path` is left as it was, and `error` says what failed.
bool save_file_atomically(const std::string& path, std::string_view text, std::string& error);

}  // namespace atlas
