#include "connection_drop.hpp"

#include <dirent.h>
#include <netdb.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <cstdlib>
#include <string_view>

namespace lrjwt::emulator {
namespace {

// The numeric host and port of an address, formatted as httplib does.
bool describe(const sockaddr_storage& addr, socklen_t len, std::string& host, int& port)
{
  char host_buf[NI_MAXHOST];
  char port_buf[NI_MAXSERV];
  if (getnameinfo(reinterpret_cast<const sockaddr*>(&addr), len, host_buf, sizeof host_buf, port_buf,
                  sizeof port_buf, NI_NUMERICHOST | NI_NUMERICSERV) != 0)
    return false;
  host = host_buf;
  port = std::atoi(port_buf);
  return true;
}

bool is_connection(int fd, const std::string& local_addr, int local_port, const std::string& remote_addr,
                   int remote_port)
{
  struct stat st{};
  if (fstat(fd, &st) != 0 || !S_ISSOCK(st.st_mode)) return false;
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  std::string host;
  int port = 0;
  if (getpeername(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0 || !describe(addr, len, host, port) ||
      port != remote_port || host != remote_addr)
    return false;
  len = sizeof addr;
  if (getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0 || !describe(addr, len, host, port) ||
      port != local_port || host != local_addr)
    return false;
  return true;
}

} // namespace

bool shut_down_connection(const std::string& local_addr, int local_port, const std::string& remote_addr,
                          int remote_port)
{
  DIR* dir = opendir("/proc/self/fd");
  if (dir == nullptr) return false;
  bool found = false;
  while (dirent* entry = readdir(dir)) {
    std::string_view name = entry->d_name;
    if (name.empty() || name[0] < '0' || name[0] > '9') continue;
    int fd = std::atoi(entry->d_name);
    if (fd == dirfd(dir)) continue;
    if (is_connection(fd, local_addr, local_port, remote_addr, remote_port)) {
      found = shutdown(fd, SHUT_RDWR) == 0;
      break;
    }
  }
  closedir(dir);
  return found;
}

} // namespace lrjwt::emulator
