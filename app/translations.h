#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

/// The user-interface language and the translators for it: the viewer's own catalogue
/// (embedded under :/i18n) and Qt's (qtbase, for standard dialogs and buttons).
///
/// The language is the environment's, with gettext's precedence: LANGUAGE (a colon-separated
/// list), then LC_ALL, LC_MESSAGES and LANG; a "C" or "POSIX" locale, or none, means English.
/// For the window, the language chosen in Settings → Language (QSettings key "language") comes
/// first; the command line follows only the environment, so that scripts (LC_ALL=C) get what
/// they asked for. Numbers and dates follow the environment's regional format (QLocale's
/// system locale, as LC_NUMERIC and LC_TIME say); a chosen language sets them only when the
/// environment has no regional format (the C locale).
class Translations {
public:
    /// Languages with a catalogue, as "pt_BR"; English is built in and has none.
    static QStringList available();
    /// The first of `available` (or "en") that `wanted` names: "pt_BR.UTF-8", "pt-br" and
    /// "pt" all give "pt_BR"; empty when there is none.
    static QString match(const QString& wanted);
    /// The language the environment asks for, as the first of `available()` it names, or "en".
    static QString fromEnvironment();
    /// Settings value: "" for the environment's language, otherwise a language code.
    static QString chosen();
    static void choose(const QString& language);

    enum class Source { Environment, SettingsThenEnvironment };
    /// Decides the language and loads the catalogues (replacing any loaded before); call before
    /// any text is translated, and `install` again after a reload.
    void load(Source source);
    /// Installs the loaded translators into the current application object. Call again for
    /// each new QCoreApplication (the translators outlive them).
    void install();
    QString language() const { return m_language; }

private:
    QString m_language = QStringLiteral("en");
    // Replaced on each load; a destroyed translator leaves the application by itself.
    std::unique_ptr<QTranslator> m_viewer;
    std::unique_ptr<QTranslator> m_qt;
};
