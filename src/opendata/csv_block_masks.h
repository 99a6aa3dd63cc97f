// CsvBlockMasks: the structural characters of 64 bytes of CSV as bit masks
// (bit i for byte i): quotes, separators, line ends (CR or LF), bytes that
// are not ASCII — computed with AVX2 where the processor has it (chosen at
// run time: the build does not require -mavx2), else with SSE2 (every
// x86-64), else byte by byte. Private to the opendata module.
#pragma once

#include <cstddef>
#include <cstdint>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define OCTROI_CSV_X86 1
#endif

namespace octroi::csv_blocks {

struct BlockMasks {
  std::uint64_t quotes = 0;
  std::uint64_t separators = 0;
  std::uint64_t line_ends = 0;
  std::uint64_t non_ascii = 0;
  std::uint64_t continuations = 0;   // 0x80..0xBF
  std::uint64_t two_byte_leads = 0;  // 0xC2..0xDF: é, è, à, «, »…
};

// Bit i of the result: the parity of the set bits of `bits` at or below i
// (inside quotes, for quote bits).
inline std::uint64_t prefix_xor(std::uint64_t bits) {
  bits ^= bits << 1;
  bits ^= bits << 2;
  bits ^= bits << 4;
  bits ^= bits << 8;
  bits ^= bits << 16;
  bits ^= bits << 32;
  return bits;
}

// REQUIRES: 64 readable bytes at `data`.
inline BlockMasks portable_masks(const char* data, char separator) {
  BlockMasks masks;
#if defined(__SSE2__)
  const __m128i quotes = _mm_set1_epi8('"');
  const __m128i separators = _mm_set1_epi8(separator);
  const __m128i line_feeds = _mm_set1_epi8('\n');
  const __m128i returns = _mm_set1_epi8('\r');
  for (std::ptrdiff_t part = 0; part < 4; ++part) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + (part * 16)));
    const auto bits = [](__m128i matches) {
      return static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(matches)));
    };
    const auto shift = static_cast<int>(part * 16);
    masks.quotes |= bits(_mm_cmpeq_epi8(chunk, quotes)) << shift;
    masks.separators |= bits(_mm_cmpeq_epi8(chunk, separators)) << shift;
    masks.line_ends |=
        bits(_mm_or_si128(_mm_cmpeq_epi8(chunk, line_feeds), _mm_cmpeq_epi8(chunk, returns)))
        << shift;
    masks.non_ascii |= bits(chunk) << shift;
    // Signed bytes: 0x80..0xBF are -128..-65, 0xC2..0xDF are -62..-33.
    masks.continuations |= bits(_mm_cmpgt_epi8(_mm_set1_epi8(-64), chunk)) << shift;
    masks.two_byte_leads |= bits(_mm_and_si128(_mm_cmpgt_epi8(chunk, _mm_set1_epi8(-63)),
                                               _mm_cmpgt_epi8(_mm_set1_epi8(-32), chunk)))
                            << shift;
  }
#else
  for (int i = 0; i < 64; ++i) {
    const char c = data[i];
    const std::uint64_t bit = std::uint64_t{1} << i;
    if (c == '"') masks.quotes |= bit;
    if (c == separator) masks.separators |= bit;
    if (c == '\n' || c == '\r') masks.line_ends |= bit;
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0x80) != 0) masks.non_ascii |= bit;
    if (byte >= 0x80 && byte <= 0xBF) masks.continuations |= bit;
    if (byte >= 0xC2 && byte <= 0xDF) masks.two_byte_leads |= bit;
  }
#endif
  return masks;
}

#if defined(OCTROI_CSV_X86)
__attribute__((target("avx2"))) inline std::uint64_t avx2_bits(__m256i low, __m256i high) {
  return static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm256_movemask_epi8(low))) |
         (static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm256_movemask_epi8(high))) << 32);
}

// REQUIRES: 64 readable bytes at `data`, and an AVX2 processor.
__attribute__((target("avx2"))) inline BlockMasks avx2_masks(const char* data, char separator) {
  const __m256i low = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(data));
  const __m256i high = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(data + 32));
  const __m256i quotes = _mm256_set1_epi8('"');
  const __m256i separators = _mm256_set1_epi8(separator);
  const __m256i line_feeds = _mm256_set1_epi8('\n');
  const __m256i returns = _mm256_set1_epi8('\r');
  BlockMasks masks;
  masks.quotes = avx2_bits(_mm256_cmpeq_epi8(low, quotes), _mm256_cmpeq_epi8(high, quotes));
  masks.separators =
      avx2_bits(_mm256_cmpeq_epi8(low, separators), _mm256_cmpeq_epi8(high, separators));
  masks.line_ends = avx2_bits(
      _mm256_or_si256(_mm256_cmpeq_epi8(low, line_feeds), _mm256_cmpeq_epi8(low, returns)),
      _mm256_or_si256(_mm256_cmpeq_epi8(high, line_feeds), _mm256_cmpeq_epi8(high, returns)));
  masks.non_ascii = avx2_bits(low, high);
  // Signed bytes: 0x80..0xBF are -128..-65, 0xC2..0xDF are -62..-33.
  const __m256i below_continuation = _mm256_set1_epi8(-64);
  masks.continuations = avx2_bits(_mm256_cmpgt_epi8(below_continuation, low),
                                  _mm256_cmpgt_epi8(below_continuation, high));
  const __m256i before_lead = _mm256_set1_epi8(-63);
  const __m256i after_lead = _mm256_set1_epi8(-32);
  masks.two_byte_leads = avx2_bits(
      _mm256_and_si256(_mm256_cmpgt_epi8(low, before_lead), _mm256_cmpgt_epi8(after_lead, low)),
      _mm256_and_si256(_mm256_cmpgt_epi8(high, before_lead), _mm256_cmpgt_epi8(after_lead, high)));
  return masks;
}

inline bool has_avx2() { return __builtin_cpu_supports("avx2") != 0; }
#else
inline bool has_avx2() { return false; }
#endif

}  // namespace octroi::csv_blocks
