#pragma once

class PortalContext;
class SyncAnswer;
class SyncBudget;
class SyncScope;
struct SyncWindow;

// What the collectors of one page share: the run's window and accounts, what the page may still
// take, and the answer they fill.
struct SyncPage
{
    PortalContext& context;
    const SyncWindow& window;
    const SyncScope& scope;
    SyncBudget& budget;
    SyncAnswer& answer;
};
