// Persons, cue-less organization names and aliases of the twenty-eighth session (branch entname28):
// members named in a group's list, transliterated foreign names in a person's slot, title tails,
// organizations coordinated with a known company, short forms. Sentences written for this test, none
// from a batch.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/entities.h"

namespace hirewire::extract {
namespace {

struct Case {
  const char* lang;
  const char* text;
  const char* surface;
  const char* type;  // "person", "org" (organization or company), "none" (no entity with the surface, or not that type)
};

const Entity* WithSurface(const std::vector<Entity>& es, const std::string& surface) {
  for (const Entity& e : es)
    for (const Mention& m : e.mentions)
      if (m.surface == surface) return &e;
  return nullptr;
}

std::vector<Entity> Read(const EntityRecognizer& r, const char* lang, std::vector<std::string> paragraphs) {
  Article a;
  a.language = lang;
  a.paragraphs = std::move(paragraphs);
  return r.Recognize(a);
}

void Check(const Case* begin, const Case* end) {
  auto r = EntityRecognizer::Create();
  ASSERT_TRUE(r.ok());
  for (const Case* c = begin; c != end; ++c) {
    const auto es = Read(**r, c->lang, {c->text});
    const Entity* e = WithSurface(es, c->surface);
    const std::string want = c->type;
    if (want == "none") {
      EXPECT_EQ(e, nullptr) << c->text << " / " << c->surface << " read as " << (e ? e->type : "");
    } else {
      ASSERT_NE(e, nullptr) << c->text << " / " << c->surface;
      if (want == "person")
        EXPECT_EQ(e->type, "person") << c->text << " / " << c->surface;
      else
        EXPECT_TRUE(e->type == "organization" || e->type == "company") << c->text << " / " << c->surface << ": " << e->type;
    }
  }
}

// A group's members named by the given name alone in a list: a role inside the list ("막내 X까지"), a
// describing word before a role ("일본인 멤버 X"), the list after "리더 X을 비롯해" when X is a dictionary word.
TEST(EntName28, KoreanMemberLists) {
  const Case cases[] = {
      {"ko", "걸그룹 하모니아는 리더 윤세아를 비롯해 다은, 리나, 소이, 막내 하람까지 다섯 명이다.", "하람", "person"},
      {"ko", "걸그룹 하모니아는 리더 윤세아를 비롯해 다은, 리나, 소이, 막내 하람까지 다섯 명이다.", "리나", "person"},
      {"ko", "리더 바다를 비롯해 태오, 시온, 막내 준서까지 네 멤버가 무대에 섰다.", "시온", "person"},
      {"ko", "리더 바다를 비롯해 태오, 시온, 막내 준서까지 네 멤버가 무대에 섰다.", "준서", "person"},
      {"ko", "스텔라는 리더 강민호, 메인보컬 유진, 일본인 멤버 카이토, 중국 출신 린하오, 막내 하율로 구성됐다.", "카이토", "person"},
      {"ko", "스텔라는 리더 강민호, 메인보컬 유진, 일본인 멤버 카이토, 중국 출신 린하오, 막내 하율로 구성됐다.", "일본인", "none"},
      {"ko", "스텔라는 리더 강민호, 메인보컬 유진, 일본인 멤버 카이토, 중국 출신 린하오, 막내 하율로 구성됐다.", "중국", "none"},
      // No role: places in a list stay places.
      {"ko", "회사는 서울, 부산, 대구 등 세 곳에 새 지점을 열었다.", "부산", "none"},
  };
  Check(std::begin(cases), std::end(cases));
}

// Katakana members of a Japanese group: a list item beside a person, or after an origin and の, in a
// sentence naming a member's role; "メンバーのキャリア" is no name.
TEST(EntName28, JapaneseMemberLists) {
  const Case cases[] = {
      {"ja", "会見にはリーダーの山田翔太、メンバーの佐々木蓮、ソラ、大野湊が出席した。", "ソラ", "person"},
      {"ja", "メンバーには、ブラジル出身のレオやタイ出身のミントも加わった。", "レオ", "person"},
      {"ja", "メンバーには、ブラジル出身のレオやタイ出身のミントも加わった。", "ミント", "person"},
      {"ja", "最年長の森田健、ハル、最年少の石井蒼が舞台あいさつに立った。", "ハル", "person"},
      {"ja", "事務所の決断はメンバーのキャリアを長い目で見たものだ。", "キャリア", "none"},
      {"ja", "会場ではテニスやゴルフ、サッカーの体験会が開かれた。", "ゴルフ", "none"},
  };
  Check(std::begin(cases), std::end(cases));
}

// A transliterated foreign name of two Hangul words in a person's slot: before a bracket (a club, an
// age), before a title with its particle, in the genitive before a player's act. Not a role before a
// Korean name, a company before a case particle, an organization before a bare title.
TEST(EntName28, KoreanForeignNamesInPersonSlots) {
  const Case cases[] = {
      {"ko", "득점 2위 안드레 실바(대구 FC)가 한 골 차로 뒤를 이었다.", "안드레 실바", "person"},
      {"ko", "포항은 후반 33분 에드가르 소우자의 선제골로 앞서 나갔다.", "에드가르 소우자", "person"},
      {"ko", "회사는 구글 출신 마이클 강 전무를 최고기술책임자로 영입했다.", "마이클 강", "person"},
      {"ko", "경기 뒤 토마스 베르너(31)는 취재진과 만나 소감을 밝혔다.", "토마스 베르너", "person"},
      {"ko", "울산은 후반 초반 미드필더 박지훈의 동점골로 비겼다.", "미드필더 박지훈", "none"},
      {"ko", "그는 레이블 스타라이트 뮤직에서 프로듀서로 일했다.", "스타라이트 뮤직에서", "none"},
      {"ko", "검찰은 블루웨이브 전 대표를 다시 소환했다.", "블루웨이브 전", "none"},
      {"ko", "업계에 따르면 스카이노트는 최 부사장을 영입했다.", "스카이노트는 최", "none"},
      // No organization word, verb or organization after a Korean name in the pair (coordinator, merge28).
      {"ko", "넷플렉스, 데이비드 한센 북미법인 대표로 영입", "한센 북미법인", "none"},
      {"ko", "회사는 유럽법인 대표에 마커스 콜린스 전 부사장을 선임했다.", "마커스 콜린스", "person"},
      {"ko", "한빛전자가 추진하던 팹리스(반도체 설계) 업체 인수가 무산됐다.", "추진하던 팹리스", "none"},
      {"ko", "회사가 검토하던 스타트업(AI 설계) 인수는 보류됐다.", "검토하던 스타트업", "none"},
      {"ko", "합류한 인물은 박진우 세종 법률사무소 변호사다.", "세종 법률사무소", "org"},
      {"ko", "새로 온 인물은 최민서 화우 법률사무소 변호사다.", "화우 법률사무소", "none"},
  };
  Check(std::begin(cases), std::end(cases));
}

// A title written right after a Japanese or Chinese name is no part of it (支店長, 工場長; 司长, 厅长), and a
// Chinese 因 "because of" after a name closes it.
TEST(EntName28, TitleTailsAndTrailers) {
  const Case cases[] = {
      {"ja", "みなと銀行の佐藤健二支店長は記者会見で謝罪した。", "佐藤健二", "person"},
      {"ja", "同社の高木美穂工場長が記者会見で説明した。", "高木美穂", "person"},
      {"ja", "みなと銀行の佐藤健二支店長は記者会見で謝罪した。", "佐藤健二支", "none"},
      {"zh", "教育部基础教育司司长王立平在会上介绍了新学期安排。", "王立平", "person"},
      {"zh", "教育部基础教育司司长王立平在会上介绍了新学期安排。", "长王立平", "none"},
      {"zh", "上海申花球员张明因伤缺席了本场比赛。", "张明", "person"},
      {"zh", "北京首钢球员刘晨因在上一轮比赛中推搡裁判被停赛。", "刘晨因", "none"},
  };
  Check(std::begin(cases), std::end(cases));
}

}  // namespace
}  // namespace hirewire::extract
