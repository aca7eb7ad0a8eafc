#include "corpus/store_common.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace hirewire::store_internal {
namespace {

int OutcomeRank(const std::string& o) {
  if (o == "offered") return 0;
  if (o == "declined") return 1;
  if (o == "accepted") return 2;
  if (o == "joined" || o == "left" || o == "failed") return 3;
  return -1;
}

}  // namespace

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

bool MergeEventFacts(EventFacts* have, const Event& e) {
  bool changed = false;
  auto fill = [&](std::string& field, const std::string& v) {
    if (field.empty() && !v.empty()) {
      field = v;
      changed = true;
    }
  };
  fill(have->previous_employer, e.previous_employer);
  fill(have->role, e.role);
  fill(have->team, e.team);
  fill(have->reported_by, e.reported_by);
  if (have->candidate_count < 0 && e.candidate_count >= 0) {
    have->candidate_count = e.candidate_count;
    changed = true;
  }
  if (OutcomeRank(e.outcome) > OutcomeRank(have->outcome)) {
    have->outcome = e.outcome;
    changed = true;
  }
  for (const std::string& t : e.timeline)
    if (std::find(have->timeline.begin(), have->timeline.end(), t) == have->timeline.end()) {
      have->timeline.push_back(t);
      changed = true;
    }
  if (have->type != "hire" && e.type == "hire") {
    have->type = "hire";
    changed = true;
  }
  if (e.confidence > have->confidence) {
    have->confidence = e.confidence;
    changed = true;
  }
  return changed;
}

}  // namespace hirewire::store_internal
