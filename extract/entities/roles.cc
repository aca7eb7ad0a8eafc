// The roles of each person mention, read from the words around it (titles, appositions).
#include "extract/entities/internal.h"

namespace hirewire::extract {

// ---- Roles

void EntityRecognizer::Impl::ReadRoles(const Para& p, const Cand& c, const std::vector<Cand>& cands,
                                       const std::vector<std::string>& canon_of,
                                       std::vector<Role>* roles) const {
  const RoleSink r{p, cands, canon_of, roles};
  ReadTitleBefore(r, c);
  ReadTitleAfter(r, c);
  ReadApposition(r, c);
}

// Korean or English title right before the name, possibly with a gloss: "책임자 루오밍 팡",
// "최고기술책임자(CTO) 미라 무라티", "OpenAI CTO Mira Murati".
void EntityRecognizer::Impl::ReadTitleBefore(const RoleSink& r, const Cand& c) const {
  const Para& p = r.p;
  const std::vector<Cand>& cands = r.cands;
  int e = c.tb - 1;
  std::string gloss;
  if (p.IsPunct(e, ")")) {
    int open = e - 1;
    while (open > 0 && !p.IsPunct(open, "(") && e - open < 5) --open;
    if (p.IsPunct(open, "(") && open + 1 < e) {
      gloss = std::string(p.text.substr(p.toks[open + 1].start, p.toks[e - 1].end - p.toks[open + 1].start));
      e = open - 1;
    }
  }
  bool hangul_title = p.IsWord(e) && p.Free(e) && p.toks[e].has_hangul && IsKoTitle(p.Text(e));
  bool latin_title = p.IsWord(e) && p.Free(e) && p.toks[e].latin && en_titles.count(p.Text(e));
  if ((hangul_title || latin_title) && p.toks[e].sentence == p.toks[c.tb].sentence && p.Text(e) != "씨") {
    int s = e;
    int org = -1;
    bool former = false;
    for (int q = e - 1; q >= 0 && e - q <= 4; --q) {
      if (p.toks[q].sentence != p.toks[e].sentence) break;
      if ((org = r.OrgAt(q)) >= 0) {
        int ob = cands[org].tb - 1;
        if (ob >= 0 && p.IsWord(ob) &&
            (p.Text(ob) == "전" || p.Text(ob) == "former" || p.Text(ob) == "Former" || p.Text(ob) == "前"))
          former = true;
        break;
      }
      if (!p.IsWord(q) || !p.Free(q)) break;
      std::string_view w = p.Text(q);
      if (w == "전" || w == "former" || w == "Former") {
        former = true;
        org = r.OrgAt(q - 1);  // "깃허브 전 최고경영자"
        break;
      }
      if (hangul_title) {
        if (ko_title_stops.count(w) || (!KoreanStemLengths(w).empty() && !p.toks[q].latin)) break;
        if (!p.toks[q].has_hangul && !p.toks[q].all_caps) break;
      } else {
        if (!en_title_mods.count(w) && !en_titles.count(w)) break;
      }
      s = q;
    }
    std::string title = (!gloss.empty() && s == e)
                            ? gloss
                            : std::string(p.text.substr(p.toks[s].start, p.toks[e].end - p.toks[s].start));
    if (former) title = (p.toks[e].has_hangul && gloss.empty() ? "전 " : "former ") + title;
    r.Add(title, org);
  }
}

// Title right after the name: "마크 저커버그 최고경영자(CEO)가", "김철수 대표는".
void EntityRecognizer::Impl::ReadTitleAfter(const RoleSink& r, const Cand& c) const {
  const Para& p = r.p;
  const std::vector<Cand>& cands = r.cands;
  const int n = p.Size();
  int a = c.te;
  // Between name and title: "전"/"현" and the organization ("이재용 삼성전자 회장",
  // "마이클 브래넌 전 인텔 부사장").
  bool former_after = false;
  int org_after = -1;
  if (c.end == p.toks[c.te - 1].end && p.IsWord(a) && p.Free(a) && p.toks[a].has_hangul &&
      (p.Text(a) == "전" || p.Text(a) == "현")) {
    former_after = p.Text(a) == "전";
    ++a;
  }
  if (c.end == p.toks[c.te - 1].end && (org_after = r.OrgAt(a)) >= 0 &&
      cands[org_after].end == p.toks[cands[org_after].te - 1].end && p.toks[a].has_hangul)
    a = cands[org_after].te;
  else
    org_after = -1;
  // A unit of that organization before the title ("최서아 전 금융위원회 자본시장국 과장"): the post is at the
  // organization.
  if (org_after >= 0 && a + 1 < n && p.IsWord(a) && p.Free(a) && p.toks[a].has_hangul) {
    const std::string_view unit = p.Text(a);
    if ((EndsWithAnyOf(WordList::kKoUnitHead, unit) || EndsWithAnyOf(WordList::kKoUnitHeadWeak, unit)) &&
        CountCodePoints(unit) >= 3 && !IsKoTitle(unit))
      ++a;
  }
  if (c.end == p.toks[c.te - 1].end && a < n && p.IsWord(a) && p.Free(a) &&
      p.toks[a].sentence == p.toks[c.tb].sentence) {
    std::string_view w = p.Text(a);
    std::string_view stem = w;
    if (!IsKoTitle(w))
      for (int s2 : KoreanStemLengths(w))
        if (IsKoTitle(w.substr(0, s2))) stem = w.substr(0, s2);
    if (IsKoTitle(stem) && stem != "씨") {
      std::string title(stem);
      if (stem == w && p.IsPunct(a + 1, "(") && p.IsPunct(a + 3, ")") && p.toks[a + 2].latin)
        title = std::string(p.Text(a + 2));
      int org = org_after >= 0 ? org_after : r.OrgAt(c.tb - 1);
      if (former_after) title = (title == stem ? "전 " : "former ") + title;
      r.Add(title, org);
    }
  }
}

// English apposition: "Dana Whitfield, chief executive of Vellum," / "X, Meta's CEO".
void EntityRecognizer::Impl::ReadApposition(const RoleSink& r, const Cand& c) const {
  const Para& p = r.p;
  const int n = p.Size();
  const int a = c.te;
  if (p.IsPunct(a, ",")) {
    int q = a + 1;
    bool former = false;
    if (p.IsWord(q) && (p.Text(q) == "previously" || p.Text(q) == "formerly")) {
      former = true;
      ++q;
    }
    if (p.IsWord(q) && (p.Text(q) == "the" || p.Text(q) == "a" || p.Text(q) == "an")) ++q;
    if (p.IsWord(q) && p.Text(q) == "former") {
      former = true;
      ++q;
    }
    int org = r.OrgAt(q);
    if (org >= 0) ++q;
    int s = q, last_title = -1;
    while (q < n && q - s < 7 && p.IsWord(q) && p.Free(q) &&
           (en_titles.count(p.Text(q)) || en_title_mods.count(p.Text(q)))) {
      if (en_titles.count(p.Text(q))) last_title = q;
      ++q;
    }
    if (last_title >= 0) {
      int te = q;
      while (te > s && !en_titles.count(p.Text(te - 1)) && !In(WordList::kEnTitleTail, p.Text(te - 1))) --te;
      if (org < 0 && q < n && p.IsWord(q) && (p.Text(q) == "at" || p.Text(q) == "of")) org = r.OrgAt(q + 1);
      if (org < 0 && te < q && p.Text(te) == "of" && r.OrgAt(q) >= 0) org = r.OrgAt(q);
      if (org < 0) org = r.OrgAt(q);
      std::string title(p.text.substr(p.toks[s].start, p.toks[te - 1].end - p.toks[s].start));
      if (EndsWith(title, " of") || EndsWith(title, " at")) title.resize(title.size() - 3);
      r.Add(former ? "former " + title : title, org);
    }
  }
}

}  // namespace hirewire::extract
