#include "clientele/gui/settingsdialog.h"

#include "clientele/core/workspace.h"
#include "clientele/domain/textlanguage.h"
#include "themecolours.h"

#include <algorithm>

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QVBoxLayout>

namespace clientele {

namespace {

const QStringList kCurrencies = {
    QStringLiteral("AUD"), QStringLiteral("NZD"), QStringLiteral("USD"), QStringLiteral("CAD"),
    QStringLiteral("GBP"), QStringLiteral("EUR"), QStringLiteral("CHF"), QStringLiteral("SGD"),
    QStringLiteral("HKD"), QStringLiteral("JPY"), QStringLiteral("ZAR"), QStringLiteral("INR")};

QPixmap logoPixmap(const QString &path, const QSize &box)
{
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgRenderer renderer(path);
        if (!renderer.isValid())
            return {};
        QPixmap pixmap(renderer.defaultSize().scaled(box, Qt::KeepAspectRatio));
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        return pixmap;
    }
    const QPixmap image(path);
    return image.isNull() ? QPixmap()
                          : image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace

SettingsDialog::SettingsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_original(workspace->settings())
    , m_name(new QLineEdit(m_original.consultancyName, this))
    , m_contact(new QPlainTextEdit(m_original.contactDetails, this))
    , m_logoPath(new QLineEdit(m_original.logoPath, this))
    , m_logoPreview(new QLabel(this))
    , m_colourButton(new QPushButton(this))
    , m_colour(m_original.accentColor)
    , m_currency(new QComboBox(this))
    , m_taxNote(new QLineEdit(m_original.taxNote, this))
    , m_pageSize(new QComboBox(this))
    , m_documentLanguage(new QComboBox(this))
    , m_threshold(new QSpinBox(this))
    , m_approval(new QLineEdit(this))
    , m_approvalNote(new QLabel(this))
    , m_lostReasons(new QListWidget(this))
    , m_removeReason(new QPushButton(tr("&Remove"), this))
{
    setWindowTitle(tr("Workspace Settings"));
    m_name->setAccessibleName(tr("Consultancy name"));
    m_contact->setAccessibleName(tr("Contact details"));
    m_contact->setTabChangesFocus(true);
    m_contact->setFixedHeight(m_contact->fontMetrics().lineSpacing() * 4 + 12);
    m_logoPath->setAccessibleName(tr("Logo file"));
    m_logoPath->setPlaceholderText(tr("None"));
    m_logoPreview->setFixedSize(160, 56);
    m_logoPreview->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *chooseLogo = new QPushButton(tr("C&hoose\u2026"), this);
    auto *clearLogo = new QPushButton(tr("&No logo"), this);
    m_colourButton->setAccessibleName(tr("Accent colour"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setEditable(true);
    m_currency->addItems(kCurrencies);
    m_currency->setCurrentText(m_original.currency);
    m_taxNote->setAccessibleName(tr("Default tax note"));
    m_taxNote->setPlaceholderText(tr("e.g. All prices exclude GST"));
    m_pageSize->setAccessibleName(tr("Paper size"));
    // The workspace keeps the paper's English name, which the documents read.
    const QString a4 = QStringLiteral("A4");
    const QString letter = QStringLiteral("Letter");
    m_pageSize->addItem(tr("A4"), a4);
    m_pageSize->addItem(tr("Letter"), letter);
    if (const int size = m_pageSize->findData(m_original.pageSize); size >= 0)
        m_pageSize->setCurrentIndex(size);
    m_documentLanguage->setObjectName(QStringLiteral("documentLanguage"));
    m_documentLanguage->setAccessibleName(tr("Language of the documents"));
    m_documentLanguage->setToolTip(tr("The language of printouts and proposals, whatever the "
                                      "language of the application"));
    for (const QString &code : documentLanguages())
        m_documentLanguage->addItem(languageName(code), code);
    m_documentLanguage->setCurrentIndex(
        std::max(0, m_documentLanguage->findData(m_original.documentLanguage)));
    m_threshold->setAccessibleName(tr("Formal proposals from"));
    m_threshold->setRange(1, 100000);
    //: After the number of staff in a spin box: "20 staff".
    m_threshold->setSuffix(tr(" staff"));
    m_threshold->setValue(m_original.formalStaffThreshold);

    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPath, 1);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(clearLogo);
    auto *form = new QFormLayout;
    form->addRow(tr("Consultancy &name"), m_name);
    form->addRow(tr("&Contact details"), m_contact);
    // The row holds a layout, so the label is given its field for the mnemonic.
    auto *logoLabel = new QLabel(tr("&Logo (PNG or SVG)"), this);
    logoLabel->setBuddy(m_logoPath);
    form->addRow(logoLabel, logoRow);
    form->addRow(QString(), m_logoPreview);
    form->addRow(tr("&Accent colour"), m_colourButton);
    form->addRow(tr("C&urrency"), m_currency);
    form->addRow(tr("&Tax note"), m_taxNote);
    form->addRow(tr("&Paper size"), m_pageSize);
    form->addRow(tr("Documents &written in"), m_documentLanguage);
    form->addRow(tr("&Formal proposals from"), m_threshold);
    auto *hint = new QLabel(tr("Prospects with fewer staff get an informal, "
                               "letter-like proposal."),
                            this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    m_approval->setObjectName(QStringLiteral("approvalThreshold"));
    m_approval->setAccessibleName(tr("Approval needed above"));
    m_approval->setPlaceholderText(tr("0"));
    if (m_original.approvalThresholdMinor > 0)
        m_approval->setText(
            Money(m_original.approvalThresholdMinor, m_original.currency).toString());
    form->addRow(tr("&Approval needed above"), m_approval);
    // The line under the threshold explains it, or says what is wrong with it.
    m_approvalNote->setObjectName(QStringLiteral("approvalNote"));
    m_approvalNote->setWordWrap(true);
    form->addRow(QString(), m_approvalNote);
    form->addRow(tr("Lost &reasons you added"), buildLostReasons());
    // Not the workspace's: who is working on this computer, as the history names them.
    m_author = new QLineEdit(QSettings().value(kAuthorKey).toString(), this);
    m_author->setPlaceholderText(workspace->author());
    m_author->setToolTip(tr("How the history names your changes on this computer; "
                            "empty for your user name"));
    form->addRow(tr("&Your name in the history"), m_author);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(chooseLogo, &QPushButton::clicked, this, &SettingsDialog::chooseLogo);
    connect(clearLogo, &QPushButton::clicked, m_logoPath, &QLineEdit::clear);
    connect(m_logoPath, &QLineEdit::textChanged, this, &SettingsDialog::showLogo);
    connect(m_colourButton, &QPushButton::clicked, this, &SettingsDialog::chooseColour);
    connect(m_approval, &QLineEdit::textChanged, this, &SettingsDialog::check);
    connect(m_currency, &QComboBox::currentTextChanged, this, &SettingsDialog::check);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!problem().isEmpty())
            return;
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showLogo();
    showColour();
    check();
    resize(560, sizeHint().height());
}

WorkspaceSettings SettingsDialog::settings() const
{
    WorkspaceSettings settings = m_original;
    settings.consultancyName = m_name->text().trimmed();
    settings.contactDetails = m_contact->toPlainText().trimmed();
    settings.logoPath = m_logoPath->text().trimmed();
    settings.documentLanguage = m_documentLanguage->currentData().toString();
    settings.accentColor = m_colour;
    settings.currency = m_currency->currentText().trimmed().toUpper();
    settings.taxNote = m_taxNote->text().trimmed();
    settings.pageSize = m_pageSize->currentData().toString();
    settings.formalStaffThreshold = m_threshold->value();
    if (const auto threshold = approvalThreshold())
        settings.approvalThresholdMinor = threshold->minorUnits();
    settings.lostReasons.clear();
    for (int row = 0; row < m_lostReasons->count(); ++row)
        settings.lostReasons << m_lostReasons->item(row)->text();
    return settings;
}

void SettingsDialog::apply()
{
    // One step on the undo stack, whatever changed.
    m_workspace->setSettings(settings());
    QSettings().setValue(kAuthorKey, m_author->text().trimmed());
    m_workspace->setAuthor(m_author->text());
}

QWidget *SettingsDialog::buildLostReasons()
{
    m_lostReasons->setObjectName(QStringLiteral("lostReasons"));
    m_lostReasons->setAccessibleName(tr("Lost reasons you added"));
    m_lostReasons->addItems(m_original.lostReasons);
    m_lostReasons->setFixedHeight(m_lostReasons->fontMetrics().lineSpacing() * 3 + 8);
    m_removeReason->setObjectName(QStringLiteral("removeLostReason"));
    auto *note = new QLabel(this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *box = new QWidget(this);
    auto *layout = new QGridLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lostReasons, 0, 0, 2, 1);
    layout->addWidget(m_removeReason, 0, 1);
    layout->addWidget(note, 2, 0, 1, 2);
    const auto update = [this, note] {
        const bool none = m_lostReasons->count() == 0;
        m_lostReasons->setVisible(!none);
        m_removeReason->setVisible(!none);
        m_removeReason->setEnabled(m_lostReasons->currentRow() >= 0);
        note->setText(none ? tr("None yet: a reason typed when closing a proposal as lost "
                                "joins the list.")
                           : tr("Removing a reason keeps it on the proposals that gave it."));
    };
    connect(m_lostReasons, &QListWidget::currentRowChanged, this, update);
    connect(m_removeReason, &QPushButton::clicked, this, [this, update] {
        delete m_lostReasons->takeItem(m_lostReasons->currentRow());
        update();
    });
    update();
    return box;
}

Result<Money> SettingsDialog::approvalThreshold() const
{
    const QString currency = m_currency->currentText().trimmed().toUpper();
    const QString text = m_approval->text().trimmed();
    if (text.isEmpty())
        return Money(0, currency);
    auto parsed = Money::parse(text, currency);
    if (!parsed)
        return parsed;
    if (parsed->currency() != currency)
        return Error{
            tr("Give the approval threshold in %1, the workspace's currency.").arg(currency)};
    if (parsed->isNegative())
        return Error{tr("The approval threshold cannot be negative.")};
    return parsed;
}

QString SettingsDialog::problem() const
{
    return approvalThreshold().errorMessage();
}

void SettingsDialog::check()
{
    const QString message = problem();
    m_approvalNote->setText(message.isEmpty()
                                ? tr("A formal proposal whose one-off total is above this needs an "
                                     "internal approval before it is sent; 0: never.")
                                : message);
    m_approvalNote->setStyleSheet(
        message.isEmpty() ? QString()
                          : QStringLiteral("color: %1;").arg(problemColour(palette()).name()));
    if (m_ok)
        m_ok->setEnabled(message.isEmpty());
}

void SettingsDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Logo"), m_logoPath->text(),
                                                      tr("Images (*.png *.svg)"));
    if (!path.isEmpty())
        m_logoPath->setText(path);
}

void SettingsDialog::chooseColour()
{
    const QColor chosen = QColorDialog::getColor(QColor(m_colour), this, tr("Accent Colour"));
    if (chosen.isValid()) {
        m_colour = chosen.name();
        showColour();
    }
}

void SettingsDialog::showLogo()
{
    const QString path = m_logoPath->text().trimmed();
    const QPixmap logo = path.isEmpty() ? QPixmap() : logoPixmap(path, m_logoPreview->size());
    if (!logo.isNull())
        m_logoPreview->setPixmap(logo);
    else
        m_logoPreview->setText(path.isEmpty() ? tr("No logo") : tr("Cannot read this image"));
}

void SettingsDialog::showColour()
{
    QPixmap swatch(28, 16);
    swatch.fill(QColor(m_colour));
    m_colourButton->setIcon(QIcon(swatch));
    m_colourButton->setText(QStringLiteral("%1\u2026").arg(m_colour));
}

} // namespace clientele
