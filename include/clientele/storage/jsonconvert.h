#pragma once

#include "clientele/domain/staffrange.h"

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <stdexcept>
#include <string>

namespace clientele {

// Timestamps in JSON are ISO 8601 in UTC with milliseconds, the same text the workspace stores.
QString timestampToJsonText(const QDateTime &when);
// Accepts ISO 8601 with a time zone (Z or an offset); invalid for anything else, including a
// time without a zone, which would silently mean "wherever the importing computer is".
QDateTime timestampFromJsonText(const QString &text);

} // namespace clientele

// Conversions at the storage edge, so domain and Qt types can be assigned to and read from JSON
// directly. Templated on the JSON type so both nlohmann::json and ordered_json use them.
namespace nlohmann {

template <> struct adl_serializer<QString> {
    template <typename Json> static void to_json(Json &j, const QString &text)
    {
        j = text.toStdString();
    }
    template <typename Json> static void from_json(const Json &j, QString &text)
    {
        text = QString::fromStdString(j.template get<std::string>());
    }
};

// An unknown (invalid) timestamp is null.
template <> struct adl_serializer<QDateTime> {
    template <typename Json> static void to_json(Json &j, const QDateTime &when)
    {
        if (when.isValid())
            j = clientele::timestampToJsonText(when).toStdString();
        else
            j = nullptr;
    }
    template <typename Json> static void from_json(const Json &j, QDateTime &when)
    {
        if (j.is_null()) {
            when = QDateTime();
            return;
        }
        when =
            clientele::timestampFromJsonText(QString::fromStdString(j.template get<std::string>()));
        if (!when.isValid())
            throw std::invalid_argument("expected an ISO 8601 date and time with a time zone");
    }
};

// An identity is lowercase 8-4-4-4-12 text without braces; a null uuid is null.
template <> struct adl_serializer<QUuid> {
    template <typename Json> static void to_json(Json &j, const QUuid &uuid)
    {
        if (uuid.isNull())
            j = nullptr;
        else
            j = uuid.toString(QUuid::WithoutBraces).toStdString();
    }
    template <typename Json> static void from_json(const Json &j, QUuid &uuid)
    {
        uuid = j.is_null()
                   ? QUuid()
                   : QUuid::fromString(QString::fromStdString(j.template get<std::string>()));
    }
};

// An unset range is null; otherwise {"min": 5, "max": 200}.
template <> struct adl_serializer<clientele::StaffRange> {
    template <typename Json> static void to_json(Json &j, const clientele::StaffRange &range)
    {
        if (range.isEmpty())
            j = nullptr;
        else
            j = Json{{"min", range.minimum}, {"max", range.maximum}};
    }
    template <typename Json> static void from_json(const Json &j, clientele::StaffRange &range)
    {
        // Assigned member by member: StaffRange's layout is the domain's business.
        range = {};
        if (!j.is_null()) {
            range.minimum = j.at("min").template get<int>();
            range.maximum = j.at("max").template get<int>();
        }
    }
};

} // namespace nlohmann
