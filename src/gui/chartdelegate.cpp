#include "clientele/gui/chartdelegate.h"

#include "chartmoneyedit.h"
#include "charttagscompleter.h"
#include "clientele/core/charteditor.h"
#include "clientele/core/models/chartmodel.h"
#include "clientele/domain/charttext.h"
#include "clientele/gui/chartviewmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>

namespace clientele {

namespace {

constexpr int kPadding = 6;

std::optional<ChartDelegate::Move> moveFor(const QKeyEvent *key)
{
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return key->modifiers() & Qt::ShiftModifier ? ChartDelegate::Move::Up
                                                    : ChartDelegate::Move::Down;
    case Qt::Key_Tab:
        return key->modifiers() & Qt::ShiftModifier ? ChartDelegate::Move::Left
                                                    : ChartDelegate::Move::Right;
    case Qt::Key_Backtab: return ChartDelegate::Move::Left;
    default: return std::nullopt;
    }
}

} // namespace

QString ChartDelegate::placeholderFor(AttributeType type)
{
    switch (type) {
    case AttributeType::NumberOrRange: return tr("40 or 20-50");
    case AttributeType::Years: return tr("4 or 3-5");
    case AttributeType::MoneyOrRange: return tr("1,200 or 1M-5M");
    case AttributeType::Location: return tr("Parramatta (12 km)");
    case AttributeType::Tags: return tr("tag, tag, \u2026");
    default: return {};
    }
}

ChartDelegate::ChartDelegate(ChartEditor *editor, ChartModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_editor(editor)
    , m_model(model)
{
}

QStringList ChartDelegate::suggestions(const Attribute &attribute) const
{
    // The listed values first, then the consultant's own ones from other cells.
    QStringList values = attribute.values;
    const IcpChart &chart = m_editor->chart();
    for (const ChartClient &client : chart.clients()) {
        const ChartValue value = chart.value(client.id, attribute.id);
        QStringList own;
        if (const QString *text = value.text())
            own << *text;
        if (const QStringList *tags = value.tags())
            own << *tags;
        for (const QString &word : std::as_const(own))
            if (!word.isEmpty() && !values.contains(word, Qt::CaseInsensitive))
                values << word;
    }
    return values;
}

QWidget *ChartDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    Q_UNUSED(option);
    const IcpChart &chart = m_editor->chart();
    const Attribute *attribute =
        chart.attribute(index.data(ChartModel::AttributeIdRole).toLongLong());
    if (!attribute)
        return nullptr;
    const ChartClient *client = chart.client(index.data(ChartModel::ClientIdRole).toLongLong());
    QWidget *editor = nullptr;
    QLineEdit *line = nullptr;
    switch (attribute->type) {
    case AttributeType::Category: {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItems(suggestions(*attribute));
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->completer()->setFilterMode(Qt::MatchStartsWith);
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        line = combo->lineEdit();
        editor = combo;
        break;
    }
    case AttributeType::YesNo: {
        auto *combo = new QComboBox(parent);
        combo->addItems(
            {yesNoChoiceText(std::nullopt), yesNoChoiceText(true), yesNoChoiceText(false)});
        editor = combo;
        break;
    }
    case AttributeType::MoneyOrRange:
        editor = line = new ChartMoneyEdit(chart.currency(), parent);
        break;
    case AttributeType::Tags:
        line = new QLineEdit(parent);
        line->setCompleter(new ChartTagsCompleter(suggestions(*attribute), line));
        editor = line;
        break;
    case AttributeType::Text:
        line = new QLineEdit(parent);
        line->setCompleter(new QCompleter(suggestions(*attribute), line));
        line->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        editor = line;
        break;
    default: editor = line = new QLineEdit(parent); break;
    }
    if (line) {
        line->setPlaceholderText(placeholderFor(attribute->type));
        if (attribute->type == AttributeType::NumberOrRange
            || attribute->type == AttributeType::Years)
            line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    editor->setToolTip(attributeTypeHint(attribute->type));
    editor->setAccessibleName(
        tr("%1 of %2").arg(attribute->label, client ? client->name : QString()));
    editor->setAutoFillBackground(true);
    m_cells.insert(editor, QPersistentModelIndex(index));
    if (line && line != editor)
        line->installEventFilter(const_cast<ChartDelegate *>(this));
    connect(editor, &QObject::destroyed, this, [this, editor] { m_cells.remove(editor); });
    return editor;
}

QString ChartDelegate::editorText(const QWidget *editor)
{
    if (const auto *combo = qobject_cast<const QComboBox *>(editor))
        return combo->currentText();
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text();
    return {};
}

void ChartDelegate::setEditorText(QWidget *editor, const QString &text)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->isEditable()) {
            combo->setCurrentText(text);
            combo->lineEdit()->selectAll();
        } else {
            const int found = combo->findText(text, Qt::MatchFixedString);
            combo->setCurrentIndex(found >= 0 ? found : 0);
        }
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(text);
        line->selectAll();
    }
}

void ChartDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    setEditorText(editor, index.data(Qt::EditRole).toString());
}

