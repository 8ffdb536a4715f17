#include "clientele/gui/onelinedelegate.h"

#include <catch2/catch.hpp>

#include <QFont>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>

using namespace clientele;

namespace {

// The box around a cell's text: the pixels that differ from the cell's own background.
QRect inkIn(const QImage &image, const QRect &cell)
{
    const QRgb background = image.pixel(cell.left() + 1, cell.top() + 1);
    QRect ink;
    for (int y = cell.top(); y <= cell.bottom(); ++y)
        for (int x = cell.left(); x <= cell.right(); ++x)
            if (image.pixel(x, y) != background)
                ink |= QRect(x, y, 1, 1);
    return ink;
}

QStandardItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QStandardItem(text);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

TEST_CASE("Table cells paint their text where the standard delegate does, elided to fit",
          "[gui][delegate]")
{
    QStandardItemModel model;
    const QString longText =
        QStringLiteral("Process audit, Recruitment support, Data migration, Strategy day");
    model.appendRow({cell(QStringLiteral("Acme Logistics Trust")),
                     cell(QStringLiteral("$35,810,407"), Qt::AlignRight | Qt::AlignVCenter),
                     cell(longText)});
    model.appendRow({cell(QStringLiteral("Bright Legal")),
                     cell(QStringLiteral("22"), Qt::AlignRight | Qt::AlignVCenter),
                     cell(QString())});
    // The same text in bold: what was shaped for the regular font must not be reused.
    QStandardItem *bold = cell(QStringLiteral("Acme Logistics Trust"));
    QFont boldFont;
    boldFont.setBold(true);
    bold->setFont(boldFont);
    model.appendRow({bold, cell(QStringLiteral("100"), Qt::AlignCenter), cell(longText)});

    QTableView view;
    view.setModel(&model);
    view.setAlternatingRowColors(true);
    view.setWordWrap(false);
    view.horizontalHeader()->setStretchLastSection(false);
    view.setColumnWidth(0, 220);
    view.setColumnWidth(1, 140);
    view.setColumnWidth(2, 160); // narrower than the long text
    view.resize(600, 200);
    view.selectRow(1); // selected text is painted in the highlight colours
    view.show();

    const auto paint = [&view](QAbstractItemDelegate *delegate) {
        view.setItemDelegate(delegate);
        return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    };
    QStyledItemDelegate standard;
    const QImage expected = paint(&standard);
    OneLineDelegate oneLine;
    const QImage painted = paint(&oneLine);
    const QImage again = paint(&oneLine); // from the shaped texts it keeps

    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QRect rect = view.visualRect(model.index(row, column));
            const QRect want = inkIn(expected, rect);
            const QRect got = inkIn(painted, rect);
            INFO("row " << row << ", column " << column);
            CHECK(got.isEmpty() == want.isEmpty());
            if (want.isEmpty())
                continue;
            CHECK(std::abs(got.left() - want.left()) <= 1);
            CHECK(std::abs(got.right() - want.right()) <= 1);
            CHECK(std::abs(got.top() - want.top()) <= 1);
            CHECK(std::abs(got.bottom() - want.bottom()) <= 1);
            CHECK(rect.contains(got));
            CHECK(inkIn(again, rect) == got);
        }
    }
    // Bold is wider than regular, and the long text was cut to its column.
    const QRect regular = inkIn(painted, view.visualRect(model.index(0, 0)));
    const QRect wider = inkIn(painted, view.visualRect(model.index(2, 0)));
    CHECK(wider.width() > regular.width());
    CHECK(inkIn(painted, view.visualRect(model.index(0, 2))).width() < 160);
}
