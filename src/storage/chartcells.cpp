#include "chartcells.h"

#include "sqltext.h"

#include <QCoreApplication>
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <nlohmann/json.hpp>

#include <stdexcept>

namespace clientele::sql {

std::string stringListToJson(const QStringList &list)
{
    nlohmann::json array = nlohmann::json::array();
    for (const QString &item : list)
        array.push_back(item.toStdString());
    return array.dump();
}

QStringList stringListFromJson(const QString &text)
{
    QStringList list;
    const auto array = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (!array.is_array())
        throw std::runtime_error(QCoreApplication::translate("clientele::ChartRepository",
                                                             "a chart list is not a JSON array of "
                                                             "text")
                                     .toStdString());
    for (const auto &item : array) {
        if (!item.is_string())
            throw std::runtime_error(QCoreApplication::translate("clientele::ChartRepository",
                                                                 "a chart list holds something "
                                                                 "other than text")
                                         .toStdString());
        list << QString::fromStdString(item.get<std::string>());
    }
    return list;
}

namespace {

void bindNullable(SQLite::Statement &statement, int index, const std::optional<double> &value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bind(index);
}

} // namespace

void bindValue(SQLite::Statement &row, int first, const ChartValue &value)
{
    for (int i = first; i < first + 9; ++i)
        row.bind(i);
    auto bindText = [&](int offset, const QString &text) {
        row.bind(first + offset, sql::utf8(text));
    };
    if (const auto *number = value.number()) {
        bindText(0, QStringLiteral("number"));
        row.bind(first + 2, number->minimum);
        row.bind(first + 3, number->maximum);
    } else if (const auto *money = value.money()) {
        bindText(0, QStringLiteral("money"));
        row.bind(first + 4, static_cast<int64_t>(money->minimum.minorUnits()));
        row.bind(first + 5, static_cast<int64_t>(money->maximum.minorUnits()));
        bindText(6, money->minimum.currency());
    } else if (const auto *text = value.text()) {
        bindText(0, QStringLiteral("text"));
        bindText(1, *text);
    } else if (const auto *tags = value.tags()) {
        bindText(0, QStringLiteral("tags"));
        row.bind(first + 7, stringListToJson(*tags));
    } else if (const auto *place = value.place()) {
        bindText(0, QStringLiteral("place"));
        bindText(1, place->name);
        bindNullable(row, first + 2, place->distanceKm);
    } else if (const auto yes = value.yesNo()) {
        bindText(0, QStringLiteral("yesNo"));
        row.bind(first + 8, *yes ? 1 : 0);
    } else {
        throw std::logic_error("an unknown chart value is not stored");
    }
}

ChartValue readValue(SQLite::Statement &row, int first)
{
    const QString kind = sql::text(row.getColumn(first));
    auto column = [&](int offset) { return row.getColumn(first + offset); };
    if (kind == QStringLiteral("number"))
        return ChartValue::fromNumber({column(2).getDouble(), column(3).getDouble()});
    if (kind == QStringLiteral("money")) {
        const QString currency = sql::text(column(6));
        return ChartValue::fromMoney(
            {Money(column(4).getInt64(), currency), Money(column(5).getInt64(), currency)});
    }
    if (kind == QStringLiteral("text"))
        return ChartValue::fromText(sql::text(column(1)));
    if (kind == QStringLiteral("tags"))
        return ChartValue::fromTags(stringListFromJson(sql::text(column(7))));
    if (kind == QStringLiteral("place")) {
        ChartPlace place{sql::text(column(1)), std::nullopt};
        if (!column(2).isNull())
            place.distanceKm = column(2).getDouble();
        return ChartValue::fromPlace(place);
    }
    if (kind == QStringLiteral("yesNo"))
        return ChartValue::fromYesNo(column(8).getInt() != 0);
    throw std::runtime_error(QCoreApplication::translate("clientele::ChartRepository",
                                                         "a chart cell has an unknown kind of "
                                                         "value")
                                 .toStdString());
}

} // namespace clientele::sql
