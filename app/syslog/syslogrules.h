#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include "syslogpattern.h"

namespace nocdesk::syslog {

// One message rule from a rule file: which vendor codes it applies to, the regular expression
// whose named groups become key values, and the vendor-neutral kind.
struct SyslogRule
{
    QStringList os;                  // empty: any os
    QStringList tags;                // as written in the file; empty: any tag of those os
    SyslogPattern pattern;           // matched against the message text
    bool hasPattern = false;         // without: the rule applies to every message of its tags
    QString literalPrefix;           // text every match starts with; checked before the regex
    QString kind;
    QString kindBy;                  // value whose (lower-cased) text selects from kindMap
    QHash<QString, QString> kindMap;
    QList<QPair<QString, QString>> staticValues; // added unless captured
    QString setTag;                  // replaces the detected tag (e.g. Junos alarmd "Alarm set")
    QString source;                  // "file.json#3", for diagnostics
    int layer = 0;                   // 0 embedded defaults, 1 operator files (win over 0)
};

// Rules plus the vendor detection hints the files carry. Built once, then read-only and safe
// to share between threads (SyslogPattern matching is const and reentrant).
class SyslogRuleSet
{
public:
    static constexpr int DefaultLayer = 0;
    static constexpr int OperatorLayer = 1;

    // The rule files embedded as Qt resources under :/nocdesk/syslog-rules/.
    [[nodiscard]] static SyslogRuleSet defaults(QStringList *errors = nullptr);

    bool addJson(const QByteArray &json, const QString &source, int layer, QString *error);
    bool addFile(const QString &path, int layer, QString *error);
    // Every *.json in dir, in name order, as operator rules. Returns the number of files loaded.
    int addDirectory(const QString &dir, QStringList *errors);

    [[nodiscard]] int ruleCount() const { return int(m_rules.size()); }

    // First rule (operator rules first, then defaults; tag-specific before tag-less) whose
    // pattern matches. `groups` receives the pattern's groups (left empty for a rule without
    // a pattern). `message` must be valid UTF-16 (no lone surrogates): it is not checked again.
    [[nodiscard]] const SyslogRule *find(const QString &os, QStringView tag, QStringView message,
                                         SyslogPattern::Groups *groups) const;

    // Detection hints: which os a Cisco-style facility, a process name or a tag prefix
    // (text before the first '_') points to. Empty when unknown.
    // (Looked up through a QString over the caller's characters, not a copy of them: these
    // run for every line.)
    [[nodiscard]] QString osForFacility(QStringView facility) const { return m_facilityOs.value(lookupKey(facility)); }
    [[nodiscard]] QString osForProcess(QStringView process) const { return m_processOs.value(lookupKey(process)); }
    [[nodiscard]] QString osForTagPrefix(QStringView prefix) const { return m_tagPrefixOs.value(lookupKey(prefix)); }

    // Lookup key for a vendor code: the severity digit is dropped so that one rule covers
    // LINEPROTO-5-UPDOWN and a platform's LINEPROTO-3-UPDOWN; Huawei's version prefix likewise
    // (01IFNET/4/IF_STATE -> IFNET/IF_STATE).
    [[nodiscard]] static QString tagKey(const QString &tag);
    // The same in a buffer of the caller's (or tag itself when nothing is dropped).
    using KeyBuffer = QVarLengthArray<QChar, 96>;
    [[nodiscard]] static QStringView tagKey(QStringView tag, KeyBuffer &buffer);
    // Literal text an anchored pattern ("^Interface (?<if>...") must start with; empty when
    // it cannot be known (alternation, optional first token, case-insensitive, ...).
    [[nodiscard]] static QString literalPrefix(const QString &pattern);

private:
    // Valid while the viewed characters are: for a look-up only.
    static QString lookupKey(QStringView v) { return QString::fromRawData(v.data(), v.size()); }
    void index(int ruleIndex);
    void insertByLayer(QList<int> &list, int ruleIndex);
    void resolve();

    // Every rule find() may try for one os, in the order it tries them: the os's rules for
    // the tag, any os's rules for the tag, the os's tag-less rules, any os's tag-less rules.
    // Merged once when rules are added, so that a line costs two look-ups, not four.
    struct OsRules
    {
        QHash<QString, QList<int>> byTag; // tag key -> rules
        QList<int> tagless;               // for a tag no rule names
    };

    QList<SyslogRule> m_rules;
    QHash<QString, QHash<QString, QList<int>>> m_byOsTag; // os -> tag key -> rules ("*" = any os)
    QHash<QString, QList<int>> m_byOs;      // tag-less rules per os ("*" = any os)
    QHash<QString, OsRules> m_resolved;     // per os named by a rule
    OsRules m_resolvedAny;                  // for any other os
    QHash<QString, QString> m_facilityOs;
    QHash<QString, QString> m_processOs;
    QHash<QString, QString> m_tagPrefixOs;
};

} // namespace nocdesk::syslog
