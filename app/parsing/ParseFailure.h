#pragma once

#include <QString>

#include <exception>

namespace nocdesk::parsing {

// Thrown by a parser that cannot read its part; the processor running it catches it and
// records the reason. It never leaves the parsing subsystem.
class ParseFailure : public std::exception
{
public:
    explicit ParseFailure(QString reason) : m_reason(std::move(reason)) {}
    [[nodiscard]] const QString &reason() const { return m_reason; }
    const char *what() const noexcept override { return "nocdesk::parsing::ParseFailure"; }

private:
    QString m_reason;
};

} // namespace nocdesk::parsing
