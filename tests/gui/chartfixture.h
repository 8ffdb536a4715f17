#pragma once

#include "guifixture.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/models/chartmodel.h"
#include "clientele/domain/attributeset.h"
#include "clientele/gui/chartactions.h"
#include "clientele/gui/chartpage.h"
#include "clientele/gui/chartspanel.h"
#include "clientele/gui/charttableview.h"
#include "clientele/gui/chartviewmodel.h"

#include <QApplication>

// The ICP Chart page of a real main window, shown, with the grid focused on its first cell,
// and helpers that type as a user does: each key goes to whichever widget has focus.
struct ChartFixture : GuiFixture {
    clientele::ChartPage *page = nullptr;
    clientele::ChartTableView *grid = nullptr;

    ChartFixture()
    {
        page = window.showPage<clientele::ChartPage>();
        REQUIRE(page != nullptr);
        grid = page->grid();
        grid->setFocus();
        grid->setCurrentIndex(grid->model()->index(0, 0));
        QApplication::processEvents();
    }

    clientele::ChartEditor &editor() { return *workspace().chart(); }
    // Turns on the figures under the grid, as View ▸ Show Charts does.
    clientele::ChartsPanel *showCharts()
    {
        page->actions()->showChartsAction()->setChecked(true);
        QApplication::processEvents();
        clientele::ChartsPanel *charts = page->chartsPanel();
        REQUIRE(charts->isVisible());
        return charts;
    }
    const clientele::IcpChart &chart() { return editor().chart(); }

    qint64 client(int index) { return chart().clients().at(index).id; }
    qint64 attribute(clientele::StandardAttribute which) { return chart().attribute(which)->id; }
    QString cell(int clientIndex, clientele::StandardAttribute which)
    {
        return chart().cellText(client(clientIndex), attribute(which));
    }
    // What the derived column shows for an attribute.
    QString ideal(clientele::StandardAttribute which)
    {
        const QModelIndex at = grid->chartModel()->indexOf(0, attribute(which));
        return at.data(Qt::DisplayRole).toString();
    }

    QWidget *focus() { return QApplication::focusWidget(); }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        REQUIRE(focus() != nullptr);
        QTest::keyClick(focus(), key, modifiers);
    }
    void type(const QString &text)
    {
        for (const QChar c : text) {
            REQUIRE(focus() != nullptr);
            QTest::keyClicks(focus(), QString(c));
        }
    }
    int undoCount() { return workspace().undoStack()->count(); }
};
