#pragma once

// What `kabinet --sync` exits with, so that scripts can react to each kind of failure without
// reading messages. The values are an interface: never renumber them (docs/command-line.md,
// `kabinet --help`).
enum class SyncExitCode
{
    Success = 0,
    // Anything not listed below (a bug, a cancelled request, an unexpected answer).
    Failure = 1,
    // The command line is wrong: a missing or bad option, no password on standard input.
    Usage = 2,
    // The server refused the sign-in: wrong login or password, account not activated, a captcha
    // is required.
    SignInRefused = 3,
    // No password given and no usable remembered session (none, expired, or the cache's key is
    // not in the keychain): run again with --password-stdin.
    PasswordNeeded = 4,
    // The server cannot be reached (no network, refused, timed out, connection lost).
    Offline = 5,
    // The server's certificate is not trusted, or the --ca file cannot be used.
    Tls = 6,
    // The server failed (5xx), asks to slow down (429) or sent an answer Kabinet cannot read.
    Server = 7,
    // The local cache cannot be unlocked, opened or written. Nothing in it is deleted.
    Cache = 8,
};
