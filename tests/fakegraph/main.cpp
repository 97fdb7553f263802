// fake-graph: serves call records like Microsoft Graph does, on 127.0.0.1, so that "Open by
// call id" and "Find calls" can be tried without a tenant. See README.md, "Try it without a
// tenant".

#include "fakegraphserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves call records (the bundled sample and any FILE given) like Microsoft Graph, with a token "
                       "endpoint that accepts any client id and secret unless --client-id / --secret are given."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
        QStringLiteral("Port on 127.0.0.1 (default: any free one)."), QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption pageOption(QStringLiteral("page-size"),
        QStringLiteral("Sessions per page (default 60, as Graph)."), QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"),
        QStringLiteral("Tenant id accepted (default contoso.onmicrosoft.com)."), QStringLiteral("ID"),
        QStringLiteral("contoso.onmicrosoft.com"));
    const QCommandLineOption clientOption(
        QStringLiteral("client-id"), QStringLiteral("Client id accepted (default: any)."), QStringLiteral("ID"));
    const QCommandLineOption secretOption(
        QStringLiteral("secret"), QStringLiteral("Client secret accepted (default: any)."), QStringLiteral("SECRET"));
    const QCommandLineOption certificateOption(QStringLiteral("certificate"),
        QStringLiteral("PEM certificate whose key signs accepted client assertions."), QStringLiteral("PEM"));
    const QCommandLineOption throttleOption(QStringLiteral("throttle"),
        QStringLiteral("Answer the first N Graph requests with 429 and Retry-After: 1.5."), QStringLiteral("N"),
        QStringLiteral("0"));
    parser.addOptions(
        { portOption, pageOption, tenantOption, clientOption, secretOption, certificateOption, throttleOption });
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QStringLiteral("More call records to serve (JSON, one record each)."), QStringLiteral("[FILE...]"));
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    FakeGraphServer server;
    server.sessionsPageSize = std::max(1, parser.value(pageOption).toInt());
    server.participantsPageSize = 130;
    server.listPageSize = 60;
    server.tenantId = parser.value(tenantOption);
    server.clientId = parser.value(clientOption);
    server.clientSecret = parser.value(secretOption);
    if (parser.isSet(certificateOption)) {
        QFile file(parser.value(certificateOption));
        if (!file.open(QIODevice::ReadOnly)) {
            err << file.fileName() << ": " << file.errorString() << Qt::endl;
            return 1;
        }
        server.certificatePem = file.readAll();
    }
    QString error;
    if (!server.addRecordFile(QStringLiteral(":/samples/seed-full-example.json"), &error)) {
        err << error << Qt::endl;
        return 1;
    }
    const QStringList files = parser.positionalArguments();
    for (const QString& path : files) {
        if (!server.addRecordFile(path, &error)) {
            err << error << Qt::endl;
            return 1;
        }
    }
    if (const int throttled = parser.value(throttleOption).toInt(); throttled > 0) {
        ServerReply reply = ServerReply::json(429,
            R"({"error":{"code":"TooManyRequests","message":"Please retry again later.","innerError":{"request-id":"00000000-0000-0000-0000-000000000429"}}})");
        reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1.5")));
        server.addFault({ QStringLiteral("/v1.0/"), throttled, reply });
    }
    if (!server.listen(quint16(parser.value(portOption).toUInt()))) {
        err << "Cannot listen on 127.0.0.1:" << parser.value(portOption) << Qt::endl;
        return 1;
    }
    out << "Fake Microsoft Graph on " << server.baseUrl() << " (Ctrl+C stops it)\n";
    out << "Call records served:\n";
    for (const QString& id : server.recordIds())
        out << "  " << id << '\n';
    out << "\nTry:\n  AZURE_TENANT_ID=" << server.tenantId
        << " AZURE_CLIENT_ID=" << (server.clientId.isEmpty() ? QStringLiteral("any-client") : server.clientId)
        << " AZURE_CLIENT_SECRET="
        << (server.clientSecret.isEmpty() ? QStringLiteral("any-secret") : server.clientSecret)
        << " \\\n    callrecord-viewer --graph-url " << server.baseUrl() << " --authority-url " << server.baseUrl()
        << " --call-id " << server.recordIds().value(0) << Qt::endl;
    return app.exec();
}
