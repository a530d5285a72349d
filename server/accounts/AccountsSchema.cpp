#include "accounts/AccountsSchema.h"

#include "accounts/AccountLinkRepository.h"
#include "accounts/CapitalRepairWorkRepository.h"
#include "accounts/ChargeRepository.h"
#include "accounts/HouseFundRepository.h"
#include "accounts/NewsRepository.h"
#include "accounts/OperatorPeriodRepository.h"
#include "accounts/OrganizationRepository.h"
#include "accounts/PaymentRepository.h"
#include "accounts/RecalculationRepository.h"
#include "storage/ChangeSequence.h"

bool AccountsSchema::ensure(PortalDatabase& database)
{
    return ChangeSequence::ensureSchema(database) && AccountLinkRepository::ensureSchema(database)
        && ChargeRepository::ensureSchema(database)
        && RecalculationRepository::ensureSchema(database)
        && PaymentRepository::ensureSchema(database)
        && OperatorPeriodRepository::ensureSchema(database)
        && CapitalRepairWorkRepository::ensureSchema(database)
        && HouseFundRepository::ensureSchema(database)
        && OrganizationRepository::ensureSchema(database) && NewsRepository::ensureSchema(database);
}
