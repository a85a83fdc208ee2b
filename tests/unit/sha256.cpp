#include "lrjwt/util/sha256.hpp"

#include <doctest/doctest.h>
#include <openssl/evp.h>

#include <string>

namespace {

std::string openssl_sha256_hex(const std::string& data)
{
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  REQUIRE(EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr) == 1);
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out += k_hex[digest[i] >> 4];
    out += k_hex[digest[i] & 0x0F];
  }
  return out;
}

} // namespace

TEST_CASE("util::sha256_hex")
{
  using lrjwt::util::sha256_hex;
  SUBCASE("FIPS 180-4 examples")
  {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
          == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256_hex(std::string(1'000'000, 'a'))
          == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  }
  SUBCASE("agrees with OpenSSL on every length around the block and padding edges")
  {
    std::string data;
    for (int n = 0; n <= 300; ++n) {
      CAPTURE(n);
      CHECK(sha256_hex(data) == openssl_sha256_hex(data));
      data += static_cast<char>((n * 131 + 7) & 0xFF);
    }
  }
}
