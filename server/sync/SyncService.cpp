#include "sync/SyncService.h"

#include "accounts/ClosedPeriods.h"
#include "core/PortalContext.h"
#include "storage/ChangeSequence.h"
#include "storage/SqlTransaction.h"
#include "sync/SyncAccountCollector.h"
#include "sync/SyncAnswer.h"
#include "sync/SyncAppealCollector.h"
#include "sync/SyncBudget.h"
#include "sync/SyncBuildingCollector.h"
#include "sync/SyncCursor.h"
#include "sync/SyncHistoryCollector.h"
#include "sync/SyncNoticeCollector.h"
#include "sync/SyncPage.h"
#include "sync/SyncProfileCollector.h"
#include "sync/SyncRemovedAccountsCollector.h"
#include "sync/SyncScope.h"
#include "sync/SyncWindow.h"

using namespace Qt::Literals::StringLiterals;

SyncService::SyncService(PortalContext& context, int pageSize)
    : m_context(context)
    , m_pageSize(pageSize)
{
    m_collectors.push_back(std::make_unique<SyncProfileCollector>());
    m_collectors.push_back(std::make_unique<SyncRemovedAccountsCollector>());
    m_collectors.push_back(std::make_unique<SyncAccountCollector>());
    m_collectors.push_back(std::make_unique<SyncHistoryCollector>());
    m_collectors.push_back(std::make_unique<SyncBuildingCollector>());
    m_collectors.push_back(std::make_unique<SyncNoticeCollector>(SyncSection::Organizations));
    m_collectors.push_back(std::make_unique<SyncNoticeCollector>(SyncSection::News));
    m_collectors.push_back(std::make_unique<SyncAppealCollector>());
    for (std::size_t i = 0; i < m_collectors.size(); ++i)
        Q_ASSERT(int(m_collectors.at(i)->section()) == int(i));
}

SyncService::~SyncService() = default;

ApiError SyncService::invalidCursor()
{
    return ApiError(ApiErrorCode::Invalid, u"cursor"_s,
                    tr("The cursor is not one this server gave out; sync again without it."));
}

std::variant<QJsonObject, ApiError> SyncService::page(qint64 userId,
                                                      const std::optional<QString>& cursorText)
{
    std::optional<SyncCursor> cursor = SyncCursor::initial();
    if (cursorText && !cursorText->isEmpty())
        cursor = SyncCursor::parse(*cursorText);
    if (!cursor)
        return invalidCursor();

    PortalDatabase& database = m_context.database();
    // Read-only: never committed. It keeps every query of the page on one snapshot.
    SqlTransaction snapshot(database);
    const std::optional<qint64> current = ChangeSequence::current(database);
    const std::optional<Period> closed = ClosedPeriods::lastClosed(m_context);
    if (!snapshot.isActive() || !current || !closed)
        return ApiError(ApiErrorCode::Internal);

    SyncWindow window;
    window.userId = userId;
    window.fromSequence = cursor->sequence();
    window.fromClosed = cursor->closed();
    SyncPosition position;
    if (cursor->isPaging()) {
        window.toSequence = cursor->toSequence();
        window.toClosed = cursor->toClosed();
        position = cursor->position();
    } else {
        window.toSequence = *current;
        window.toClosed = *closed;
    }
    if (window.fromSequence > *current || window.toSequence > *current)
        return invalidCursor();

    const QString settled = SyncCursor::settled(window.toSequence, window.toClosed).toText();
    if (!cursor->isPaging() && window.fromSequence == window.toSequence && !window.closedChanged())
        return QJsonObject {{u"cursor"_s, settled}, {u"more"_s, false}};

    const std::optional<SyncScope> scope = SyncScope::load(database, window);
    if (!scope)
        return ApiError(ApiErrorCode::Internal);
    SyncBudget budget(m_pageSize);
    SyncAnswer answer;
    SyncPage page {m_context, window, *scope, budget, answer};
    for (const std::unique_ptr<SyncCollector>& collector : m_collectors) {
        if (collector->section() < position.section)
            continue;
        switch (collector->collect(page, position)) {
        case SyncCollector::Outcome::Failed:
            return ApiError(ApiErrorCode::Internal);
        case SyncCollector::Outcome::Full:
            return answer.toJson(SyncCursor::paging(window.fromSequence, window.fromClosed,
                                                    window.toSequence, window.toClosed, position)
                                     .toText(),
                                 true);
        case SyncCollector::Outcome::Done:
            position = position.nextSection();
            break;
        }
    }
    return answer.toJson(settled, false);
}
