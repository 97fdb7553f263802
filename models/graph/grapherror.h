#pragma once

#include <QByteArray>
#include <QString>

/// The error body of a Microsoft Graph request: {"error":{"code","message","innerError":{
/// "request-id","client-request-id","date"}}} (innerError in any letter case, possibly nested).
struct GraphErrorBody {
    QString code;
    QString message;
    QString requestId;
    QString clientRequestId;
    QString date;

    bool isValid() const { return !code.isEmpty() || !message.isEmpty(); }
    /// "code: message (request-id …, date …)": the part Microsoft support asks for.
    QString describe() const;
};
GraphErrorBody parseGraphErrorBody(const QByteArray& body);

/// The error body of the Microsoft identity platform token endpoint:
/// {"error":"invalid_client","error_description":"AADSTS7000215: …","error_codes":[7000215],
///  "timestamp","trace_id","correlation_id"}.
struct TokenErrorBody {
    QString error;
    QString description; ///< first line of error_description, which starts with the AADSTS code
    QString aadstsCode; ///< "AADSTS7000215", or "" when none is given
    QString traceId;
    QString correlationId;
    QString timestamp;

    bool isValid() const { return !error.isEmpty(); }
    QString describe() const;
};
TokenErrorBody parseTokenErrorBody(const QByteArray& body);
