#pragma once

namespace lrjwt::cli {

// Parses the command line, runs the command and returns the process exit code.
int main(int argc, char** argv);

} // namespace lrjwt::cli
