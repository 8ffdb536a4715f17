#include "clientele/gui/chartactions.h"

#include "clientele/core/charteditor.h"
#include "clientele/gui/charttableview.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

namespace clientele {

ChartActions::ChartActions(ChartEditor *editor, ChartTableView *view, QWidget *menuParent)
    : QObject(view)
    , m_editor(editor)
    , m_view(view)
{
    m_clear = makeAction(tr("C&lear Cells"), QKeySequence(QKeySequence::Delete));
    m_fillDown = makeAction(tr("Fill &Down"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_fillRight = makeAction(tr("Fill Rig&ht"), QKeySequence(Qt::CTRL | Qt::Key_R));
    m_fillDown->setStatusTip(tr("Copies the top cell of the selection into the cells "
                                "below it"));
    m_fillRight->setStatusTip(tr("Copies the left cell of the selection into the "
                                 "cells to its right"));
    connect(m_clear, &QAction::triggered, view, &ChartTableView::clearCells);
    connect(m_fillDown, &QAction::triggered, view, &ChartTableView::fillDown);
    connect(m_fillRight, &QAction::triggered, view, &ChartTableView::fillRight);
    // Only while the grid itself has focus: in an open editor these keys edit the text.
    for (QAction *action : cellActions()) {
        action->setShortcutContext(Qt::WidgetShortcut);
        view->addAction(action);
    }

    m_flip = makeAction(tr("&Flip Grid"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_flip->setToolTip(tr("Show clients as rows instead of columns, or back (%1)")
                           .arg(m_flip->shortcut().toString(QKeySequence::NativeText)));
    connect(m_flip, &QAction::triggered, editor, &ChartEditor::flipOrientation);
    m_apply =
        makeAction(tr("A&pply to Profile\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_apply->setToolTip(tr("Fill a customer profile's segment from the ideal, with "
                           "a preview (%1)")
                            .arg(m_apply->shortcut().toString(QKeySequence::NativeText)));
    connect(m_apply, &QAction::triggered, this, &ChartActions::applyRequested);
    m_fitWeights =
        makeAction(tr("Fit &Weights\u2026"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W));
    m_fitWeights->setToolTip(tr("Choose which attributes count in a prospect's fit score, and "
                                "how much (%1)")
                                 .arg(m_fitWeights->shortcut().toString(QKeySequence::NativeText)));
    connect(m_fitWeights, &QAction::triggered, this, &ChartActions::fitWeightsRequested);
    m_backtest = makeAction(tr("Test the &Ideal on Customers\u2026"),
                            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    m_backtest->setToolTip(tr("Score your best imported customers against the ideal, to see "
                              "whether it describes them (%1)")
                               .arg(m_backtest->shortcut().toString(QKeySequence::NativeText)));
    connect(m_backtest, &QAction::triggered, this, &ChartActions::backtestRequested);
    m_showCharts = makeAction(tr("Show C&harts"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_showCharts->setCheckable(true);

    m_weightingMenu = new QMenu(tr("&Weighting"), menuParent);
    m_weightings = new QActionGroup(this);
    for (Weighting weighting : allWeightings()) {
        QAction *action = m_weightingMenu->addAction(weightingLabel(weighting));
        action->setCheckable(true);
        action->setData(int(weighting));
        action->setToolTip(weightingDescription(weighting));
        action->setStatusTip(weightingDescription(weighting));
        m_weightings->addAction(action);
        connect(action, &QAction::triggered, editor,
                [editor, weighting] { editor->setWeighting(weighting); });
    }
    m_weightingMenu->setToolTipsVisible(true);
    connect(editor, &ChartEditor::chartChanged, this, &ChartActions::updateActions);
    updateActions();
}

QAction *ChartActions::makeAction(const QString &text, const QKeySequence &key)
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    return action;
}

QList<QAction *> ChartActions::cellActions() const
{
    return {m_clear, m_fillDown, m_fillRight};
}

void ChartActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void ChartActions::updateActions()
{
    for (QAction *action : cellActions())
        action->setEnabled(!m_readOnly);
    m_flip->setEnabled(!m_readOnly);
    m_fitWeights->setEnabled(!m_readOnly);
    m_apply->setEnabled(!m_readOnly && !m_editor->chart().referenceClients().isEmpty());
    m_weightingMenu->setEnabled(!m_readOnly);
    const int current = int(m_editor->chart().weighting());
    for (QAction *action : m_weightings->actions())
        action->setChecked(action->data().toInt() == current);
}

} // namespace clientele
