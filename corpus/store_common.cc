#include "corpus/store_common.h"

#include <nlohmann/json.hpp>

namespace hirewire::store_internal {

std::string JsonList(const std::vector<std::string>& v) { return nlohmann::json(v).dump(); }

std::vector<std::string> ParseList(const std::string& s) {
  std::vector<std::string> out;
  nlohmann::json j = nlohmann::json::parse(s, nullptr, false);
  if (j.is_array())
    for (const auto& x : j)
      if (x.is_string()) out.push_back(x.get<std::string>());
  return out;
}

std::string RolesJson(const Entity& e) {
  nlohmann::json roles = nlohmann::json::array();
  for (const Role& r : e.roles) roles.push_back({{"title", r.title}, {"organization", r.organization}});
  return roles.dump();
}

}  // namespace hirewire::store_internal
