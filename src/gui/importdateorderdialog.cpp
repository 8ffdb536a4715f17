#include "clientele/gui/importdateorderdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace clientele {

namespace {

// "03/04/2024 → 3 April 2024", spelled out so the two readings cannot be confused.
QString readings(const QStringList &examples, DateOrder order)
{
    QStringList lines;
    for (const QString &example : examples) {
        const Result<QDate> date = parseDate(example, order);
        lines.append(
            QStringLiteral("%1 \u2192 %2")
                .arg(example.toHtmlEscaped(),
                     date ? QLocale(QLocale::English).toString(*date, QStringLiteral("d MMMM yyyy"))
                          : ImportDateOrderDialog::tr("not a date")));
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

ImportDateOrderDialog::ImportDateOrderDialog(const QString &fileName, const QStringList &examples,
                                             QWidget *parent)
    : QDialog(parent)
    , m_dayFirst(new QRadioButton(tr("&Day first (day/month/year)"), this))
    , m_monthFirst(new QRadioButton(tr("&Month first (month/day/year)"), this))
{
    setObjectName(QStringLiteral("importDateOrderDialog"));
    setWindowTitle(tr("Which Date Order?"));
    const QStringList shown = examples.mid(0, 4);
    auto *intro =
        new QLabel(tr("<p>Every date in \u201C%1\u201D could be read day-first or month-first, "
                      "so Clientele cannot tell which the file uses. How does your accounting "
                      "software write dates?</p>")
                       .arg(fileName.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    auto *dayReadings = new QLabel(readings(shown, DateOrder::DayMonthYear), this);
    auto *monthReadings = new QLabel(readings(shown, DateOrder::MonthDayYear), this);
    for (QLabel *label : {dayReadings, monthReadings}) {
        label->setContentsMargins(24, 0, 0, 8);
        label->setTextFormat(Qt::RichText);
    }
    m_dayFirst->setAccessibleDescription(dayReadings->text());
    m_monthFirst->setAccessibleDescription(monthReadings->text());
    auto *group = new QButtonGroup(this);
    group->addButton(m_dayFirst);
    group->addButton(m_monthFirst);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Import"));
    // Nothing is chosen for the user: the import waits for an answer.
    ok->setEnabled(false);
    connect(group, &QButtonGroup::buttonToggled, ok, [ok] { ok->setEnabled(true); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_dayFirst);
    layout->addWidget(dayReadings);
    layout->addWidget(m_monthFirst);
    layout->addWidget(monthReadings);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

DateOrder ImportDateOrderDialog::order() const
{
    if (m_dayFirst->isChecked())
        return DateOrder::DayMonthYear;
    if (m_monthFirst->isChecked())
        return DateOrder::MonthDayYear;
    return DateOrder::Auto;
}

} // namespace clientele
