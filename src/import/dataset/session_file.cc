// Reader of session.yaml (docs/data-format.md 10.3).
#include <array>
#include <fmt/format.h>

#include "import/attendance_status.h"
#include "import/dataset/file_readers.h"
#include "import/dataset/value_readers.h"

namespace octroi::import {

namespace {

constexpr std::array<std::string_view, 5> kStatuses = {
    "present", "excused", "absent", "attending_non_voting", "excused_non_voting"};

Result<PrintedMemberRole> read_member_role(FileContext& context, const Fields& parent,
                                           std::string_view key) {
  OCTROI_TRY(const YamlNode* node, parent.need(key));
  OCTROI_TRY(Fields fields,
             Fields::open(context, *node, parent.path_of(key), {"printed", "member", "source"}));
  PrintedMemberRole role;
  OCTROI_TRY(role.printed, fields.text("printed"));
  OCTROI_TRY(std::string member, fields.id("member"));
  context.refer(PendingReference::Kind::kMember, member, *fields.get("member"),
                fields.path_of("member"));
  role.member = MemberId(std::move(member));
  OCTROI_TRY(role.source, read_source(fields));
  return role;
}

Result<std::vector<MemberReference>> read_members(FileContext& context, const Fields& fields) {
  std::vector<MemberReference> members;
  Status status = for_each_item(
      fields, "members", true, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(MemberReference member, read_member_reference(context, item, at));
        members.push_back(std::move(member));
        return ok_status();
      });
  if (!status.ok()) return status.error();
  return members;
}

Result<PrintedTally> read_tally(FileContext& context, const Fields& parent, std::string_view key,
                                int line) {
  OCTROI_TRY(const YamlNode* node, parent.need(key));
  OCTROI_TRY(Fields fields,
             Fields::open(context, *node, parent.path_of(key), {"printed", "count", "groups"}));
  PrintedTally tally;
  OCTROI_TRY(tally.printed, fields.text("printed"));
  OCTROI_TRY(tally.count, read_count(fields, "count", line));
  OCTROI_TRY(tally.groups, fields.texts("groups"));
  return tally;
}

Result<PrintedVote> read_vote(FileContext& context, const Fields& parent) {
  OCTROI_TRY(const YamlNode* node, parent.need("vote"));
  OCTROI_TRY(Fields fields, Fields::open(context, *node, parent.path_of("vote"),
                                         {"intro", "quote", "source", "for", "against", "abstain",
                                          "absent_without_proxy", "outcome", "notes"}));
  PrintedVote vote;
  OCTROI_TRY(vote.intro, read_optional_block(fields, "intro"));
  OCTROI_TRY(vote.quote, fields.text("quote"));
  OCTROI_TRY(vote.source, read_source(fields));
  const int line = vote.source.line;
  OCTROI_TRY(vote.for_votes, read_tally(context, fields, "for", line));
  OCTROI_TRY(vote.against_votes, read_tally(context, fields, "against", line));
  OCTROI_TRY(vote.abstain_votes, read_tally(context, fields, "abstain", line));
  if (fields.has("absent_without_proxy")) {
    OCTROI_TRY(vote.absent_without_proxy,
               read_tally(context, fields, "absent_without_proxy", line));
  }
  {
    OCTROI_TRY(const YamlNode* outcome_node, fields.need("outcome"));
    OCTROI_TRY(Fields outcome, Fields::open(context, *outcome_node, fields.path_of("outcome"),
                                            {"printed", "value", "source"}));
    OCTROI_TRY(vote.outcome.printed, outcome.text("printed"));
    OCTROI_TRY(std::string value, outcome.key_of("value", {"adopted", "rejected"}));
    vote.adopted = value == "adopted";
    OCTROI_TRY(vote.outcome.source, read_source(outcome));
  }
  OCTROI_TRY(vote.notes, fields.optional_text("notes"));
  return vote;
}

Status read_session_header(FileContext& context, const Fields& parent, SessionRecord& record) {
  OCTROI_TRY(const YamlNode* node, parent.need("session"));
  OCTROI_TRY(Fields fields, Fields::open(context, *node, parent.path_of("session"),
                                         {"body", "date", "place", "chair", "secretary"}));
  {
    OCTROI_TRY(const YamlNode* body_node, fields.need("body"));
    OCTROI_TRY(Fields body, Fields::open(context, *body_node, fields.path_of("body"),
                                         {"printed", "value", "source"}));
    OCTROI_TRY(record.body.printed, body.text("printed"));
    OCTROI_TRY(record.body_key,
               body.key_of("value", {"commission_permanente", "conseil_departemental"}));
    record.body_value = record.body_key == "commission_permanente"
                            ? DeliberativeBody::kStandingCommittee
                            : DeliberativeBody::kDepartmentalCouncil;
    OCTROI_TRY(record.body.source, read_source(body));
  }
  {
    OCTROI_TRY(const YamlNode* date_node, fields.need("date"));
    OCTROI_TRY(Fields date, Fields::open(context, *date_node, fields.path_of("date"),
                                         {"printed", "date", "source"}));
    OCTROI_TRY(record.date_printed.printed, date.text("printed"));
    OCTROI_TRY(record.date_printed.source, read_source(date));
    OCTROI_TRY(record.date, read_date(date, "date", record.date_printed.source.line));
  }
  if (const YamlNode* place_node = fields.get("place")) {
    OCTROI_TRY(Fields place, Fields::open(context, *place_node, fields.path_of("place"),
                                          {"printed", "place", "date", "source"}));
    PrintedBlock block;
    OCTROI_TRY(block.printed, place.text("printed"));
    OCTROI_TRY(block.source, read_source(place));
    OCTROI_TRY(record.place_name, place.text("place"));
    OCTROI_TRY(record.place_date, read_date(place, "date", block.source.line));
    record.place = std::move(block);
  }
  if (fields.has("chair")) {
    OCTROI_TRY(record.chair, read_member_role(context, fields, "chair"));
  }
  if (fields.has("secretary")) {
    OCTROI_TRY(record.secretary, read_member_role(context, fields, "secretary"));
  }
  return ok_status();
}

}  // namespace

