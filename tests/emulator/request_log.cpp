#include "request_log.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace lrjwt::emulator {

void RequestLog::add(LoggedRequest request)
{
  std::lock_guard lock(m_mutex);
  m_entries.push_back(std::move(request));
  while (m_entries.size() > k_max_entries) m_entries.pop_front();
}

void RequestLog::clear()
{
  std::lock_guard lock(m_mutex);
  m_entries.clear();
}

std::string RequestLog::to_json() const
{
  auto out = nlohmann::ordered_json::array();
  {
    std::lock_guard lock(m_mutex);
    for (const auto& request : m_entries) {
      nlohmann::ordered_json item;
      item["method"] = request.method;
      item["path"] = request.path;
      item["query"] = request.query;
      std::vector<std::pair<std::string, std::string>> joined;
      for (const auto& [name, value] : request.headers) {
        auto it = std::ranges::find(joined, name, &std::pair<std::string, std::string>::first);
        if (it == joined.end())
          joined.emplace_back(name, value);
        else
          it->second += ", " + value;
      }
      auto headers = nlohmann::ordered_json::object();
      for (auto& [name, value] : joined) headers.emplace(name, std::move(value));
      item["headers"] = std::move(headers);
      item["body"] = request.body;
      out.push_back(std::move(item));
    }
  }
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace lrjwt::emulator
