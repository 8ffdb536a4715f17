#include "clientele/gui/theme.h"

#include "themecolours.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QProxyStyle>
#include <QSettings>
#include <QStyleFactory>
#include <QStyleOption>

#include <optional>

namespace clientele {

namespace {

const QString kThemeKey = QStringLiteral("view/theme");

// The style the application started with, for System.
const QString &systemStyleName()
{
    static const QString name = QApplication::style()->name();
    return name;
}

// None until the first window applies the saved choice.
std::optional<Theme> &appliedTheme()
{
    static std::optional<Theme> theme;
    return theme;
}

// A style whose check boxes and radio buttons are outlined in a colour that stands out from the
// field: Fusion's own outline is a shade of the window and vanishes on dark palettes. With
// `onlyWhenDark`, light palettes keep the base style's own indicators.
class OutlinedIndicators : public QProxyStyle {
public:
    OutlinedIndicators(QStyle *base, bool onlyWhenDark)
        : QProxyStyle(base)
        , m_onlyWhenDark(onlyWhenDark)
    {
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        const bool box = element == PE_IndicatorCheckBox;
        if ((!box && element != PE_IndicatorRadioButton)
            || (option->state.testFlag(State_HasFocus)
                && option->state.testFlag(State_KeyboardFocusChange))
            || (m_onlyWhenDark && !isDarkPalette(option->palette)))
            return;
        const QPalette &palette = option->palette;
        const QColor edge =
            blend(palette.color(QPalette::Base), palette.color(QPalette::WindowText), 0.55);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(edge);
        painter->setBrush(Qt::NoBrush);
        const QRectF frame = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (box)
            painter->drawRoundedRect(frame, 1.5, 1.5);
        else
            painter->drawEllipse(frame.adjusted(0.5, 0.5, -0.5, -0.5));
        painter->restore();
    }

private:
    bool m_onlyWhenDark;
};

// Light and Dark: Fusion with outlined indicators.
class ThemeStyle : public OutlinedIndicators {
public:
    ThemeStyle()
        : OutlinedIndicators(QStyleFactory::create(QStringLiteral("Fusion")), false)
    {
    }

    // Etched disabled text doubles up into a blur on a dark palette.
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returned) const override
    {
        if (hint == SH_EtchDisabledText)
            return 0;
        return OutlinedIndicators::styleHint(hint, option, widget, returned);
    }
};

void setBoth(QPalette &palette, QPalette::ColorRole role, const QColor &colour)
{
    palette.setColor(QPalette::Active, role, colour);
    palette.setColor(QPalette::Inactive, role, colour);
}

QPalette lightPalette()
{
    QPalette palette;
    const QColor text(0x1d, 0x1f, 0x22);
    setBoth(palette, QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    setBoth(palette, QPalette::WindowText, text);
    setBoth(palette, QPalette::Base, Qt::white);
    setBoth(palette, QPalette::AlternateBase, QColor(0xf5, 0xf6, 0xf7));
    setBoth(palette, QPalette::ToolTipBase, QColor(0xff, 0xfd, 0xe7));
    setBoth(palette, QPalette::ToolTipText, text);
    setBoth(palette, QPalette::PlaceholderText, QColor(0x6b, 0x6f, 0x75));
    setBoth(palette, QPalette::Text, text);
    setBoth(palette, QPalette::Button, QColor(0xf4, 0xf5, 0xf6));
    setBoth(palette, QPalette::ButtonText, text);
    setBoth(palette, QPalette::BrightText, Qt::white);
    setBoth(palette, QPalette::Light, Qt::white);
    setBoth(palette, QPalette::Midlight, QColor(0xe2, 0xe4, 0xe6));
    setBoth(palette, QPalette::Mid, QColor(0xc3, 0xc6, 0xca));
    setBoth(palette, QPalette::Dark, QColor(0x9c, 0xa0, 0xa5));
    setBoth(palette, QPalette::Shadow, QColor(0x76, 0x79, 0x7e));
    setBoth(palette, QPalette::Highlight, QColor(0x2a, 0x64, 0x9c));
    setBoth(palette, QPalette::HighlightedText, Qt::white);
    setBoth(palette, QPalette::Link, QColor(0x1a, 0x5a, 0xa8));
    setBoth(palette, QPalette::LinkVisited, QColor(0x6a, 0x3d, 0x9a));
    palette.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0xc9, 0xd7, 0xe6));
    palette.setColor(QPalette::Inactive, QPalette::HighlightedText, text);
    const QColor off(0x9a, 0x9d, 0xa2);
    for (auto role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        palette.setColor(QPalette::Disabled, role, off);
    palette.setColor(QPalette::Disabled, QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    palette.setColor(QPalette::Disabled, QPalette::Base, QColor(0xf4, 0xf5, 0xf6));
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0xef, 0xf0, 0xf1));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xd0, 0xd3, 0xd6));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, off);
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor text(0xe6, 0xe8, 0xea);
    setBoth(palette, QPalette::Window, QColor(0x2f, 0x31, 0x35));
    setBoth(palette, QPalette::WindowText, text);
    setBoth(palette, QPalette::Base, QColor(0x23, 0x25, 0x28));
    setBoth(palette, QPalette::AlternateBase, QColor(0x2a, 0x2c, 0x30));
    setBoth(palette, QPalette::ToolTipBase, QColor(0x43, 0x46, 0x4b));
    setBoth(palette, QPalette::ToolTipText, text);
    setBoth(palette, QPalette::PlaceholderText, QColor(0xa3, 0xa7, 0xad));
    setBoth(palette, QPalette::Text, text);
    setBoth(palette, QPalette::Button, QColor(0x3a, 0x3d, 0x42));
    setBoth(palette, QPalette::ButtonText, text);
    setBoth(palette, QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    setBoth(palette, QPalette::Light, QColor(0x5a, 0x5e, 0x64));
    setBoth(palette, QPalette::Midlight, QColor(0x4a, 0x4d, 0x53));
    setBoth(palette, QPalette::Mid, QColor(0x50, 0x54, 0x5a));
    setBoth(palette, QPalette::Dark, QColor(0x1c, 0x1d, 0x20));
    setBoth(palette, QPalette::Shadow, QColor(0x10, 0x10, 0x12));
    setBoth(palette, QPalette::Highlight, QColor(0x3a, 0x76, 0xb4));
    setBoth(palette, QPalette::HighlightedText, Qt::white);
    setBoth(palette, QPalette::Link, QColor(0x82, 0xb8, 0xff));
    setBoth(palette, QPalette::LinkVisited, QColor(0xc2, 0xa0, 0xff));
    palette.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x3d, 0x4f, 0x63));
    const QColor off(0x7c, 0x80, 0x86);
    for (auto role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        palette.setColor(QPalette::Disabled, role, off);
    palette.setColor(QPalette::Disabled, QPalette::Window, QColor(0x2f, 0x31, 0x35));
    palette.setColor(QPalette::Disabled, QPalette::Base, QColor(0x2a, 0x2c, 0x30));
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x34, 0x36, 0x3b));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x48, 0x4d));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, off);
    return palette;
}

} // namespace

