#pragma once

#include <string>

namespace lrjwt::emulator {

// A LoginRadius API error: its ErrorCode, the HTTP status it comes with, and
// the texts of its body (api/loginradius-facts.md).
struct LrError {
  int code = 0;
  int http_status = 0;
  std::string message;
  std::string description;
};

namespace lr {
LrError apikey_missing();       // 922, 400
LrError apikey_invalid();       // 920, 400
LrError apikey_unauthorized();  // 901, 403
LrError jwtapp_missing();       // 1196, 400
LrError jwtapp_unknown();       // 1180, 401
LrError body_invalid();         // 965, 400
LrError email_missing();        // 1187, 400
LrError phone_missing();        // 1188, 400
LrError phone_invalid();        // 1096, 400
LrError password_missing();     // 1089, 400
LrError user_not_found();       // 938, 403
LrError wrong_password();       // 966, 401
LrError account_blocked();      // 991, 403
LrError email_not_verified();   // 970, 403
LrError phone_not_verified();   // 1066, 403
LrError access_token_missing(); // 1060, 400
LrError access_token_invalid(); // 905, 403
LrError access_token_expired(); // 906, 403
LrError not_found(const std::string& method, const std::string& path);             // 404 (ErrorCode 404)
LrError method_not_allowed(const std::string& method, const std::string& allowed); // 405 (ErrorCode 405)
LrError injected(int http_status);                                                  // fault status=CODE (ErrorCode 1000)
} // namespace lr

// The JSON error body: Description, ErrorCode, Message, IsProviderError, ProviderErrorResponse.
std::string error_body(const LrError& error);

} // namespace lrjwt::emulator
