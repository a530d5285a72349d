#pragma once

class QObject;

// The thread QtKeychain works in, one for the whole process: KeychainJob queues every QtKeychain
// job there, so the Secret Service's round trips, libsecret's loading and its session's
// Diffie-Hellman exchange never hold up the GUI thread (a remembered start builds its window
// meanwhile), and a blocking read on the GUI thread has nothing to wait for there.
//
// One thread for good, not one per call: QtKeychain runs its jobs one after another from a
// singleton that lives in the thread that first used it. Started when first asked for and
// stopped when the QCoreApplication goes (its jobs still running are left unfinished).
class KeychainThread
{
public:
    KeychainThread() = delete;

    // An object living in that thread, to queue work on; nullptr without a QCoreApplication, or
    // once it has been destroyed (a later one cannot restart QtKeychain's singleton).
    static QObject* context();
};
