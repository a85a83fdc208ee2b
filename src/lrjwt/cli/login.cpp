#include "lrjwt/cli/command.hpp"
#include "lrjwt/cli/common_options.hpp"
#include "lrjwt/cache/cache_key.hpp"
#include "lrjwt/cmd/fetch.hpp"
#include "lrjwt/io/input.hpp"
#include "lrjwt/util/diag.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace lrjwt::cli {
namespace {

struct LoginOptions {
  CommonOptions common;
  std::string username;
  std::string email;
  std::string phone;
  bool password_stdin = false;
  std::string password_file;
  std::string verification_url;
  std::string login_url;
  std::string email_template;
  CLI::Option* username_opt = nullptr;
  CLI::Option* email_opt = nullptr;
  CLI::Option* phone_opt = nullptr;
};

// Exactly one identity: from the flags if any was given, else from LRJWT_*.
Result<std::pair<api::IdentityKind, std::string>> resolve_identity(LoginOptions& o)
{
  struct Candidate {
    api::IdentityKind kind;
    const char* flag;
    const char* var;
    CLI::Option* opt;
    std::string* value;
  };
  Candidate all[] = {{api::IdentityKind::username, "--username", "LRJWT_USERNAME", o.username_opt, &o.username},
                     {api::IdentityKind::email, "--email", "LRJWT_EMAIL", o.email_opt, &o.email},
                     {api::IdentityKind::phone, "--phone", "LRJWT_PHONE", o.phone_opt, &o.phone}};
  std::vector<Candidate*> given;
  for (auto& c : all) {
    if (c.opt->count() > 0) {
      given.push_back(&c);
    }
  }
  if (given.empty()) {
    for (auto& c : all) {
      if (auto v = io::env(c.var); v && !v->empty()) {
        *c.value = *v;
        given.push_back(&c);
      }
    }
  }
  if (given.size() != 1) {
    return fail(ExitCode::usage,
                given.empty() ? "login needs one identity: --username, --email or --phone (or LRJWT_USERNAME, "
                                "LRJWT_EMAIL, LRJWT_PHONE)"
                              : "login takes exactly one of --username, --email or --phone");
  }
  Candidate& c = *given.front();
  if (auto ok = normalise_value(*c.value, fmt::format("{} ({})", c.flag, c.var)); !ok) {
    return std::unexpected(ok.error());
  }
  if (c.value->empty()) {
    return fail(ExitCode::usage, fmt::format("{} is empty", c.flag));
  }
  return std::pair{c.kind, *c.value};
}

// The password from --password-stdin, --password-file, LRJWT_PASSWORD,
// LRJWT_PASSWORD_FILE or a prompt on the terminal, in that order.
Result<std::string> resolve_password(const LoginOptions& o, bool dry_run)
{
  if (o.password_stdin && !o.password_file.empty()) {
    return fail(ExitCode::usage, "use either --password-stdin or --password-file, not both");
  }
  std::string password;
  std::string what;
  if (o.password_stdin) {
    auto r = io::read_file_or_stdin("-", "--password-stdin");
    if (!r) return std::unexpected(r.error());
    password = io::strip_one_newline(std::move(*r));
    what = "the password from standard input";
  } else if (!o.password_file.empty()) {
    auto r = io::read_file_or_stdin(o.password_file, "--password-file");
    if (!r) return std::unexpected(r.error());
    password = io::strip_one_newline(std::move(*r));
    what = "the password in --password-file";
  } else if (auto v = io::env("LRJWT_PASSWORD")) {
    password = io::strip_one_newline(std::move(*v));
    what = "LRJWT_PASSWORD";
  } else if (auto f = io::env("LRJWT_PASSWORD_FILE"); f && !f->empty()) {
    auto r = io::read_file_or_stdin(io::trim(*f), "LRJWT_PASSWORD_FILE");
    if (!r) return std::unexpected(r.error());
    password = io::strip_one_newline(std::move(*r));
    what = "the password in LRJWT_PASSWORD_FILE";
  } else if (dry_run) {
    return std::string("(not read: --dry-run)");
  } else if (io::stdin_is_terminal()) {
    auto r = io::prompt_secret("Password: ");
    if (!r) return std::unexpected(r.error());
    password = std::move(*r);
    what = "the password typed";
  } else {
    return fail(ExitCode::usage, "no password: set LRJWT_PASSWORD, or use --password-stdin or --password-file FILE "
                                 "(there is no --password flag, so that it never shows in ps or shell history)");
  }
  if (password.empty()) {
    return fail(ExitCode::usage, fmt::format("{} is empty", what));
  }
  if (auto ok = io::refuse_control_chars(password, what); !ok) {
    return std::unexpected(ok.error());
  }
  if (auto bad = io::invalid_utf8_offset(password)) {
    return fail(ExitCode::usage, fmt::format("{} is not valid UTF-8 (at byte {}); check the terminal or file "
                                             "encoding",
                                             what, *bad));
  }
  return password;
}

Result<Obtained> obtain_login(LoginOptions& o)
{
  if (auto ok = apply_profile(o.common); !ok) return std::unexpected(ok.error());
  diag::set_quiet(o.common.quiet);
  auto endpoint = resolve_endpoint(o.common);
  if (!endpoint) return std::unexpected(endpoint.error());
  auto settings = resolve_fetch_settings(o.common);
  if (!settings) return std::unexpected(settings.error());
  auto cache = resolve_cache_options(o.common);
  if (!cache) return std::unexpected(cache.error());
  auto identity = resolve_identity(o);
  if (!identity) return std::unexpected(identity.error());
  struct Named {
    std::string* value;
    const char* what;
  };
  for (auto [value, what] : {Named{&o.verification_url, "--verification-url (LRJWT_VERIFICATION_URL)"},
                             Named{&o.login_url, "--login-url (LRJWT_LOGIN_URL)"},
                             Named{&o.email_template, "--email-template (LRJWT_EMAIL_TEMPLATE)"}}) {
    if (auto ok = normalise_value(*value, what); !ok) return std::unexpected(ok.error());
  }
  auto password = resolve_password(o, settings->dry_run);
  if (!password) return std::unexpected(password.error());
  if (settings->transport.insecure) {
    diag::warning("--insecure: the server's TLS certificate is not verified");
  }

  api::LoginRequest login;
  login.endpoint = *endpoint;
  login.kind = identity->first;
  login.identity = identity->second;
  login.password = std::move(*password);
  login.verification_url = o.verification_url;
  login.login_url = o.login_url;
  login.email_template = o.email_template;
  const net::Request request = api::build_login_request(login);
  trace_settings(*settings, *cache);
  if (settings->dry_run) {
    return Obtained{cmd::describe_request(request), true, *settings};
  }
  auto jwt = cmd::obtain_jwt(cmd::CallKind::login, request, cache::key_for_login(login), *settings, *cache);
  if (!jwt) return std::unexpected(jwt.error());
  return Obtained{std::move(*jwt), false, *settings};
}

} // namespace

