#pragma once

// What `kabinet --export-receipt` (and the document exports to come) exits with. The values are
// an interface (docs/command-line.md, `kabinet --help`): never renumber them. Those shared with
// `--sync` (SyncExitCode) mean the same there.
enum class ExportExitCode
{
    Success = 0,
    // Anything not listed below.
    Failure = 1,
    // The command line is wrong: a missing or malformed option.
    Usage = 2,
    // No user is remembered on this computer, or the saved data's key is not in the keychain:
    // sign in once in the window with «Запомнить?» ticked.
    NotRemembered = 4,
    // The saved data cannot be unlocked, opened or read.
    Cache = 8,
    // The saved data hold no such document: an unknown account, a period that is not closed,
    // or a part of it that the data lack (the payee).
    NotFound = 9,
    // The output file cannot be written.
    Output = 10,
};
