#pragma once

class QCoreApplication;

namespace nocdesk {

// Loads NocDesk's and Qt's own translations for the system locale (embedded under :/i18n).
void installTranslations(QCoreApplication &app);

} // namespace nocdesk
