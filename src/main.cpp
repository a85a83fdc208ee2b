#include "lrjwt/cli/app.hpp"

int main(int argc, char** argv)
{
  return lrjwt::cli::main(argc, argv);
}
