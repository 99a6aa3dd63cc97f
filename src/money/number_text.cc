#include "money/number_text.h"

#include <limits>
#include <vector>

#include "base/utf8.h"

namespace octroi::money_internal {
namespace {

constexpr std::string_view kMinusSign = "\u2212";
constexpr std::string_view kReplacement = "\uFFFD";
constexpr std::size_t kQuotedCharacters = 40;

bool is_digit(std::string_view text, std::size_t offset) {
  return offset < text.size() && text[offset] >= '0' && text[offset] <= '9';
}

std::string column_of(std::size_t offset) { return "en colonne " + std::to_string(offset + 1); }

bool is_control(unsigned char byte) { return byte < 0x20 || byte == 0x7F; }

std::string hex_byte(unsigned char byte) {
  constexpr std::string_view kHex = "0123456789ABCDEF";
  return std::string("0x") + kHex[byte >> 4] + kHex[byte & 0x0F];
}

struct Separator {
  std::size_t offset;
  char kind;  // ' ' for any of the three spaces, '.' or ','
};

struct Run {
  std::size_t offset;
  std::size_t length;
};

std::string misplaced(const Separator& separator) {
  return "séparateur des milliers mal placé " + column_of(separator.offset);
}

}  // namespace

std::size_t space_length(std::string_view text, std::size_t offset) {
  std::string_view rest = text.substr(offset < text.size() ? offset : text.size());
  if (rest.starts_with(' ')) return 1;
  if (rest.starts_with("\u00A0")) return 2;
  if (rest.starts_with("\u202F")) return 3;
  return 0;
}

std::size_t skip_spaces(std::string_view text, std::size_t offset) {
  while (std::size_t length = space_length(text, offset)) offset += length;
  return offset;
}

std::pair<std::size_t, std::size_t> trimmed_bounds(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t length = text[begin] == '\t' ? 1 : space_length(text, begin);
    if (length == 0) break;
    begin += length;
  }
  std::size_t end = text.size();
  while (end > begin) {
    std::string_view head = text.substr(begin, end - begin);
    if (head.ends_with(' ') || head.ends_with('\t')) {
      end -= 1;
    } else if (head.ends_with("\u00A0")) {
      end -= 2;
    } else if (head.ends_with("\u202F")) {
      end -= 3;
    } else {
      break;
    }
  }
  return {begin, end};
}

std::string unexpected_at(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return "chiffre attendu " + column_of(offset) + ", à la fin du texte";
  std::string what;
  auto byte = static_cast<unsigned char>(text[offset]);
  std::size_t length = utf8_sequence_length(text, offset);
  if (byte == ' ') {
    what = "(espace)";
  } else if (text.substr(offset).starts_with("\u00A0")) {
    what = "(espace insécable)";
  } else if (text.substr(offset).starts_with("\u202F")) {
    what = "(espace fine insécable)";
  } else if (length == 0) {
    what = "(octet " + hex_byte(byte) + " hors UTF-8)";
  } else if (is_control(byte)) {
    what = "(caractère de contrôle " + hex_byte(byte) + ")";
  } else {
    what = "« " + std::string(text.substr(offset, length)) + " »";
  }
  return "caractère inattendu " + what + " " + column_of(offset);
}

std::string quoted(std::string_view text) {
  std::string out = "« ";
  std::size_t characters = 0;
  for (std::size_t offset = 0; offset < text.size(); ++characters) {
    if (characters == kQuotedCharacters) {
      out += "…";
      break;
    }
    std::size_t length = utf8_sequence_length(text, offset);
    if (length == 0 || is_control(static_cast<unsigned char>(text[offset]))) {
      out += kReplacement;
      offset += length == 0 ? 1 : length;
    } else {
      out += text.substr(offset, length);
      offset += length;
    }
  }
  return out + " »";
}

