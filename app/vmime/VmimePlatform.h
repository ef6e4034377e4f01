#pragma once

#include <vmime/platform.hpp>
#include <vmime/platforms/posix/posixHandler.hpp>

#include <mutex>

namespace nocdesk {

// vmime keeps its platform handler in one unguarded global: setting it while another thread
// reads it (a parse and an IMAP fetch starting at once on the pool) is a data race. Every
// library that uses vmime calls this first; being inline, its once-flag is one for the whole
// program.
inline void ensureVmimePlatform()
{
    static std::once_flag once;
    std::call_once(once, [] { vmime::platform::setHandler<vmime::platforms::posix::posixHandler>(); });
}

} // namespace nocdesk