Result<SessionRecord> read_session_file(FileContext& context, const YamlNode& root) {
  OCTROI_TRY(Fields fields, Fields::open(context, root, "",
                                         {"session", "members", "attendance", "recusals", "vote"}));
  SessionRecord record;
  OCTROI_TRY_STATUS(read_session_header(context, fields, record));
  Status members = for_each_item(
      fields, "members", true, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(Fields member,
                   Fields::open(context, item, at, {"id", "name", "civility", "notes"}));
        SessionMemberEntry entry;
        OCTROI_TRY(std::string id, member.id("id"));
        for (const SessionMemberEntry& other : record.members) {
          if (other.id.key() == id) {
            return member.error(*member.get("id"), "id", ErrorCode::kIdDuplicate,
                                fmt::format("élu « {} » en double", id));
          }
        }
        entry.id = MemberId(std::move(id));
        OCTROI_TRY(entry.name, member.text("name"));
        OCTROI_TRY(std::optional<std::string> civility,
                   member.optional_key_of("civility", {"M.", "Mme"}));
        if (civility) entry.civility = *civility == "M." ? Civility::kMister : Civility::kMadam;
        OCTROI_TRY(entry.notes, member.optional_text("notes"));
        record.members.push_back(std::move(entry));
        return ok_status();
      });
  if (!members.ok()) return members.error();
  Status attendance = for_each_item(
      fields, "attendance", true, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(Fields list,
                   Fields::open(context, item, at, {"status", "heading", "source", "members"}));
        AttendanceList result;
        OCTROI_TRY(std::string status, list.key_in("status", kStatuses));
        result.status = attendance_of_status(status);
        OCTROI_TRY(result.heading, list.text("heading"));
        OCTROI_TRY(result.source, read_source(list));
        OCTROI_TRY(result.members, read_members(context, list));
        record.attendance.push_back(std::move(result));
        return ok_status();
      });
  if (!attendance.ok()) return attendance.error();
  Status recusals = for_each_item(
      fields, "recusals", true, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(Fields recusal,
                   Fields::open(context, item, at,
                                {"id", "quote", "source", "members", "took_part_in_debate",
                                 "took_part_in_vote", "proxy_given", "stated_status", "notes"}));
        RecusalStatement result;
        OCTROI_TRY(result.id, recusal.id("id"));
        for (const RecusalStatement& other : record.recusals) {
          if (other.id == result.id) {
            return recusal.error(*recusal.get("id"), "id", ErrorCode::kIdDuplicate,
                                 fmt::format("déclaration « {} » en double", result.id));
          }
        }
        OCTROI_TRY(result.quote, recusal.text("quote"));
        OCTROI_TRY(result.source, read_source(recusal));
        OCTROI_TRY(result.members, read_members(context, recusal));
        OCTROI_TRY(result.took_part_in_debate, recusal.optional_boolean("took_part_in_debate"));
        OCTROI_TRY(result.took_part_in_vote, recusal.optional_boolean("took_part_in_vote"));
        OCTROI_TRY(result.proxy_given, recusal.optional_boolean("proxy_given"));
        OCTROI_TRY(std::optional<std::string> stated,
                   recusal.optional_key_in("stated_status", kStatuses));
        if (stated) result.stated_status = attendance_of_status(*stated);
        OCTROI_TRY(result.notes, recusal.optional_text("notes"));
        record.recusals.push_back(std::move(result));
        return ok_status();
      });
  if (!recusals.ok()) return recusals.error();
  OCTROI_TRY(record.vote, read_vote(context, fields));
  return record;
}

}  // namespace octroi::import
