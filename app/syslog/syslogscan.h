#pragma once

#include <QStringView>

// Hand-written scanners for the fixed vendor-code shapes. They replace anchored regular
// expressions on the hot path: a QRegularExpression match costs about a microsecond even when
// it fails at the first character, and every line goes through several of these checks.
namespace nocdesk::syslog::scan {

// [process[pid]: ]%FACILITY[-SUB...]-SEVERITY-MNEMONIC[ ]:[ ]   (Cisco IOS/NX-OS/XR, EOS)
struct CiscoCode
{
    QStringView process;
    QStringView pid;
    QStringView facility;
    QStringView severity;
    QStringView mnemonic;
    QStringView code;        // FACILITY-SEVERITY-MNEMONIC
    bool spaceBeforeColon = false;
    qsizetype end = 0;       // start of the message text
};
bool cisco(QStringView s, CiscoCode *out);

// [%%][dd]MODULE/severity/NAME[(x)][[seq]]:   (Huawei VRP)
struct HuaweiCode
{
    QStringView code;        // e.g. 01IFNET/4/IF_STATE
    QStringView sequence;
    qsizetype end = 0;
};
bool huawei(QStringView s, HuaweiCode *out);

// process[pid]:<spaces>
struct Process
{
    QStringView name;
    QStringView pid;
    qsizetype end = 0;
};
bool process(QStringView s, Process *out);
// Junos forwarding-engine prefix "fpc3 [fpc3] "
bool pfe(QStringView s, Process *out);

// Junos-style code, optionally after a lower-case daemon: "[daemon: ]UPPER_CODE[:line]:"
// or a function name "lower_name[:line]:". Returns the code and where the text starts.
bool junosTag(QStringView s, QStringView *tag, qsizetype *end);

} // namespace nocdesk::syslog::scan
