#include "printing/FileOutputPolicy.h"

#include <atomic>

namespace {

std::atomic<bool> filesAllowed {true};

} // namespace

bool FileOutputPolicy::allowsFiles()
{
    return filesAllowed.load();
}

void FileOutputPolicy::setAllowsFiles(bool allowed)
{
    filesAllowed.store(allowed);
}
