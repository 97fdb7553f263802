#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

/// A request as received by MiniHttpServer.
struct ReceivedRequest {
    QByteArray method;
    QUrl url; ///< path and query, with the server's own scheme, host and port
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

/// What to send back, including faults a real server (or network) produces.
struct ServerReply {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0; ///< wait before answering
    int truncateAt = -1; ///< send the full Content-Length but only this many body bytes, then close
    bool hang = false; ///< never answer
    bool closeWithoutAnswer = false;
    int trickleMs = 0; ///< send the body one byte every this many milliseconds
    /// When positive: instead of `body`, stream this many filler bytes as fast as the client
    /// reads them, with Content-Length `announcedLength` (default: the real length) or, when
    /// `chunked`, with chunked transfer encoding and no length at all.
    qint64 streamBytes = 0;
    qint64 announcedLength = -1;
    bool chunked = false;

    static ServerReply json(int status, const QByteArray& body);
};

/// A small HTTP/1.1 server on 127.0.0.1 for tests and the fake Graph service: one handler for
/// every request, keep-alive connections, Content-Length bodies. Not for production use.
class MiniHttpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<ServerReply(const ReceivedRequest&)>;

    explicit MiniHttpServer(QObject* parent = nullptr);
    bool listen(quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    /// "http://127.0.0.1:PORT"
    QString baseUrl() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    /// Every request received, in order.
    QList<ReceivedRequest> requests;

private:
    void onNewConnection();
    void processBuffer(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const ServerReply& reply);

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};
