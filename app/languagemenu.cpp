#include "languagemenu.h"

#include "translations.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>

namespace {
// Written for the main window; the translations keep that context.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
};
} // namespace

QMenu* addLanguageMenu(QMenu* parent, QStatusBar* statusBar)
{
    // Texts are translated once, at start: a new choice applies from the next start.
    QMenu* menu = parent->addMenu(Tr::tr("&Language"));
    auto* group = new QActionGroup(menu);
    const QString chosen = Translations::chosen();
    const auto nativeName = [](const QString& code) {
        const QLocale locale(code);
        QString name = code == u"en" ? QStringLiteral("English") : locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        if (code.contains(u'_'))
            name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
        return name;
    };
    const auto add = [&](const QString& code, const QString& name) {
        QAction* action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        group->addAction(action);
    };
    //: %1 is the name of the language the environment (LANGUAGE, LC_ALL, LANG) selects
    add(QString(), Tr::tr("System language (%1)").arg(nativeName(Translations::fromEnvironment())));
    add(QStringLiteral("en"), nativeName(QStringLiteral("en")));
    const QStringList available = Translations::available();
    for (const QString& code : available)
        add(code, nativeName(code));
    QObject::connect(group, &QActionGroup::triggered, menu, [statusBar](QAction* action) {
        Translations::choose(action->data().toString());
        statusBar->showMessage(Tr::tr("The language changes the next time Call Record Viewer starts."), 10000);
    });
    return menu;
}