Theme savedTheme()
{
    const QString name = QSettings().value(kThemeKey).toString();
    if (name == u"light")
        return Theme::Light;
    if (name == u"dark")
        return Theme::Dark;
    return Theme::System;
}

Theme currentTheme()
{
    return appliedTheme().value_or(Theme::System);
}

void applyTheme(Theme theme)
{
    systemStyleName(); // remembered before the first change
    if (theme == appliedTheme())
        return;
    appliedTheme() = theme;
    if (theme == Theme::System) {
        // The platform's style as it is, but for indicators that would vanish on a dark desktop.
        QApplication::setStyle(
            new OutlinedIndicators(QStyleFactory::create(systemStyleName()), true));
        // An empty palette gives back the platform's colours.
        QApplication::setPalette(QPalette());
        return;
    }
    QApplication::setStyle(new ThemeStyle);
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

QMenu *createThemeMenu(QWidget *parent)
{
    auto *menu = new QMenu(QApplication::translate("clientele::Theme", "&Theme"), parent);
    auto *group = new QActionGroup(menu);
    const struct {
        Theme theme;
        const char *key;
        QString text;
    } choices[] = {
        {Theme::System, "system", QApplication::translate("clientele::Theme", "&System")},
        {Theme::Light, "light", QApplication::translate("clientele::Theme", "&Light")},
        {Theme::Dark, "dark", QApplication::translate("clientele::Theme", "&Dark")},
    };
    for (const auto &choice : choices) {
        QAction *action = menu->addAction(choice.text);
        const QString key = QString::fromLatin1(choice.key);
        action->setObjectName(
            QStringLiteral("theme%1Action").arg(key.at(0).toUpper() + key.mid(1)));
        action->setCheckable(true);
        group->addAction(action);
        const Theme theme = choice.theme;
        QObject::connect(action, &QAction::triggered, menu, [theme, key] {
            QSettings().setValue(kThemeKey, key);
            applyTheme(theme);
        });
    }
    // Another window may have changed the theme since this menu last showed.
    const auto check = [group] { group->actions().at(int(currentTheme()))->setChecked(true); };
    QObject::connect(menu, &QMenu::aboutToShow, menu, check);
    check();
    return menu;
}

} // namespace clientele