QString ChartDelegate::problem(const QModelIndex &index, const QString &text) const
{
    if (index.data(ChartModel::IsIdealRole).toBool())
        return tr("The ideal profile is computed from the clients and cannot be "
                  "typed into.");
    const IcpChart &chart = m_editor->chart();
    const Attribute *attribute =
        chart.attribute(index.data(ChartModel::AttributeIdRole).toLongLong());
    if (!attribute)
        return tr("That attribute is no longer in the chart.");
    return parseCell(*attribute, text, chart.currency()).errorMessage();
}

void ChartDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    auto *self = const_cast<ChartDelegate *>(this);
    const QString text = editorText(editor);
    // Compare with what the cell holds so that leaving a cell untouched adds no undo step.
    if (text == index.data(Qt::EditRole).toString())
        return;
    const QString why = problem(index, text);
    if (!why.isEmpty()) {
        Q_EMIT self->inputRefused(index, text, why, false);
        return;
    }
    if (!model->setData(index, text, Qt::EditRole) && !m_model->lastError().isEmpty())
        Q_EMIT self->inputRefused(index, text, m_model->lastError(), false);
}

QWidget *ChartDelegate::editorFor(QObject *object) const
{
    for (QObject *at = object; at; at = at->parent()) {
        if (m_cells.contains(at))
            return qobject_cast<QWidget *>(at);
    }
    return nullptr;
}

bool ChartDelegate::eventFilter(QObject *object, QEvent *event)
{
    QWidget *editor = editorFor(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (const auto move = moveFor(key)) {
            const QPersistentModelIndex index = m_cells.value(editor);
            const QString text = editorText(editor);
            const QString why =
                text == index.data(Qt::EditRole).toString() ? QString() : problem(index, text);
            if (!why.isEmpty()) {
                // Refused in place: the editor stays open with the text to correct.
                Q_EMIT inputRefused(index, text, why, true);
                return true;
            }
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
            Q_EMIT editFinished(*move);
            return true;
        }
    }
    // Only the editor itself gets the standard handling (Escape, focus out).
    if (editor && object != editor)
        return false;
    return QStyledItemDelegate::eventFilter(object, event);
}

void ChartDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    // The style draws the background, selection and focus; the text is drawn here with room
    // to either side and wrapped, so long values never run into the next cell.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    QColor ink = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    if (!selected && index.data(Qt::ForegroundRole).canConvert<QColor>())
        ink = index.data(Qt::ForegroundRole).value<QColor>();
    const QRect area = opt.rect.adjusted(kPadding, 2, -kPadding, -2);
    const int align = int(opt.displayAlignment & Qt::AlignHorizontal_Mask);
    const bool ideal = index.data(ChartModel::IsIdealRole).toBool();
    const QString knownText = ideal ? index.data(ChartModel::KnownTextRole).toString() : QString();
    const bool showKnown = !text.isEmpty() && !knownText.isEmpty();
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.85);
    const int knownHeight = showKnown ? QFontMetrics(small).height() : 0;
    QRect main = area.adjusted(ideal ? 3 : 0, 0, 0, -knownHeight);
    painter->setPen(ink);
    painter->setFont(opt.font);
    painter->drawText(main, align | Qt::AlignVCenter | Qt::TextWordWrap,
                      text.isEmpty() && ideal ? QStringLiteral("\u2014") : text);
    if (showKnown) {
        QColor quiet = ink;
        quiet.setAlphaF(0.62);
        painter->setPen(quiet);
        painter->setFont(small);
        painter->drawText(QRect(main.left(), main.bottom() + 1, main.width(), knownHeight),
                          align | Qt::AlignVCenter, knownText);
    }
    if (!index.data(ChartModel::NoteRole).toString().isEmpty()) {
        // A note: a small triangle in the top right corner, as spreadsheets mark comments; the
        // tooltip shows it.
        const QRect r = option.rect;
        const int size = std::max(5, opt.fontMetrics.height() / 3);
        const QPolygon corner({QPoint(r.right() - size, r.top()), QPoint(r.right(), r.top()),
                               QPoint(r.right(), r.top() + size)});
        const auto *view = qobject_cast<const ChartViewModel *>(index.model());
        painter->setPen(Qt::NoPen);
        painter->setBrush(view ? view->accentColor() : opt.palette.color(QPalette::Highlight));
        painter->drawPolygon(corner);
    }
    if (ideal) {
        // A rule in the accent colour sets the derived column apart from the clients.
        const auto *view = qobject_cast<const ChartViewModel *>(index.model());
        const QColor accent = view ? view->accentColor() : opt.palette.color(QPalette::Highlight);
        painter->setPen(QPen(accent, 2));
        if (m_model->clientHeader() == Qt::Horizontal)
            painter->drawLine(option.rect.topLeft() + QPoint(1, 0),
                              option.rect.bottomLeft() + QPoint(1, 0));
        else
            painter->drawLine(option.rect.topLeft() + QPoint(0, 1),
                              option.rect.topRight() + QPoint(0, 1));
    }
    painter->restore();
}

QSize ChartDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    if (opt.rect.width() > 2 * kPadding)
        opt.rect.setWidth(opt.rect.width() - 2 * kPadding - 4);
    QSize size = QStyledItemDelegate::sizeHint(opt, index);
    size += QSize(2 * kPadding + 4, 8);
    if (index.data(ChartModel::IsIdealRole).toBool()) {
        QFont known = option.font;
        known.setPointSizeF(option.font.pointSizeF() * 0.85);
        size.rheight() += QFontMetrics(known).height();
    }
    return size;
}

} // namespace clientele