std::variant<NumberText, Refusal> read_number(std::string_view text, std::size_t offset) {
  NumberText number;
  number.begin = offset;
  std::size_t pos = offset;
  if (pos < text.size() && text[pos] == '-') {
    number.negative = true;
    pos += 1;
  } else if (text.substr(pos).starts_with(kMinusSign)) {
    number.negative = true;
    pos += kMinusSign.size();
  }
  if (!is_digit(text, pos)) return Refusal{unexpected_at(text, pos), pos};

  // Digit runs and the single-character separators between them.
  std::vector<Run> runs;
  std::vector<Separator> separators;
  bool after_comma = false;
  while (true) {
    std::size_t run_begin = pos;
    while (is_digit(text, pos)) ++pos;
    runs.push_back({run_begin, pos - run_begin});
    char kind = 0;
    std::size_t length = space_length(text, pos);
    if (length > 0) {
      kind = ' ';
    } else if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
      kind = text[pos];
      length = 1;
    }
    // A space ends the number unless digits follow it and no comma came before.
    if (kind == 0 || (kind == ' ' && (after_comma || !is_digit(text, pos + length)))) break;
    if (kind != ' ' && after_comma) {
      return Refusal{"deuxième marque décimale « " + std::string(1, kind) + " » " + column_of(pos),
                     pos};
    }
    if (!is_digit(text, pos + length)) return Refusal{unexpected_at(text, pos + 1), pos + 1};
    after_comma = kind == ',';
    separators.push_back({pos, kind});
    pos += length;
  }
  number.end = pos;

  // The decimal mark is the comma, or without one the first point.
  auto first_of = [&separators](char kind) {
    std::size_t i = 0;
    while (i < separators.size() && separators[i].kind != kind) ++i;
    return i;
  };
  std::size_t mark = first_of(',');
  if (mark == separators.size()) mark = first_of('.');
  if (mark < separators.size() && mark + 1 < separators.size()) {
    const Separator& next = separators[mark + 1];
    if (next.kind != ' ') {
      return Refusal{"deuxième marque décimale « . » " + column_of(next.offset), next.offset};
    }
    // "86.45 3": the number ends at that space, and the caller refuses the rest.
    number.end = next.offset;
    separators.resize(mark + 1);
    runs.resize(mark + 2);
  }
  if (mark < separators.size() && separators[mark].kind == '.' && separators.size() == 1 &&
      runs[0].length <= 3 && text[runs[0].offset] != '0' && runs[1].length == 3) {
    return Refusal{"point ambigu " + column_of(separators[0].offset) +
                       " : séparateur des milliers ou marque décimale ?",
                   separators[0].offset};
  }

  // Thousands: all separators before the mark, of one kind, in groups of three.
  std::size_t groups = mark;
  for (std::size_t i = 1; i < groups; ++i) {
    if (separators[i].kind != separators[0].kind) {
      return Refusal{"séparateurs des milliers mélangés " + column_of(separators[i].offset),
                     separators[i].offset};
    }
  }
  if (groups > 0 && runs[0].length > 3) {
    return Refusal{misplaced(separators[0]), separators[0].offset};
  }
  for (std::size_t i = 1; i <= groups; ++i) {
    if (runs[i].length != 3) return Refusal{misplaced(separators[i - 1]), separators[i - 1].offset};
  }

  for (std::size_t i = 0; i < runs.size(); ++i) {
    number.digits += text.substr(runs[i].offset, runs[i].length);
  }
  if (mark < separators.size()) {
    number.decimals = runs[mark + 1].length;
    number.decimals_offset = runs[mark + 1].offset;
  }
  return number;
}

std::optional<std::int64_t> scaled_value(const NumberText& number, int scale_digits) {
  __extension__ typedef unsigned __int128 UInt128;
  // The largest magnitude: 2^63 for a negative number, 2^63 - 1 otherwise.
  const UInt128 limit =
      static_cast<UInt128>(std::numeric_limits<std::int64_t>::max()) + (number.negative ? 1 : 0);
  UInt128 value = 0;
  auto push = [&](int digit) {
    value = value * 10 + static_cast<UInt128>(digit);
    return value <= limit;
  };
  for (char digit : number.digits) {
    if (!push(digit - '0')) return std::nullopt;
  }
  for (std::size_t i = number.decimals; i < static_cast<std::size_t>(scale_digits); ++i) {
    if (!push(0)) return std::nullopt;
  }
  if (!number.negative) return static_cast<std::int64_t>(value);
  // -(2^63) is the smallest int64; negate in unsigned arithmetic to reach it.
  return static_cast<std::int64_t>(~static_cast<std::uint64_t>(value) + 1);
}

}  // namespace octroi::money_internal
