#pragma once

#include <termios.h>

namespace lrjwt::util {

// Installs handlers for SIGINT and SIGTERM, unless the signal is ignored (as
// for a background job of a non-interactive shell, or under nohup). A handler
// restores the terminal state remembered below, writes "lrjwt: interrupted"
// (or "terminated") to stderr and exits 130 (143) at once, so nothing more is
// written to stdout.
void install_interrupt_handlers();

// The terminal state to put back if a signal arrives while a prompt has
// turned echo off. Call forget_terminal_state() once it is restored.
void remember_terminal_state(int fd, const termios& state);
void forget_terminal_state();

} // namespace lrjwt::util
