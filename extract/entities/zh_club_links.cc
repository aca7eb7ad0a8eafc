// A Chinese club named with its club word: "国安俱乐部" is the club 国安 of the page.
#include <map>
#include <string>

#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {
constexpr std::string_view kClubWords[] = {"俱乐部", "俱樂部"};
constexpr std::string_view kTeamWords[] = {"队", "隊"};

// "辽宁队" of "辽宁本钢", "广东队" of "广东宏远": a Chinese place (zh_place_name) and a team word is the one
// organization of the page whose name opens with that place and goes on with a sponsor or nickname of two
// code points or more, no head of its own (zh_org_suffix: not "广东省体育局"); two such names stay apart.
void LinkPlaceTeams(Doc& d) {
  std::map<std::string, int, std::less<>> team_of;  // place -> group, -1 ambiguous
  for (size_t j = 0; j < d.cands.size(); ++j) {
    if (d.group[j] < 0 || d.cands[j].type == EntityType::kPerson) continue;
    const std::string s = d.Surface(d.cands[j]);
    if (EndsWithAnyOf(WordList::kZhOrgSuffix, s)) continue;
    for (const std::string& place : EntityWords::Default().List(WordList::kZhPlaceName)) {
      if (!s.starts_with(place) || CountCodePoints(std::string_view(s).substr(place.size())) < 2) continue;
      auto [it, inserted] = team_of.emplace(place, d.group[j]);
      if (!inserted && it->second != d.group[j]) it->second = -1;
    }
  }
  for (size_t i = 0; i < d.cands.size() && !team_of.empty(); ++i) {
    Cand& c = d.cands[i];
    if (d.group[i] < 0 || c.dict >= 0 || c.type == EntityType::kPerson) continue;
    const std::string s = d.Surface(c);
    for (std::string_view w : kTeamWords) {
      if (!EndsWith(s, w)) continue;
      const auto it = team_of.find(std::string_view(s).substr(0, s.size() - w.size()));
      if (it == team_of.end() || it->second < 0 || it->second == d.group[i]) continue;
      const int old = d.group[i];
      for (size_t k = 0; k < d.cands.size(); ++k)
        if (d.group[k] == old) {
          d.group[k] = it->second;
          d.cands[k].short_form = true;
        }
    }
  }
}
}  // namespace

namespace entities_detail {

// An organization written as another organization's name of the page (two code points or more; or
// that name without the Chinese place it opens with, zh_place_name) and a club word after it is that
// organization ("国安俱乐部" of 国安, "泰山俱乐部" of 山东泰山); a place and a team word first
// (LinkPlaceTeams).
void LinkChineseClubWords(Doc& d) {
  bool any = false;  // (most pages name no club with its club word: nothing to build)
  for (size_t i = 0; i < d.cands.size() && !any; ++i) {
    for (std::string_view w : kClubWords)
      any = any || (d.group[i] >= 0 && EndsWith(d.Surface(d.cands[i]), w));
    for (std::string_view w : kTeamWords)
      any = any || (d.group[i] >= 0 && EndsWith(d.Surface(d.cands[i]), w));
  }
  if (!any) return;
  LinkPlaceTeams(d);
  // surface -> group, -1 ambiguous; [0] the names as written, [1] without the place they open with
  // ("泰山" of "山东泰山"), asked second.
  std::map<std::string, int, std::less<>> by_surface[2];
  for (size_t j = 0; j < d.cands.size(); ++j) {
    if (d.group[j] < 0 || d.cands[j].type == EntityType::kPerson) continue;
    const std::string s = d.Surface(d.cands[j]);
    auto add = [&](int table, std::string_view key) {
      auto [it, inserted] = by_surface[table].emplace(std::string(key), d.group[j]);
      if (!inserted && it->second != d.group[j]) it->second = -1;
    };
    add(0, s);
    for (const std::string& place : EntityWords::Default().List(WordList::kZhPlaceName))
      if (s.starts_with(place) && CountCodePoints(std::string_view(s).substr(place.size())) >= 2)
        add(1, std::string_view(s).substr(place.size()));
  }
  for (size_t i = 0; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    if (d.group[i] < 0 || c.dict >= 0 || c.type == EntityType::kPerson) continue;
    const std::string s = d.Surface(c);
    for (std::string_view w : kClubWords) {
      if (!EndsWith(s, w)) continue;
      const std::string_view rest = std::string_view(s).substr(0, s.size() - w.size());
      if (CountCodePoints(rest) < 2) continue;
      int group = -1;
      if (const auto it = by_surface[0].find(rest); it != by_surface[0].end()) {
        group = it->second;
      } else if (const auto more = by_surface[1].find(rest); more != by_surface[1].end()) {
        group = more->second;
      }
      if (group < 0 || group == d.group[i]) continue;
      d.group[i] = group;
      c.short_form = true;
    }
  }
}

}  // namespace entities_detail

}  // namespace hirewire::extract
