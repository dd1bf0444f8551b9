// The files the native command line names (platform.h): --campaign FILE and the geography beside it.
#include <sys/stat.h>

#include <cstdio>

#include "core/data/campaign_loader.h"
#include "platform/platform.h"

namespace atlas {

std::string read_campaign_file(const std::string& path, std::string& text) { return read_campaign_text(path, text); }

bool read_local_file(const std::string& path, std::string& out) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  char buf[65536];
  std::size_t n = 0;
  out.clear();
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  const bool ok = std::ferror(f) == 0;
  std::fclose(f);
  return ok;
}

}  // namespace atlas
