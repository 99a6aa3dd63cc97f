// SHA-256 of the bytes a reader consumes (see digest_byte_source.h).
#include "opendata/digest_byte_source.h"

#include <array>
#include <fmt/format.h>
#include <openssl/evp.h>

namespace octroi {

struct DigestByteSource::State {
  EVP_MD_CTX* context = nullptr;
};

DigestByteSource::DigestByteSource(std::unique_ptr<ByteSource> inner)
    : inner_(std::move(inner)), state_(std::make_unique<State>()) {
  state_->context = EVP_MD_CTX_new();
  if (state_->context != nullptr) EVP_DigestInit_ex(state_->context, EVP_sha256(), nullptr);
}

DigestByteSource::~DigestByteSource() { EVP_MD_CTX_free(state_->context); }

Result<std::size_t> DigestByteSource::read(std::span<char> buffer) {
  if (state_->context == nullptr) {
    return Error(ErrorCode::kInternal, "empreinte SHA-256 indisponible (OpenSSL)");
  }
  OCTROI_TRY(std::size_t count, inner_->read(buffer));
  EVP_DigestUpdate(state_->context, buffer.data(), count);
  return count;
}

std::string DigestByteSource::hex_digest() {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int size = 0;
  if (state_->context == nullptr) return "";
  EVP_DigestFinal_ex(state_->context, digest.data(), &size);
  std::string hex;
  for (unsigned int i = 0; i < size; ++i) hex += fmt::format("{:02x}", digest[i]);
  return hex;
}

}  // namespace octroi
