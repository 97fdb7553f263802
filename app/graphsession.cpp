#include "graphsession.h"

#include "credentialstore.h"
#include "format/terminaltext.h"
#include "graph/graphclient.h"
#include "graph/tokenprovider.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GraphSession)
};

/// Runs `job` to its end in a local event loop, telling stderr what happens.
void runJob(GraphJob* job)
{
    QEventLoop loop;
    QTextStream err(stderr);
    QObject::connect(job, &GraphJob::progress, &loop, [&err](const QString& text) { err << text << Qt::endl; });
    QObject::connect(job, &GraphJob::waiting, &loop, [&err](const QString& text) { err << text << Qt::endl; });
    QObject::connect(job, &GraphJob::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, job, [job] {
        if (auto* fetch = qobject_cast<CallRecordFetch*>(job))
            fetch->start();
        else if (auto* list = qobject_cast<CallListFetch*>(job))
            list->start();
    });
    loop.exec();
}

QString readSecretNow(CredentialStore& store, const QString& key)
{
    QString value;
    QEventLoop loop;
    bool done = false;
    store.read(key, [&](const QString& read) {
        value = read;
        done = true;
        loop.quit();
    });
    if (!done) {
        // A keychain that does not answer must not hang a script.
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return value;
}

} // namespace

GraphSettings loadGraphSettings(QSettings& settings)
{
    GraphSettings graph;
    settings.beginGroup(QStringLiteral("graph"));
    graph.tenantId = settings.value(QStringLiteral("tenantId")).toString();
    graph.clientId = settings.value(QStringLiteral("clientId")).toString();
    graph.credential = settings.value(QStringLiteral("credential")).toString() == u"certificate"
        ? CredentialKind::Certificate
        : CredentialKind::Secret;
    graph.certificatePath = settings.value(QStringLiteral("certificatePath")).toString();
    graph.algorithm = settings.value(QStringLiteral("algorithm")).toString() == u"RS256" ? AssertionAlgorithm::RS256
                                                                                         : AssertionAlgorithm::PS256;
    graph.cloud = cloudFromKey(settings.value(QStringLiteral("cloud")).toString());
    const CloudEndpoints endpoints = cloudEndpoints(graph.cloud);
    graph.graphUrl = endpoints.graph;
    graph.authorityUrl = endpoints.authority;
    if (graph.cloud == Cloud::Custom) {
        // Saved URLs are checked again: a hand-edited settings file must not weaken the rules.
        QString problem;
        const QUrl graphUrl = parseServiceUrl(settings.value(QStringLiteral("graphUrl")).toString(), {}, &problem);
        if (problem.isEmpty())
            graph.graphUrl = graphUrl;
        const QUrl authority = parseServiceUrl(settings.value(QStringLiteral("authorityUrl")).toString(), {}, &problem);
        if (problem.isEmpty())
            graph.authorityUrl = authority;
    }
    bool ok = false;
    const int timeout = settings.value(QStringLiteral("timeoutSeconds"), 30).toInt(&ok);
    graph.timeoutSeconds = ok && timeout >= 5 && timeout <= 300 ? timeout : 30;
    settings.endGroup();
    return graph;
}

void saveGraphSettings(QSettings& settings, const GraphSettings& graph)
{
    settings.beginGroup(QStringLiteral("graph"));
    settings.setValue(QStringLiteral("tenantId"), graph.tenantId.trimmed());
    settings.setValue(QStringLiteral("clientId"), graph.clientId.trimmed());
    settings.setValue(QStringLiteral("credential"),
        graph.credential == CredentialKind::Certificate ? QStringLiteral("certificate") : QStringLiteral("secret"));
    settings.setValue(QStringLiteral("certificatePath"), graph.certificatePath);
    settings.setValue(QStringLiteral("algorithm"),
        graph.algorithm == AssertionAlgorithm::RS256 ? QStringLiteral("RS256") : QStringLiteral("PS256"));
    settings.setValue(QStringLiteral("cloud"), cloudKey(graph.cloud));
    settings.setValue(QStringLiteral("graphUrl"), graph.graphUrl.toString());
    settings.setValue(QStringLiteral("authorityUrl"), graph.authorityUrl.toString());
    settings.setValue(QStringLiteral("timeoutSeconds"), graph.timeoutSeconds);
    // Never secrets: they live in the keychain (CredentialStore).
    settings.remove(QStringLiteral("clientSecret"));
    settings.endGroup();
}

void applyUrlOptions(GraphSettings& graph, const QString& graphUrl, const QString& authorityUrl)
{
    if (!graphUrl.isEmpty()) {
        graph.graphUrl = QUrl(graphUrl);
        graph.cloud = Cloud::Custom;
    }
    if (!authorityUrl.isEmpty()) {
        graph.authorityUrl = QUrl(authorityUrl);
        graph.cloud = Cloud::Custom;
    }
}

