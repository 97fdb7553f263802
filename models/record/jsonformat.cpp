#include "jsonformat.h"

#include <QCoreApplication>

#include <string>

QString prettyJson(std::string_view json, size_t maxBytes)
{
    const size_t fullSize = json.size();
    const bool truncated = json.size() > maxBytes;
    if (truncated)
        json = json.substr(0, maxBytes);
    std::string out;
    out.reserve(json.size() + json.size() / 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    auto newline = [&] {
        out += '\n';
        out.append(size_t(std::max(depth, 0)) * 2, ' ');
    };
    for (size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            // Keep empty containers on one line.
            size_t next = i + 1;
            while (next < json.size()
                && (json[next] == ' ' || json[next] == '\n' || json[next] == '\r' || json[next] == '\t'))
                ++next;
            if (next < json.size() && (json[next] == '}' || json[next] == ']')) {
                out += c;
                out += json[next];
                i = next;
                break;
            }
            out += c;
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            break;
        default:
            out += c;
            break;
        }
    }
    QString text = QString::fromUtf8(out.data(), qsizetype(out.size()));
    if (truncated)
        //: %1 and %2 are sizes in KiB
        text += u"\n\n"
            + QCoreApplication::translate(
                "JsonFormat", "… (the first %1 KiB of %2 KiB are shown; select a session to see its JSON)")
                  .arg(maxBytes / 1024)
                  .arg(fullSize / 1024);
    return text;
}
