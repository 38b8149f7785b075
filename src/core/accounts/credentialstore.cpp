#include "core/accounts/credentialstore.h"

namespace hangar::core {

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

CredentialStore::~CredentialStore() = default;

} // namespace hangar::core
