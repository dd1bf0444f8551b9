// The platform layer's one entry point: window, GL context, input and the loop (native or web).
#pragma once
#include <memory>

#include "app.h"
#include "core/shell/options.h"

namespace atlas {

// Creates the window/canvas and GL context, runs the loop and returns the process exit code.
// CMake compiles exactly one implementation: platform/native.cpp or platform/web.cpp.
// The web build keeps the App alive after main() returns, hence the ownership transfer.
int run_platform(std::unique_ptr<App> app, const Options& options);

// The command line's data-only commands (`check FILE`, `--export-events csv`): their exit code, or -1
// when the options ask for the app. Native only (platform/native_commands.cpp); the web has none.
int run_command(const Options& options);

// The files the command line names (--campaign FILE and the geography beside it), read natively
// (platform/native_files.cpp): the campaign as read_campaign_text does ("" or why not), any other file
// whole (false if it is missing or not a regular file). The web build has none: its campaigns come from
// the page, and these only say so (which keeps the C library's file code out of its download).
std::string read_campaign_file(const std::string& path, std::string& text);
bool read_local_file(const std::string& path, std::string& bytes);

}  // namespace atlas
