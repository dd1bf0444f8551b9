// save_file_atomically: mkstemp beside the target, write, fsync, rename (POSIX; Emscripten's MEMFS too).
#include "core/data/file_save.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace atlas {
namespace {

bool write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    text.remove_prefix(static_cast<std::size_t>(n));
  }
  return ::fsync(fd) == 0;
}

// The permissions the file has (a new one: rw-r--r--); mkstemp's own are the owner's only.
mode_t mode_for(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 ? (st.st_mode & 07777) : 0644;
}

bool failed(std::string& error, const std::string& what, const std::string& path) {
  error = "cannot " + what + " " + path + ": " + std::strerror(errno);
  return false;
}

}  // namespace

bool save_file_atomically(const std::string& path, std::string_view text, std::string& error) {
  std::string temp = path + ".tmp-XXXXXX";
  std::vector<char> name(temp.begin(), temp.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) return failed(error, "create a temporary file beside", path);
  temp = name.data();
  const bool written = ::fchmod(fd, mode_for(path)) == 0 && write_all(fd, text);
  const int saved_errno = errno;
  if (::close(fd) != 0 || !written) {
    errno = written ? errno : saved_errno;
    ::unlink(temp.c_str());
    return failed(error, "write", temp);
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const int rename_errno = errno;
    ::unlink(temp.c_str());
    errno = rename_errno;
    return failed(error, "replace", path);
  }
  return true;
}

}  // namespace atlas
