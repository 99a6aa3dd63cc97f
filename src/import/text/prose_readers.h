// Private to the text reader: the declared facts read from the prose around
// the financial annex (see deliberation_text.h). Each reader fills its part of
// `out.dataset` from what the text prints, and lists in `out.unparsed` the
// lines that look like one of its facts but cannot be read, with the reason:
// a fact that is not read is reported, never guessed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "import/text/deliberation_text.h"

namespace octroi::text_import {

// The session (session.yaml's facts) from the top of the deliberation, above
// line index `before`: body and date (from the identity), chair, secretary,
// the attendance lists with their members, the statements of members
// "intéressés à l'affaire" (recusals), the vote tally and its outcome.
void read_session_text(const std::vector<std::string_view>& lines, std::size_t before,
                       DeliberationTextImport& out);

// The deliberation's articles ("Article N :" and the paragraph after it), above
// line index `before`: funding decisions (theme, number of operations,
// amount), signature authorisations, the budget imputation with its table.
void read_deliberation_articles(const std::vector<std::string_view>& lines, std::size_t before,
                                DeliberationTextImport& out);

// The report printed after the annexes (from "RAPPORT N°"): its number, the
// decisions it proposes (the bullets "De valider le financement ...") and its
// budget table (« La dépense serait imputée ... comme suit : »).
void read_report_text(const std::vector<std::string_view>& lines, DeliberationTextImport& out);

// The description annexes (1 to 3, one per theme) above the financial annex
// (line index `before`): each operation's printed title ("Opération N :
// titre") and the maximum duration it states ("La durée de l'opération est
// fixée à 12 mois maximum"), attached to the operations of the annex.
void read_description_annexes(const std::vector<std::string_view>& lines, std::size_t before,
                              DeliberationTextImport& out);

// A bullet of a description annex naming an organisation, a territory and an
// amount: "- L'APSA sur le territoire de Lens Hénin ... pour un total de
// **65 000 €** ...".
bool is_organisation_bullet(std::string_view line);

// Reads such a bullet (line index `index`) as a statement about the one row
// of `operation` naming the organisation (folded, or within three typos):
// its territory, amount and `component`; id "a<theme>-o<op>-<organisation
// id>" ("-segur" for the Ségur part). A bullet naming no single row of the
// operation is another kind of sentence, left alone; one whose amount does not
// read is listed in `out.unparsed`.
void read_organisation_bullet(const std::vector<std::string_view>& lines, std::size_t index,
                              const OperationEntry& operation, StatementComponent component,
                              DeliberationTextImport& out);

// The row of `operation` naming `name`: the same name folded (case, accents,
// punctuation and a leading article ignored), else the only
// one within three typos. nullptr when none or several.
const AnnexRow* row_naming(const ProgrammeDataset& dataset, const OperationEntry& operation,
                           std::string_view name);

// The other sentences of `operation`'s description that name organisations of
// its rows (line index `index`), each read as a statement about the rows it
// names (id "a<theme>-o<op>-<organisation id>" for one row, "a<theme>-o<op>"
// for several), which the checker compares with the annex (names, territory,
// amount):
//   - « - TERRITOIRE : STRUCTURE » (a list of the retained organisations):
//     the territory (read like an annex cell) and the organisation;
//   - « … il est proposé de financer [de | la structure | l'association] A, B
//     et C pour … [pour un (montant) total de X €] »: the organisations named
//     before « pour » (each naming a row; a count, « 4 structures », is another
//     kind of sentence) and the amount;
//   - « …, A a déposé une demande de subvention à hauteur de X € »: the
//     organisation and the amount.
// A sentence whose names do not all name rows of the operation is left alone;
// one whose amount does not read, or whose statement id is already taken, is
// listed in `out.unparsed`.
void read_named_statement(const std::vector<std::string_view>& lines, std::size_t index,
                          const OperationEntry& operation, DeliberationTextImport& out);

// A sentence of `operation`'s description referring to an annex for the
// detail ("... pour l'accompagnement de 70 participants (détail en annexe
// 5)."): a statement about the operation's rows, id "a<theme>-o<op>", that
// states only that reference (its amount and counts are not read).
void read_detail_reference(const std::vector<std::string_view>& lines, std::size_t index,
                           const OperationEntry& operation, DeliberationTextImport& out);

// The statements about `operation` read as the whole amount become its
// accompaniment part: its description states a Ségur valuation besides.
void mark_accompaniment(const OperationEntry& operation, DeliberationTextImport& out);

// The amendments annexed to the deliberation, from line index `from` (after
// the financial annex) to the report: each block opening with a line « AVENANT
// N°N » alone, up to the next such heading, a line « CONVENTION » alone or the
// report. Its line « Objet : Avenant à la convention n° AAAA-NNNNN « titre » »
// names the agreement; the article authorising that amendment ("l'avenant n°1
// à la convention n°2023-00963 … en annexe 5") gives the annex and article;
// the annex rows « Avenant annexe N » give the organisation (exactly one).
// Its clauses, wherever they are printed in the block (a table row's label
// ending with a year, « Modalités de financement 2023 », gives their year):
// « coût de la place … à 250 euros » (unit cost per unit), « Part X : 50% …,
// soit un maximum de 20 000 €, portera sur 100 places » (split), « un montant
// (maximum) de 40 000 € » (amount; the year of a period « du … au … » within
// one year in the same sentence; « pour la durée de la convention »: the
// agreement's total). An amendment whose agreement, article or
// organisation is not found, and a clause without its amount or rate, are
// listed in `out.unparsed`.
void read_amendment_annexes(const std::vector<std::string_view>& lines, std::size_t from,
                            DeliberationTextImport& out);

// Levenshtein distance over bytes, for names compared folded.
int name_distance(std::string_view left, std::string_view right);

// A budget table starting at line index `header` (a tab-separated header with
// a « Code Opération » column), up to the first line without a tab. Rows that
// do not have one cell per column, or whose amounts do not read, are listed
// in `out.unparsed`. `last` receives the index of the table's last line.
DeclaredBudgetTable read_budget_table_at(const std::vector<std::string_view>& lines,
                                         std::size_t header, DeliberationTextImport& out,
                                         std::size_t& last);

// True when line `line` is the header of a budget table (see above).
bool is_budget_table_header(std::string_view line);

// The sentence of `paragraph` that holds byte `at`, without surrounding spaces.
std::string sentence_at(std::string_view paragraph, std::size_t at);

// Adds `line` (0-based index) to `out.unparsed` with `reason`.
void list_unparsed(DeliberationTextImport& out, const std::vector<std::string_view>& lines,
                   std::size_t line, std::string reason);

}  // namespace octroi::text_import
