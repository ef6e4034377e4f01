#include "syslogrules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nocdesk::syslog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nocdesk::syslog::SyslogRuleSet", text);
}

constexpr bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

} // namespace

QString SyslogRuleSet::tagKey(const QString &tag)
{
    KeyBuffer buffer;
    const QStringView key = tagKey(tag, buffer);
    return key.data() == tag.constData() ? tag : key.toString();
}

QStringView SyslogRuleSet::tagKey(QStringView tag, KeyBuffer &buffer)
{
    // Huawei: [dd]MODULE/severity/NAME
    const qsizetype slash = tag.indexOf(u'/');
    if (slash > 0 && slash + 2 < tag.size() && isDigit(tag[slash + 1]) && tag[slash + 2] == u'/') {
        qsizetype b = 0;
        while (b < slash && isDigit(tag[b]))
            ++b;
        buffer.clear();
        buffer.append(tag.data() + b, slash - b);
        buffer.append(u'/');
        buffer.append(tag.data() + slash + 3, tag.size() - slash - 3);
        return QStringView(buffer.constData(), buffer.size());
    }
    // Cisco: FACILITY[-SUB]-severity-MNEMONIC
    for (qsizetype i = 1; i + 2 < tag.size(); ++i) {
        if (tag[i] == u'-' && isDigit(tag[i + 1]) && tag[i + 2] == u'-') {
            buffer.clear();
            buffer.append(tag.data(), i);
            buffer.append(tag.data() + i + 2, tag.size() - i - 2);
            return QStringView(buffer.constData(), buffer.size());
        }
    }
    return tag;
}

QString SyslogRuleSet::literalPrefix(const QString &pattern)
{
    if (!pattern.startsWith(u'^'))
        return {};
    // A top-level '|' makes the anchor apply to one branch only.
    int depth = 0;
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'\\') {
            ++i;
        } else if (inClass) {
            inClass = c != u']';
        } else if (c == u'[') {
            inClass = true;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            --depth;
        } else if (c == u'|' && depth == 0) {
            return {};
        }
    }
    static const QString meta = QStringLiteral(".^$|?*+()[]{}");
    QString out;
    qsizetype i = 1;
    while (i < pattern.size()) {
        QChar lit = pattern[i];
        qsizetype next = i + 1;
        if (lit == u'\\') {
            if (next >= pattern.size() || pattern[next].isLetterOrNumber())
                break; // \d, \s, back-references: not literal
            lit = pattern[next];
            ++next;
        } else if (meta.contains(lit)) {
            break;
        }
        if (next < pattern.size() && (pattern[next] == u'?' || pattern[next] == u'*' || pattern[next] == u'{'))
            break; // optional: not part of every match
        out.append(lit);
        if (next < pattern.size() && pattern[next] == u'+')
            break;
        i = next;
    }
    return out;
}

SyslogRuleSet SyslogRuleSet::defaults(QStringList *errors)
{
    SyslogRuleSet set;
    QDir dir(QStringLiteral(":/nocdesk/syslog-rules"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        QString err;
        if (!set.addFile(dir.filePath(f), DefaultLayer, &err) && errors)
            errors->append(err);
    }
    if (files.isEmpty() && errors)
        errors->append(tr("The embedded syslog rules are missing (resource :/nocdesk/syslog-rules)."));
    return set;
}

bool SyslogRuleSet::addFile(const QString &path, int layer, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read syslog rule file %1: %2").arg(path, f.errorString());
        return false;
    }
    return addJson(f.readAll(), QFileInfo(path).fileName(), layer, error);
}

int SyslogRuleSet::addDirectory(const QString &dirPath, QStringList *errors)
{
    QDir dir(dirPath);
    if (!dir.exists()) {
        if (errors)
            errors->append(tr("Syslog rule folder %1 does not exist.").arg(dirPath));
        return 0;
    }
    int loaded = 0;
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        QString err;
        if (addFile(dir.filePath(f), OperatorLayer, &err))
            ++loaded;
        else if (errors)
            errors->append(err);
    }
    return loaded;
}

