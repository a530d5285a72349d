#pragma once

#include "engine/SyncDigest.h"
#include "main/MainSection.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// A desktop notification of what a sync brought, in words: a title, a few lines, and the section
// that shows it (the one kind there is, else «Главная»).
struct SyncNotice
{
    Q_DECLARE_TR_FUNCTIONS(SyncNotice)

public:
    QString title;
    QString body;
    MainSection section = MainSection::Home;

    // Empty title and body for an empty digest.
    static SyncNotice fromDigest(const SyncDigest& digest);
    bool isEmpty() const { return title.isEmpty(); }
};

Q_DECLARE_METATYPE(SyncNotice)
