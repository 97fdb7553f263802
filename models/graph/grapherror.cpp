#include "grapherror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GraphError)
};

/// Value of `key` in any letter case.
QJsonValue valueOf(const QJsonObject& object, QStringView key)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

QString stringOf(const QJsonObject& object, QStringView key)
{
    const QJsonValue value = valueOf(object, key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

} // namespace

QString GraphErrorBody::describe() const
{
    QString text = code.isEmpty() ? Tr::tr("(no error code)") : code;
    if (!message.isEmpty())
        text += u": " + message;
    QStringList details;
    if (!requestId.isEmpty())
        //: %1 is the request id of a Microsoft Graph request
        details.append(Tr::tr("request-id %1").arg(requestId));
    if (!clientRequestId.isEmpty())
        //: %1 is the client-request-id of a Microsoft Graph request (a GUID)
        details.append(Tr::tr("client-request-id %1").arg(clientRequestId));
    if (!date.isEmpty())
        //: %1 is the date and time of the error as sent by Microsoft Graph, e.g. "2024-05-01T10:00:00"
        details.append(Tr::tr("date %1").arg(date));
    if (!details.isEmpty())
        text += u" (" + details.join(u", ") + u')';
    return text;
}

GraphErrorBody parseGraphErrorBody(const QByteArray& body)
{
    GraphErrorBody result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return result;
    const QJsonObject error = valueOf(document.object(), u"error").toObject();
    result.code = stringOf(error, u"code");
    result.message = stringOf(error, u"message");
    // innerError may nest; the outermost values win, deeper ones fill gaps.
    QJsonObject inner = valueOf(error, u"innerError").toObject();
    for (int depth = 0; depth < 8 && !inner.isEmpty(); ++depth) {
        if (result.requestId.isEmpty())
            result.requestId = stringOf(inner, u"request-id");
        if (result.clientRequestId.isEmpty())
            result.clientRequestId = stringOf(inner, u"client-request-id");
        if (result.date.isEmpty())
            result.date = stringOf(inner, u"date");
        inner = valueOf(inner, u"innerError").toObject();
    }
    return result;
}

QString TokenErrorBody::describe() const
{
    QString text = description.isEmpty() ? error : description;
    if (!aadstsCode.isEmpty() && !text.contains(aadstsCode))
        text = aadstsCode + u": " + text;
    if (!description.isEmpty() && !error.isEmpty())
        text += u" [" + error + u']';
    QStringList details;
    if (!traceId.isEmpty())
        //: %1 is the trace id of a failed sign-in (a GUID), as sent by Microsoft Entra
        details.append(Tr::tr("trace id %1").arg(traceId));
    if (!correlationId.isEmpty())
        //: %1 is the correlation id of a failed sign-in (a GUID), as sent by Microsoft Entra
        details.append(Tr::tr("correlation id %1").arg(correlationId));
    if (!timestamp.isEmpty())
        //: %1 is when the sign-in failed, as sent by Microsoft Entra, e.g. "2024-05-01 10:00:00Z"
        details.append(Tr::tr("time %1").arg(timestamp));
    if (!details.isEmpty())
        text += u" (" + details.join(u", ") + u')';
    return text;
}

TokenErrorBody parseTokenErrorBody(const QByteArray& body)
{
    TokenErrorBody result;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return result;
    const QJsonObject object = document.object();
    result.error = stringOf(object, u"error");
    // error_description holds several lines: the message, then "Trace ID: …" etc.
    const QString description = stringOf(object, u"error_description");
    result.description = description.section(QRegularExpression(QStringLiteral("[\r\n]")), 0, 0).trimmed();
    static const QRegularExpression code(QStringLiteral("AADSTS\\d+"));
    if (const auto match = code.match(description); match.hasMatch()) {
        result.aadstsCode = match.captured(0);
    } else if (const QJsonArray codes = valueOf(object, u"error_codes").toArray(); !codes.isEmpty()) {
        result.aadstsCode = u"AADSTS" + QString::number(codes.first().toInteger());
    }
    result.traceId = stringOf(object, u"trace_id");
    result.correlationId = stringOf(object, u"correlation_id");
    result.timestamp = stringOf(object, u"timestamp");
    return result;
}
