#include "lr_errors.hpp"

#include <nlohmann/json.hpp>

namespace lrjwt::emulator {
namespace lr {

LrError apikey_missing()
{
  return {922, 400, "API key is missing", "The API key is a required parameter, please pass the apikey query parameter."};
}
LrError apikey_invalid()
{
  return {920, 400, "API key is invalid", "The API key is not in the expected format (a GUID)."};
}
LrError apikey_unauthorized()
{
  return {901, 403, "The API key is unauthorized",
          "The provided LoginRadius API key is not authorized for this site, please check it."};
}
LrError jwtapp_missing()
{
  return {1196, 400, "The Jwt app name is a required parameter", "Please pass the JWT app name (jwtapp)."};
}
LrError jwtapp_unknown()
{
  return {1180, 401, "JWT configuration not found.",
          "No JWT app with this name is configured for this site, or it is not configured correctly."};
}
LrError body_invalid()
{
  return {965, 400, "The post body is invalid",
          "The request body must be a JSON object with exactly one of username, email or phone (a string) and password."};
}
LrError email_missing()
{
  return {1187, 400, "Email is required", "The email is a required parameter and must not be empty."};
}
LrError phone_missing()
{
  return {1188, 400, "Phone number is required", "The phone number is a required parameter and must not be empty."};
}
LrError phone_invalid()
{
  return {1096, 400, "Phone number is invalid", "The phone number is not a valid phone number."};
}
LrError password_missing()
{
  return {1089, 400, "Password is missing", "The password is a required parameter and must not be empty."};
}
LrError user_not_found()
{
  return {938, 403, "The user does not exist", "No account matches the given username, email or phone number."};
}
LrError wrong_password()
{
  return {966, 401, "Invalid user ID and/or password", "The user ID or password you entered is incorrect."};
}
LrError account_blocked()
{
  return {991, 403, "Your account is blocked", "This account has been blocked and cannot log in."};
}
LrError email_not_verified()
{
  return {970, 403, "Email is not verified", "The email address of this account has not been verified yet."};
}
LrError phone_not_verified()
{
  return {1066, 403, "Phone number is not verified", "The phone number of this account has not been verified yet."};
}
LrError access_token_missing()
{
  return {1060, 400, "Access token is missing", "The access_token is a required parameter."};
}
LrError access_token_invalid()
{
  return {905, 403, "Access token is invalid", "The access token is not valid for this site, or it has been revoked."};
}
LrError access_token_expired()
{
  return {906, 403, "Access token has expired", "The access token has expired, please log in again to get a new one."};
}
LrError not_found(const std::string& method, const std::string& path)
{
  return {404, 404, "The requested resource was not found",
          "No LoginRadius JWT API endpoint matches " + method + " " + path + "."};
}
LrError method_not_allowed(const std::string& method, const std::string& allowed)
{
  return {405, 405, "The requested HTTP method is not allowed",
          "This endpoint does not support " + method + "; use " + allowed + "."};
}
LrError injected(int http_status)
{
  return {1000, http_status, "Oops something went wrong, Please try again.",
          "lrjwt-emulator fault status=" + std::to_string(http_status) + " answered this request."};
}

} // namespace lr

std::string error_body(const LrError& error)
{
  nlohmann::ordered_json body;
  body["Description"] = error.description;
  body["ErrorCode"] = error.code;
  body["Message"] = error.message;
  body["IsProviderError"] = false;
  body["ProviderErrorResponse"] = nullptr;
  // The method and path in Description come from the wire and may be any bytes.
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace lrjwt::emulator
