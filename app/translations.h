#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

/// The user-interface language and the translators for it: the viewer's own catalogue
/// (embedded under :/i18n) and Qt's (qtbase, for standard dialogs and buttons).
///
/// The language is the one chosen in Settings → Language (QSettings key "language"), or else the
/// environment's, with gettext's precedence: LANGUAGE (a colon-separated list), then LC_ALL,
/// LC_MESSAGES and LANG; a "C" or "POSIX" locale means English. A chosen language also becomes
/// the default QLocale, so that numbers and dates match it.
class Translations {
public:
    /// Languages with a catalogue, as "pt_BR"; English is built in and has none.
    static QStringList available();
    /// The language the environment asks for, as the first of `available()` it names, or "en".
    static QString fromEnvironment();
    /// Settings value: "" for the environment's language, otherwise a language code.
    static QString chosen();
    static void choose(const QString& language);

    /// Decides the language and loads the catalogues; call before any text is translated.
    void load();
    /// Installs the loaded translators into the current application object. Call again for
    /// each new QCoreApplication (the translators outlive them).
    void install();
    QString language() const { return m_language; }

private:
    QString m_language = QStringLiteral("en");
    QTranslator m_viewer;
    QTranslator m_qt;
};