GraphSettings commandLineGraphSettings(const CommandLine& commandLine, QString* error)
{
    QSettings settings;
    GraphSettings graph = loadGraphSettings(settings);
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    GraphSettings fromEnvironment = graph;
    applyEnvironment(fromEnvironment, environment, error);
    const bool secretFromEnvironment = environment.contains(QStringLiteral("AZURE_CLIENT_SECRET"))
        || environment.contains(QStringLiteral("AZURE_CLIENT_CERTIFICATE_PATH"));
    if (!secretFromEnvironment && !fromEnvironment.tenantId.isEmpty() && !fromEnvironment.clientId.isEmpty()) {
        CredentialStore store;
        if (fromEnvironment.credential == CredentialKind::Secret)
            fromEnvironment.clientSecret = readSecretNow(store,
                CredentialStore::key(fromEnvironment.tenantId, fromEnvironment.clientId, QStringLiteral("secret")));
        else
            fromEnvironment.certificatePassword = readSecretNow(store,
                CredentialStore::key(
                    fromEnvironment.tenantId, fromEnvironment.clientId, QStringLiteral("certificate-password")));
    }
    applyUrlOptions(fromEnvironment, commandLine.graphUrl, commandLine.authorityUrl);
    return fromEnvironment;
}

int fetchCallRecordNow(
    const GraphSettings& graph, const QString& callId, std::vector<CallRecordPtr>& records, QString& error)
{
    GraphClient client(graph);
    CallRecordFetch* job = client.fetchCallRecord(callId);
    runJob(job);
    if (job->outcome() != GraphOutcome::Succeeded) {
        error = job->errorString();
        return ExitCode::Network;
    }
    for (const QString& note : job->notes())
        QTextStream(stderr) << note << Qt::endl;
    LoadResult loaded = loadCallRecordDocuments(job->takeDocuments());
    if (!loaded.ok()) {
        //: %1 the loader's message
        error = Tr::tr("Microsoft Graph sent a call record that cannot be read: %1").arg(loaded.error);
        return ExitCode::Network;
    }
    for (auto& record : loaded.records)
        records.push_back(std::move(record));
    return ExitCode::Success;
}

int fetchForCommandLine(const CommandLine& commandLine, std::vector<CallRecordPtr>& records, QString& error)
{
    const GraphSettings graph = commandLineGraphSettings(commandLine, &error);
    if (!error.isEmpty())
        return ExitCode::Usage;
    return fetchCallRecordNow(graph, commandLine.callId, records, error);
}

int runListCalls(const CommandLine& commandLine)
{
    QString settingsError;
    const GraphSettings graph = commandLineGraphSettings(commandLine, &settingsError);
    if (!settingsError.isEmpty()) {
        QTextStream(stderr) << settingsError << Qt::endl;
        return ExitCode::Usage;
    }
    GraphClient client(graph);
    CallListFetch* job = client.listCalls(commandLine.participant, commandLine.since, commandLine.until);
    runJob(job);
    QTextStream err(stderr);
    if (job->outcome() != GraphOutcome::Succeeded) {
        err << terminalSafe(job->errorString()) << Qt::endl;
        return ExitCode::Network;
    }
    std::vector<InputDocument> documents = job->takeDocuments();
    QTextStream out(stdout);
    if (documents.empty()) {
        err << Tr::tr("No calls found.") << Qt::endl;
        return ExitCode::Success;
    }
    const LoadResult loaded = loadCallRecordDocuments(std::move(documents));
    if (!loaded.ok()) {
        //: %1 the reason the call records could not be read, from the JSON loader
        err << terminalSafe(Tr::tr("Microsoft Graph sent a list that cannot be read: %1").arg(loaded.error))
            << Qt::endl;
        return ExitCode::Network;
    }
    // Tab-separated for scripts: id, start (as Graph wrote it), duration in seconds, type,
    // number of participants ("-" when the list does not say).
    for (const auto& record : loaded.records) {
        QString duration = QStringLiteral("-");
        if (!record->startDateTime.isNull() && !record->endDateTime.isNull())
            duration = QString::number(
                double(*record->endDateTime.msecsSinceEpoch - *record->startDateTime.msecsSinceEpoch) / 1000.0, 'f', 1);
        int participants = -1;
        if (record->participantsV2)
            participants = int(record->participantsV2->size());
        else if (record->participants)
            participants = int(record->participants->size());
        const QString type = enumValueText(EnumType::CallType, record->type);
        // What the server sent may hold anything: a tab or escape sequence in it would break
        // the columns or the terminal.
        const auto field = [](const QString& text) { return terminalSafe(text).replace(u'\t', u' '); };
        out << field(record->id.toQString()) << u'\t' << field(record->startDateTime.text.toQString()) << u'\t'
            << duration << u'\t' << (type.isEmpty() ? QStringLiteral("-") : field(type)) << u'\t'
            << (participants < 0 ? QStringLiteral("-") : QString::number(participants)) << Qt::endl;
    }
    return ExitCode::Success;
}
