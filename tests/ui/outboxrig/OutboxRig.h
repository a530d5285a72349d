#pragma once

#include "DemoCacheRig.h"
#include "outbox/Outbox.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QWidget;

// What the pages that write through the outbox need: DemoCacheRig and the outbox (its automatic
// retries off, so that a test says when a round runs). The server can be stopped and started
// again on the same port and data, so that the same client reaches it again, as after a network
// outage.
//
// Typo reports have no GET: they are read straight from the server's SQLite file with the
// sqlcipher shell (serverTypoReports()).
class OutboxRig : public DemoCacheRig
{
public:
    ~OutboxRig() override;

    bool start() override;
    bool stopServer();
    bool startServerAgain();
    // Starts an outbox round and waits for its end.
    std::optional<OutboxRound> sendPending();

    Outbox& outbox() { return *m_outbox; }

    // Every typo report in the server's database, oldest first: selection, context, screen,
    // comment.
    QList<QStringList> serverTypoReports();

    // Types text into widget key by key, as QTest::keyClicks does for Latin-1 only: Cyrillic too,
    // and a line break as Return.
    static void type(QWidget* widget, const QString& text);

private:
    quint16 m_port = 0;
    std::unique_ptr<Outbox> m_outbox;
};
