// No files on the web (platform.h): its campaigns come from the page; only the native command line names files.
#include "platform/platform.h"

namespace atlas {

std::string read_campaign_file(const std::string& path, std::string&) { return path + ": the web build reads no files"; }
bool read_local_file(const std::string&, std::string&) { return false; }

}  // namespace atlas
