#include "undonotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

namespace clientele {

namespace {
// Long enough to read the sentence and reach the button.
constexpr int kShownMs = 8000;
} // namespace

UndoNotice *UndoNotice::of(QMainWindow *window)
{
    QStatusBar *bar = window->statusBar();
    if (auto *notice = bar->findChild<UndoNotice *>())
        return notice;
    auto *notice = new UndoNotice(bar);
    bar->insertWidget(0, notice);
    notice->hide();
    return notice;
}

UndoNotice::UndoNotice(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_undo(new QToolButton(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("undoNotice"));
    m_message->setObjectName(QStringLiteral("undoNoticeMessage"));
    m_undo->setObjectName(QStringLiteral("undoNoticeButton"));
    m_undo->setText(tr("Undo"));
    m_undo->setAutoRaise(true);
    m_undo->setCursor(Qt::PointingHandCursor);
    QFont link = m_undo->font();
    link.setUnderline(true);
    m_undo->setFont(link);
    m_undo->setForegroundRole(QPalette::Link);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 12, 0);
    layout->setSpacing(4);
    layout->addWidget(m_message);
    layout->addWidget(m_undo);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kShownMs);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_undo, &QToolButton::clicked, this, &UndoNotice::undo);
}

void UndoNotice::offer(const QString &message, QUndoStack *stack)
{
    if (m_stack)
        disconnect(m_stack, nullptr, this, nullptr);
    m_stack = stack;
    m_index = stack->index();
    connect(stack, &QUndoStack::indexChanged, this, &UndoNotice::stackMoved);
    m_message->setText(message);
    m_undo->setAccessibleName(tr("Undo: %1").arg(message));
    show();
    m_timer->start();
}

void UndoNotice::undo()
{
    if (m_stack && m_stack->index() == m_index)
        m_stack->undo();
    hide();
}

void UndoNotice::stackMoved(int index)
{
    if (index != m_index)
        hide();
}

} // namespace clientele
