// The body that appoints the head of an institution is not that head's employer: "과학기술정보통신부는 이날
// 정 원장을 임명했다" after "… 국가데이터진흥원 원장으로 취임했다", "The Ministry of Science appointed Lee …
// as head of the agency": the ministry names the head, the agency employs them. The appointing bodies are
// data (normalize/data/frames.tsv kind=appointer: a ministry's or a government's name), and so are the
// deciding bodies (kind=body: 이사회, 임원추천위원회), which choose or recommend for the institution and
// employ no one.
#pragma once

#include <string>
#include <vector>

#include "corpus/records.h"

namespace hirewire::normalize {

// Every person's hire at an appointing body (FrameReader::AppointerName) or a deciding body
// (FrameReader::KoreanBody) goes when the article also hires that
// person at another organization that is no appointing body nor a unit of the first: the second hire is the
// appointment itself, told from the appointer's side.
void AppointingBodyHires(std::vector<Event>* events);

// A person's hire left at an appointing body moves to the one institution the article's other events take
// place at (no appointing body): "Deputy Administrator Monica Reyes was named acting administrator …, the
// Energy Department said" after the agency's head resigned is a hire at the agency. A previous employer that
// is that institution goes (the deputy named acting head). Nothing moves when the other events name two
// institutions or none. (Called by AppointingBodyHires, after its drops.)
void InstitutionOfAppointedHeads(std::vector<Event>* events);

// When every event of the article is at an appointing body and none names another organization, a person's
// hire (and the predecessor's departure) there moves to the organization the story opens with, `lead_org`,
// when that is no appointing body nor anyone's origin: "The Korea Coastal Research Institute has a new
// president, with the Ministry of Oceans and Fisheries appointing Park … to lead the state-funded body. … He
// replaces Yoon …": both at the institute.
void LeadInstitutionOfAppointedHeads(const std::string& lead_org, std::vector<Event>* events);

}  // namespace hirewire::normalize
