#pragma once

#include <QString>

#include <optional>

// What PATCH /profile sends: only the fields being changed.
struct ProfileChanges
{
    std::optional<QString> email;
    std::optional<bool> receiptSubscription;

    bool isEmpty() const { return !email && !receiptSubscription; }

    friend bool operator==(const ProfileChanges&, const ProfileChanges&) = default;
};
