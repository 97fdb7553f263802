#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
constexpr auto kLanguageKey = "language";

/// "pt_BR.UTF-8@euro" → "pt_BR".
QString languageOfLocaleName(QString name)
{
    name = name.section(u'.', 0, 0).section(u'@', 0, 0);
    return name.replace(u'-', u'_');
}

QString matchIn(const QString& wanted, const QStringList& available)
{
    const QString language = languageOfLocaleName(wanted);
    if (language.isEmpty())
        return {};
    if (language == u"en" || language.startsWith(u"en_"))
        return u"en"_s;
    for (const QString& candidate : available) {
        if (candidate.compare(language, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    const QString base = language.section(u'_', 0, 0);
    for (const QString& candidate : available) {
        if (candidate.section(u'_', 0, 0).compare(base, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return {};
}
} // namespace

QString Translations::match(const QString& wanted)
{
    return matchIn(wanted, available());
}

QStringList Translations::available()
{
    QStringList languages;
    const auto files = QDir(u":/i18n"_s).entryList({ u"callrecord-viewer_*.qm"_s }, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages.append(file.mid(int(qstrlen("callrecord-viewer_"))).chopped(3));
    return languages;
}

QString Translations::fromEnvironment()
{
    const QStringList languages = available();
    // The locale that decides messages: the first of LC_ALL, LC_MESSAGES and LANG that is set.
    QString messages;
    for (const char* variable : { "LC_ALL", "LC_MESSAGES", "LANG" }) {
        messages = qEnvironmentVariable(variable);
        if (!messages.isEmpty())
            break;
    }
    const QString messagesLanguage = languageOfLocaleName(messages);
    if (messagesLanguage.isEmpty() || messagesLanguage == u"C" || messagesLanguage == u"POSIX")
        return u"en"_s; // as gettext: LANGUAGE is ignored in the C locale, which is also the default
    const QStringList preferred = qEnvironmentVariable("LANGUAGE").split(u':', Qt::SkipEmptyParts);
    for (const QString& wanted : preferred) {
        if (const QString found = matchIn(wanted, languages); !found.isEmpty())
            return found;
    }
    if (const QString found = matchIn(messages, languages); !found.isEmpty())
        return found;
    return u"en"_s;
}

QString Translations::chosen()
{
    const QString value = QSettings().value(QLatin1StringView(kLanguageKey)).toString();
    // Written by hand it may read "pt" or "pt-br"; anything unknown (an edited or stale
    // settings file) means "the environment's".
    return value.isEmpty() ? QString() : match(value);
}

void Translations::choose(const QString& language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1StringView(kLanguageKey));
    else
        settings.setValue(QLatin1StringView(kLanguageKey), language);
}

void Translations::load(Source source)
{
    const QString choice = source == Source::SettingsThenEnvironment ? chosen() : QString();
    m_language = choice.isEmpty() ? fromEnvironment() : choice;
    if (!choice.isEmpty() && QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(choice)); // no regional format of its own: the language's
    m_viewer = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();
    if (m_language == u"en")
        return;
    (void)m_viewer->load(u"callrecord-viewer_"_s + m_language, u":/i18n"_s);
    // Qt's own catalogue, from the system's Qt translations (qt6-translations-l10n); standard
    // buttons and dialogs stay English without it.
    const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!m_qt->load(u"qtbase_"_s + m_language, qtPath))
        (void)m_qt->load(u"qtbase_"_s + m_language.section(u'_', 0, 0), qtPath);
}

void Translations::install()
{
    if (m_viewer && !m_viewer->isEmpty())
        QCoreApplication::installTranslator(m_viewer.get());
    if (m_qt && !m_qt->isEmpty())
        QCoreApplication::installTranslator(m_qt.get());
}
