#include "lrjwt/cli/app.hpp"

namespace lrjwt::cli {

int main(int, char**)
{
  return 0;
}

} // namespace lrjwt::cli
