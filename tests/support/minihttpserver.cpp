#include "minihttpserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

ServerReply ServerReply::json(int status, const QByteArray& body)
{
    ServerReply reply;
    reply.status = status;
    reply.body = body;
    reply.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    return reply;
}

MiniHttpServer::MiniHttpServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &MiniHttpServer::onNewConnection);
}

bool MiniHttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QString MiniHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void MiniHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            m_buffers[socket] += socket->readAll();
            processBuffer(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void MiniHttpServer::processBuffer(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    ReceivedRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.url = QUrl::fromEncoded(baseUrl().toLatin1() + requestLine.value(1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length = request.header("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return; // the rest of the body is still coming
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    requests.append(request);

    const ServerReply reply = m_handler ? m_handler(request) : ServerReply::json(404, "{}");
    if (reply.hang)
        return;
    if (reply.delayMs > 0) {
        QTimer::singleShot(reply.delayMs, socket, [this, socket, reply] { answer(socket, reply); });
        return;
    }
    answer(socket, reply);
    if (!m_buffers.value(socket).isEmpty())
        processBuffer(socket); // a pipelined request
}

void MiniHttpServer::answer(QTcpSocket* socket, const ServerReply& reply)
{
    if (reply.closeWithoutAnswer) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Status\r\n";
    for (const auto& [name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    if (reply.streamBytes > 0) {
        if (reply.chunked)
            head += "Transfer-Encoding: chunked\r\n";
        else
            head += "Content-Length: "
                + QByteArray::number(reply.announcedLength >= 0 ? reply.announcedLength : reply.streamBytes) + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        // Written as the socket drains, so the server never holds more than a few chunks.
        auto sent = std::make_shared<qint64>(0);
        const qint64 total = reply.streamBytes;
        const bool chunked = reply.chunked;
        const auto pump = [socket, sent, total, chunked] {
            constexpr qint64 kChunk = 64 * 1024;
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * kChunk
                && *sent < total) {
                const QByteArray piece(int(std::min(kChunk, total - *sent)), ' ');
                if (chunked)
                    socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
                else
                    socket->write(piece);
                *sent += piece.size();
                if (*sent >= total && chunked)
                    socket->write("0\r\n\r\n");
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
        return;
    }
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    if (reply.truncateAt >= 0)
        head += "Connection: close\r\n";
    head += "\r\n";
    socket->write(head);
    if (reply.trickleMs > 0) {
        auto* timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        const QByteArray body = reply.body;
        connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body] {
            if (*sent >= body.size()) {
                timer->stop();
                return;
            }
            socket->write(body.mid((*sent)++, 1));
        });
        timer->start(reply.trickleMs);
        return;
    }
    if (reply.truncateAt >= 0) {
        socket->write(reply.body.left(reply.truncateAt));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(reply.body);
}
