// `campaign-atlas check FILE`: every problem of a campaign file at once, then its warnings.
#pragma once
#include <string>

namespace atlas {

// Prints the file's errors ("file:line:col: field: message"), then its warnings ("file:line:col:
// warning: field: message": missing glyphs, long undated stretches, events away from their army's
// route), then a count. Returns 0 if the file loads (warnings or not), 65 if not, 66 if unreadable.
int run_check(const std::string& path);

}  // namespace atlas