bool SyslogRuleSet::addJson(const QByteArray &json, const QString &source, int layer, QString *error)
{
    auto fail = [&](const QString &msg) {
        if (error)
            *error = msg;
        return false;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull() || !doc.isObject())
        return fail(tr("%1: not a JSON object (%2 at offset %3)").arg(source, pe.errorString()).arg(pe.offset));
    const QJsonObject root = doc.object();

    QStringList fileOs;
    for (const QJsonValue &v : root.value(QLatin1String("os")).toArray())
        fileOs.append(v.toString());

    // Parse everything first so a broken file adds nothing.
    QList<SyslogRule> parsed;
    const QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject r = rules.at(i).toObject();
        const QString where = QStringLiteral("%1#%2").arg(source).arg(i);
        SyslogRule rule;
        rule.source = where;
        rule.layer = layer;
        rule.os = fileOs;
        if (r.contains(QLatin1String("os"))) {
            rule.os.clear();
            for (const QJsonValue &v : r.value(QLatin1String("os")).toArray())
                rule.os.append(v.toString());
        }
        for (const QJsonValue &v : r.value(QLatin1String("tags")).toArray())
            rule.tags.append(v.toString());
        const QString pattern = r.value(QLatin1String("pattern")).toString();
        if (!pattern.isEmpty()) {
            rule.pattern = SyslogPattern(pattern);
            if (!rule.pattern.isValid()) {
                return fail(tr("%1: invalid pattern at offset %2: %3")
                                .arg(where)
                                .arg(rule.pattern.errorOffset())
                                .arg(rule.pattern.errorString()));
            }
            rule.hasPattern = true;
            rule.literalPrefix = literalPrefix(pattern);
        }
        rule.kind = r.value(QLatin1String("kind")).toString();
        rule.kindBy = r.value(QLatin1String("kind_by")).toString();
        const QJsonObject kinds = r.value(QLatin1String("kinds")).toObject();
        for (auto it = kinds.begin(); it != kinds.end(); ++it)
            rule.kindMap.insert(it.key().toLower(), it.value().toString());
        const QJsonObject values = r.value(QLatin1String("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            rule.staticValues.append({it.key(), it.value().toString()});
        rule.setTag = r.value(QLatin1String("set_tag")).toString();
        if (!rule.hasPattern && rule.tags.isEmpty())
            return fail(tr("%1: a rule needs \"tags\" or a \"pattern\"").arg(where));
        parsed.append(rule);
    }

    const QJsonObject detect = root.value(QLatin1String("detect")).toObject();
    const QString detectOs = fileOs.value(0);
    if (!detect.isEmpty() && detectOs.isEmpty())
        return fail(tr("%1: \"detect\" needs the file's \"os\"").arg(source));
    for (const QJsonValue &v : detect.value(QLatin1String("facilities")).toArray())
        m_facilityOs.insert(v.toString(), detectOs);
    for (const QJsonValue &v : detect.value(QLatin1String("processes")).toArray())
        m_processOs.insert(v.toString(), detectOs);
    for (const QJsonValue &v : detect.value(QLatin1String("tag_prefixes")).toArray())
        m_tagPrefixOs.insert(v.toString(), detectOs);

    for (SyslogRule &rule : parsed) {
        m_rules.append(std::move(rule));
        index(int(m_rules.size()) - 1);
    }
    resolve();
    return true;
}

void SyslogRuleSet::insertByLayer(QList<int> &list, int ruleIndex)
{
    const int layer = m_rules.at(ruleIndex).layer;
    qsizetype pos = list.size();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (m_rules.at(list.at(i)).layer < layer) {
            pos = i;
            break;
        }
    }
    list.insert(pos, ruleIndex);
}

void SyslogRuleSet::index(int ruleIndex)
{
    const SyslogRule &rule = m_rules.at(ruleIndex);
    const QStringList oses = rule.os.isEmpty() ? QStringList{QStringLiteral("*")} : rule.os;
    for (const QString &os : oses) {
        if (rule.tags.isEmpty()) {
            insertByLayer(m_byOs[os], ruleIndex);
            continue;
        }
        for (const QString &t : rule.tags)
            insertByLayer(m_byOsTag[os][tagKey(t)], ruleIndex);
    }
}

void SyslogRuleSet::resolve()
{
    static const QString any = QStringLiteral("*");
    const QHash<QString, QList<int>> anyTag = m_byOsTag.value(any);
    const QList<int> anyTagless = m_byOs.value(any);
    const auto build = [&](const QString &os) {
        const QHash<QString, QList<int>> osTag = os == any ? QHash<QString, QList<int>>() : m_byOsTag.value(os);
        OsRules r;
        r.tagless = os == any ? anyTagless : m_byOs.value(os) + anyTagless;
        QStringList keys = osTag.keys() + anyTag.keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys))
            r.byTag.insert(key, osTag.value(key) + anyTag.value(key) + r.tagless);
        return r;
    };
    m_resolved.clear();
    QStringList oses = m_byOsTag.keys() + m_byOs.keys();
    oses.removeDuplicates();
    for (const QString &os : std::as_const(oses)) {
        if (os != any)
            m_resolved.insert(os, build(os));
    }
    m_resolvedAny = build(any);
}

const SyslogRule *SyslogRuleSet::find(const QString &os, QStringView tag, QStringView message,
                                      SyslogPattern::Groups *groups) const
{
    const auto osIt = m_resolved.constFind(os);
    const OsRules &rules = osIt == m_resolved.cend() ? m_resolvedAny : osIt.value();
    const QList<int> *list = &rules.tagless;
    if (!tag.isEmpty()) {
        KeyBuffer buffer; // the key on the stack: no allocation per line
        const auto it = rules.byTag.constFind(lookupKey(tagKey(tag, buffer)));
        if (it != rules.byTag.cend())
            list = &it.value();
    }
    for (int idx : *list) {
        const SyslogRule &rule = m_rules.at(idx);
        if (!rule.hasPattern)
            return &rule;
        if (!rule.literalPrefix.isEmpty() && !message.startsWith(rule.literalPrefix))
            continue;
        if (rule.pattern.match(message, groups))
            return &rule;
    }
    return nullptr;
}

} // namespace nocdesk::syslog
