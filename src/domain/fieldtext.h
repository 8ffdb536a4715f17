#pragma once

// How item fields are written as text and read back, shared by the field tables of
// itemfields.cpp (profiles, offers, settings) and proposalfields.cpp.

#include "clientele/domain/itemfields.h"
#include "clientele/domain/money.h"

#include <QCoreApplication>
#include <QDate>

namespace clientele::detail {

// --- Text forms of values -----------------------------------------------------------------

// A part of a line: tabs and line breaks would split it, so they become spaces.
inline QString part(const QString &text)
{
    QString flat = text;
    flat.replace(u'\t', u' ').replace(u'\n', u' ');
    return flat;
}

inline QStringList linesOf(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

inline QString moneyText(const Money &money)
{
    return money.currency() + u' ' + money.toString();
}

inline Result<Money> moneyFrom(const QString &text, const QString &currency)
{
    return Money::parse(text, currency);
}

inline QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

inline Result<QDate> dateFrom(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return Error{QCoreApplication::translate("clientele::ItemField",
                                                 "\u201C%1\u201D is not a date (YYYY-MM-DD).")
                         .arg(text)};
    return date;
}

inline Result<int> countFrom(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0)
        return Error{
            QCoreApplication::translate("clientele::ItemField",
                                        "\u201C%1\u201D is not a whole number of 0 or more.")
                .arg(text)};
    return value;
}

inline QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("clientele::ItemField", "yes")
                 : QCoreApplication::translate("clientele::ItemField", "no");
}

// The word yesNo() writes, or the English one.
inline Result<bool> yesNoFrom(const QString &text)
{
    const QString word = text.trimmed().toLower();
    if (word == u"yes" || word == yesNo(true).toLower())
        return true;
    if (word == u"no" || word == yesNo(false).toLower())
        return false;
    return Error{
        QCoreApplication::translate("clientele::ItemField", "\u201C%1\u201D is neither yes nor no.")
            .arg(text)};
}

// An enum shown by its label and read back from its label or its key.
template <typename Enum>
Result<Enum> choiceFrom(const QString &text, const QList<Enum> &all, QString (*label)(Enum),
                        QString (*key)(Enum))
{
    for (Enum value : all)
        if (text.compare(label(value), Qt::CaseInsensitive) == 0
            || text.compare(key(value), Qt::CaseInsensitive) == 0)
            return value;
    return Error{QCoreApplication::translate("clientele::ItemField",
                                             "\u201C%1\u201D is not one of the choices.")
                     .arg(text)};
}

template <typename Item> using Field = ItemField<Item>;
using Label = std::function<QString()>;

// A label of the tables below, translated when it is read.
inline Label labelOf(const char *text)
{
    return [text] { return QCoreApplication::translate("clientele::ItemField", text); };
}

// A plain text member.
template <typename Item>
Field<Item> textField(const QString &key, const Label &label, QString Item::*member)
{
    return {key, label, [member](const Item &item) { return item.*member; },
            [member](Item &item, const QString &text) {
                item.*member = text;
                return success();
            }};
}

// A list of plain lines.
template <typename Item>
Field<Item> linesField(const QString &key, const Label &label,
                       std::function<QStringList(const Item &)> list,
                       std::function<QStringList &(Item &)> change)
{
    return {key, label, [list](const Item &item) { return list(item).join(u'\n'); },
            [change](Item &item, const QString &text) {
                change(item) = linesOf(text);
                return success();
            }};
}

} // namespace clientele::detail
