#include "normalize/leave_objects.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "corpus/text.h"

namespace hirewire::normalize {
namespace {

bool Lower(char c) { return c >= 'a' && c <= 'z'; }

bool EndsWithWord(const std::string& name, std::string_view noun) {
  return name.size() > noun.size() + 1 && name.compare(name.size() - noun.size(), noun.size(), noun) == 0 &&
         name[name.size() - noun.size() - 1] == ' ';
}

// `text` holds `noun` as a whole word.
bool HasWord(std::string_view text, std::string_view noun) {
  for (size_t f = text.find(noun); f != std::string_view::npos; f = text.find(noun, f + 1)) {
    const size_t e = f + noun.size();
    if ((f == 0 || text[f - 1] == ' ') &&
        (e == text.size() || !std::isalpha(static_cast<unsigned char>(text[e]))))
      return true;
  }
  return false;
}

// A mention of `e` is described as a NOUN: the word right before it ("AI startup Quill Labs", "the pension
// fund NPS"), or an apposition right after it, ", the|a|an [up to nine words]" up to a comma or a period,
// holding the noun
// (", the world's third-largest pension fund,", ", a startup building foundation models for robots,").
bool DescribedAs(const Article& a, const Entity& e, std::string_view noun) {
  for (const Mention& m : e.mentions) {
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
    std::string_view p = a.paragraphs[static_cast<size_t>(m.paragraph)];
    const size_t b = static_cast<size_t>(m.start), at = static_cast<size_t>(m.end);
    if (b > noun.size() && p[b - 1] == ' ' && p.compare(b - 1 - noun.size(), noun.size(), noun) == 0 &&
        (b - 1 == noun.size() || p[b - 2 - noun.size()] == ' '))
      return true;
    if (p.compare(at, 2, ", ") != 0) continue;
    const size_t close = p.find_first_of(",.", at + 2);
    if (close == std::string_view::npos) continue;
    const std::string app = AsciiLower(p.substr(at + 2, close - at - 2));
    if (!(app.rfind("the ", 0) == 0 || app.rfind("a ", 0) == 0 || app.rfind("an ", 0) == 0)) continue;
    size_t words = 0;
    for (char c : app) words += c == ' ';
    if (words <= 9 && HasWord(app, noun)) return true;
  }
  return false;
}

// The organization opening the headline (the article's own), else -1.
int HeadlineOrg(const Article& a) {
  for (size_t i = 0; i < a.entities.size(); ++i)
    if (IsOrgType(a.entities[i].type))
      for (const Mention& m : a.entities[i].mentions)
        if (m.paragraph == 0 && m.start == 0) return static_cast<int>(i);
  return -1;
}

// The one organization (by canonical name) of kind `noun`; of several, the headline's own; else -1.
int KindOrg(const Article& a, std::string_view noun) {
  const int own = HeadlineOrg(a);
  for (int pass = 0; pass < 2; ++pass) {
    int found = -1;
    bool many = false, own_kind = false;
    for (size_t i = 0; i < a.entities.size(); ++i) {
      const Entity& e = a.entities[i];
      if (!IsOrgType(e.type)) continue;
      const bool kind =
          pass == 0 ? EndsWithWord(AsciiLower(e.canonical), noun) || EndsWithWord(AsciiLower(e.name), noun)
                    : DescribedAs(a, e, noun);
      if (!kind) continue;
      own_kind = own_kind || (own >= 0 && a.entities[static_cast<size_t>(own)].canonical == e.canonical);
      if (found >= 0 && a.entities[static_cast<size_t>(found)].canonical != e.canonical) many = true;
      if (found < 0) found = static_cast<int>(i);
    }
    if (many) return own_kind ? own : -1;
    if (found >= 0) return found;
  }
  return -1;
}

// A year (19xx, 20xx) before the end of the sentence that starts at `at`.
bool YearAfter(std::string_view p, size_t at) {
  const size_t stop = std::min(p.find(". ", at), p.size());
  for (size_t i = at; i + 4 <= stop; ++i)
    if ((p[i] == '1' || p[i] == '2') && (i == 0 || !std::isdigit(static_cast<unsigned char>(p[i - 1]))) &&
        std::isdigit(static_cast<unsigned char>(p[i + 1])) &&
        std::isdigit(static_cast<unsigned char>(p[i + 2])) &&
        std::isdigit(static_cast<unsigned char>(p[i + 3])) &&
        (i + 4 == p.size() || !std::isdigit(static_cast<unsigned char>(p[i + 4]))) && p.substr(i, 2) >= "19")
      return true;
  return false;
}

// "who" (or "who had", "who has") right before the verb at `at`.
bool RelativeBefore(std::string_view lower, size_t at) {
  std::string_view before = lower.substr(0, at);
  for (std::string_view aux : {" had", " has", " have", " recently", " abruptly"})
    if (before.size() >= aux.size() && before.substr(before.size() - aux.size()) == aux)
      before.remove_suffix(aux.size());
  return before.size() >= 4 && before.substr(before.size() - 4) == " who";
}

}  // namespace

std::vector<std::pair<size_t, Mention>> LeaveObjectMentions(const Article& a, const EmployerNameTable& table,
                                                            std::vector<int>* used_rows) {
  std::vector<std::pair<size_t, Mention>> out;
  const auto& rows = table.rows();
  auto noun_row = [&](std::string_view w) {
    for (size_t i = 0; i < rows.size(); ++i)
      if (rows[i].kind == "subject_noun" && rows[i].lang == "en" && rows[i].text == w)
        return static_cast<int>(i);
    return -1;
  };
  for (size_t pi = 0; pi < a.paragraphs.size(); ++pi) {
    std::string_view p = a.paragraphs[pi];
    const std::string lower = AsciiLower(p);
    for (size_t ri = 0; ri < rows.size(); ++ri) {
      if (rows[ri].kind != "leave_verb" || rows[ri].lang != "en") continue;
      const std::string w = " " + rows[ri].text + " the ";
      for (size_t f = lower.find(w); f != std::string::npos; f = lower.find(w, f + 1)) {
        const size_t the = f + w.size() - 4;
        // A person's relative clause tells the past of someone the sentence moves ("has hired Vireo's former
        // head of research, Ines Caldwell, who left the startup in May"): not read.
        if (RelativeBefore(lower, f)) continue;
        size_t at = the + 4;
        for (int word = 0; word < 3 && at < p.size(); ++word) {
          size_t e = at;
          while (e < p.size() && (Lower(p[e]) || p[e] == '-')) ++e;
          if (e == at) break;
          const int noun = noun_row(p.substr(at, e - at));
          if (noun < 0) {
            if (e >= p.size() || p[e] != ' ') break;
            at = e + 1;
            continue;
          }
          const bool closed = e == p.size() || p[e] == ',' || p[e] == '.' ||
                              (p[e] == ' ' && e + 1 < p.size() && Lower(p[e + 1]));
          if (!closed || YearAfter(p, e)) break;
          const int org = KindOrg(a, rows[static_cast<size_t>(noun)].text);
          if (org < 0) break;
          if (used_rows) {
            used_rows->push_back(static_cast<int>(ri));
            used_rows->push_back(noun);
          }
          out.emplace_back(static_cast<size_t>(org),
                           Mention{static_cast<int>(pi), static_cast<int>(the), static_cast<int>(e),
                                   std::string(p.substr(the, e - the))});
          break;
        }
      }
    }
  }
  return out;
}

}  // namespace hirewire::normalize