Obtainer add_login_options(CLI::App& sub)
{
  auto o = std::make_shared<LoginOptions>();
  const char* identity = "Identity (exactly one)";
  o->username_opt = sub.add_option("--username", o->username, "log in by username [env LRJWT_USERNAME]")
                      ->option_text("NAME")
                      ->group(identity);
  o->email_opt = sub.add_option("--email", o->email, "log in by email [env LRJWT_EMAIL]")
                   ->option_text("EMAIL")
                   ->group(identity);
  o->phone_opt = sub.add_option("--phone", o->phone, "log in by phone number, E.164 [env LRJWT_PHONE]")
                   ->option_text("PHONE")
                   ->group(identity);
  const char* password = "Password (default: LRJWT_PASSWORD, else a prompt on a terminal)";
  sub.add_flag("--password-stdin", o->password_stdin, "read the password from standard input")->group(password);
  sub.add_option("--password-file", o->password_file, "read the password from FILE [env LRJWT_PASSWORD_FILE]")
    ->option_text("FILE")
    ->group(password);
  const char* email = "Verification email";
  sub.add_option("--verification-url", o->verification_url, "sent as verificationurl=")
    ->envname("LRJWT_VERIFICATION_URL")
    ->option_text("URL")
    ->group(email);
  sub.add_option("--login-url", o->login_url, "sent as loginurl=")
    ->envname("LRJWT_LOGIN_URL")
    ->option_text("URL")
    ->group(email);
  sub.add_option("--email-template", o->email_template, "sent as emailtemplate=")
    ->envname("LRJWT_EMAIL_TEMPLATE")
    ->option_text("NAME")
    ->group(email);
  add_common_options(sub, o->common);
  return [o] { return obtain_login(*o); };
}

Command setup_login(CLI::App& parent)
{
  CLI::App* sub = parent.add_subcommand("login", "Log in with an identity and password; print the JWT");
  return printing_command(sub, add_login_options(*sub));
}

} // namespace lrjwt::cli
