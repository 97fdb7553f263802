#include "loader.h"

#include "parser_p.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>
#include <unordered_set>

using namespace std::string_view_literals;
using namespace loading;

namespace {

// ---------------------------------------------------------------------------------------------
// Files and bytes

bool isJsonStart(char c)
{
    return c == '{' || c == '[' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

QString fileMessage(const QString& name, const QString& what)
{
    //: %1 a file name, %2 what is wrong with it, e.g. "no such file"
    return Tr::tr("%1: %2").arg(name, what);
}

/// Makes `buffer.bytes` UTF-8 JSON: skips a UTF-8 BOM, converts UTF-16 (BOM or zero-byte
/// pattern), and refuses content that is plainly something else.
QString prepareText(SourceBuffer& buffer)
{
    ByteBuffer& bytes = buffer.bytes;
    const auto starts = [&](std::string_view prefix) { return bytes.view().starts_with(prefix); };
    if (bytes.empty())
        return Tr::tr("the file is empty");
    if (starts("\xFF\xFE\x00\x00"sv) || starts("\x00\x00\xFE\xFF"sv))
        return Tr::tr("the file is UTF-32 text; save it as UTF-8");
    if (starts("\xEF\xBB\xBF")) {
        buffer.offset = 3;
    } else if (starts("\xFF\xFE") || starts("\xFE\xFF")
        || (bytes.size() >= 4 && isJsonStart(bytes[0]) && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0)
        || (bytes.size() >= 4 && bytes[0] == 0 && isJsonStart(bytes[1]) && bytes[2] == 0 && bytes[3] != 0)) {
        // Windows PowerShell 5 (Out-File, ">") writes UTF-16 with a BOM.
        const bool bigEndian = starts("\xFE\xFF") || bytes[0] == 0;
        const size_t skip = (starts("\xFF\xFE") || starts("\xFE\xFF")) ? 2 : 0;
        if ((bytes.size() - skip) % 2 != 0)
            return Tr::tr("the file looks like UTF-16 text but has an odd number of bytes (truncated?)");
        QString text;
        text.resize(qsizetype((bytes.size() - skip) / 2));
        for (qsizetype i = 0; i < text.size(); ++i) {
            const auto hi = uchar(bytes[skip + size_t(i) * 2 + (bigEndian ? 0 : 1)]);
            const auto lo = uchar(bytes[skip + size_t(i) * 2 + (bigEndian ? 1 : 0)]);
            text[i] = QChar(char16_t((hi << 8) | lo));
        }
        bool valid = true;
        for (qsizetype i = 0; i < text.size() && valid; ++i) {
            if (text[i].isHighSurrogate())
                valid = i + 1 < text.size() && text[++i].isLowSurrogate();
            else if (text[i].isLowSurrogate())
                valid = false;
        }
        if (!valid)
            return Tr::tr("the file looks like UTF-16 text but contains invalid characters");
        const QByteArray utf8 = text.toUtf8();
        ByteBuffer converted(size_t(utf8.size()), simdjson::SIMDJSON_PADDING);
        std::memcpy(converted.data(), utf8.constData(), size_t(utf8.size()));
        bytes = std::move(converted);
        buffer.offset = 0;
    }
    const std::string_view text(bytes.data() + buffer.offset, bytes.size() - buffer.offset);
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return Tr::tr("the file contains only white space");
    if (text.starts_with("PK\x03\x04"))
        return Tr::tr("this is a ZIP archive, not JSON; extract the call record's .json file first");
    if (text.starts_with("\x1F\x8B"sv))
        return Tr::tr("this is a gzip-compressed file, not JSON; decompress it first");
    if (text.substr(first).starts_with('<'))
        return Tr::tr("this is an HTML or XML page, not JSON (was an error page or a sign-in page saved instead?)");
    // Only the start is checked for binary content; simdjson validates UTF-8 and the rest of
    // the text itself (a whole-file scan here cost 15 % of a big load).
    if (text.substr(0, 4096).find('\0') != std::string_view::npos)
        return Tr::tr("this is binary data, not JSON text");
    return {};
}

struct ParsedDocument {
    std::shared_ptr<SourceBuffer> buffer;
    std::vector<ParsedItem> items;
    DocumentKind hintKind = DocumentKind::Auto;
    QString hintRecordId;
    QStringList announcedCallIds; ///< set when the document is a change notification
};

QString outOfMemoryText()
{
    return Tr::tr("there is not enough memory to read it (the computer has too little free, or the process "
                  "may not use more)");
}

/// Parses one document. Returns an error message naming `buffer->name`, or empty.
QString parseDocument(ParsedDocument& document, const LoadOptions& options, bool& cancelled)
{
    SourceBuffer& buffer = *document.buffer;
    if (const QString problem = prepareText(buffer); !problem.isEmpty())
        return fileMessage(buffer.name, problem);
    Parser parser(buffer, options);
    parser.setHint(document.hintKind, document.hintRecordId);
    try {
        document.items = parser.parse();
    } catch (const FatalError& error) {
        document.announcedCallIds = error.announcedCallIds;
        QString message = error.message;
        if (error.where) {
            const std::string_view text(buffer.bytes.data() + buffer.offset, buffer.bytes.size() - buffer.offset);
            LineCounter lines(text);
            const auto offset = size_t(std::max<std::ptrdiff_t>(0, error.where - text.data()));
            const auto [line, column] = lines.at(offset);
            //: %1 line, %2 column, %3 what is wrong
            message = Tr::tr("line %1, column %2: %3").arg(line).arg(column).arg(error.message);
        }
        return fileMessage(buffer.name, message);
    } catch (const Cancelled&) {
        cancelled = true;
        return {};
    } catch (const std::bad_alloc&) {
        return fileMessage(buffer.name, outOfMemoryText());
    }
    return {};
}

QString idKey(const Text& id)
{
    return id.toQString().toLower();
}

QString sourcesText(const QStringList& names)
{
    return names.join(u", ");
}

/// Another copy of a record that is open already, from another file (or the same file twice, or
/// a `$select` response with some of its properties): one record. The newer `version` wins
/// whole; otherwise what one copy lacks is taken from the other, and sessions and participants
/// are merged by id. Every outcome is said in a warning.
void mergeSameCall(CallRecord& into, CallRecord&& other, const QString& otherName)
{
    const QString id = into.id.toQString();
    if (into.hasSameData(other)) {
        //: %1 call id, %2 the file names that held identical copies
        into.warnings.append(Tr::tr("Call %1 was given more than once (%2); the copies are identical and shown once")
                                 .arg(id, sourcesText(into.sourceNames + QStringList { otherName })));
        return;
    }
    if (into.version && other.version && *into.version != *other.version) {
        const bool otherIsNewer = *other.version > *into.version;
        const qint64 kept = otherIsNewer ? *other.version : *into.version;
        const qint64 dropped = otherIsNewer ? *into.version : *other.version;
        const QString keptFrom = otherIsNewer ? otherName : sourcesText(into.sourceNames);
        const QString droppedFrom = otherIsNewer ? sourcesText(into.sourceNames) : otherName;
        if (otherIsNewer) {
            QStringList warnings = std::move(into.warnings);
            warnings += other.warnings;
            into = std::move(other);
            into.warnings = std::move(warnings);
        } else {
            into.warnings += other.warnings;
        }
        //: %1 call id, %2 the newer version number, %3 the file it came from, %4 the older version, %5 its file
        into.warnings.append(Tr::tr("Call %1: version %2 (%3) is shown; the older version %4 (%5) was set aside")
                                 .arg(id)
                                 .arg(kept)
                                 .arg(keptFrom)
                                 .arg(dropped)
                                 .arg(droppedFrom));
        return;
    }
    // Parts of one version: fill in what is missing.
    QStringList conflicts;
    for (const auto& property : properties<CallRecord>()) {
        if (!property.isSet(other))
            continue;
        if (!property.isSet(into))
            property.copy(into, other);
        else if (!property.same(into, other))
            conflicts.append(QString::fromLatin1(property.name.data(), qsizetype(property.name.size())));
    }
    if (!into.organizer)
        into.organizer = std::move(other.organizer);
    if (!into.organizerV2)
        into.organizerV2 = std::move(other.organizerV2);
    if (!into.participants)
        into.participants = std::move(other.participants);
    else if (other.participants && *other.participants != *into.participants)
        conflicts.append(QStringLiteral("participants"));
    if (other.participantsV2) {
        if (!into.participantsV2)
            into.participantsV2.emplace();
        std::unordered_set<std::string_view> known;
        for (const Participant& p : *into.participantsV2)
            known.insert(p.id.view());
        for (Participant& p : *other.participantsV2) {
            if (p.id.isNull() || known.insert(p.id.view()).second)
                into.participantsV2->push_back(std::move(p));
        }
    }
    // A copy that has all its sessions (no next link) completes one that has only some of them.
    const bool intoHasAll = into.sessionsNextLink.isNull() && !into.sessions.empty();
    const bool otherHasAll = other.sessionsNextLink.isNull() && !other.sessions.empty();
    std::unordered_set<std::string_view> otherSessions;
    for (const Session& s : other.sessions)
        otherSessions.insert(s.id.view());
    const bool otherCoversInto = std::all_of(into.sessions.begin(), into.sessions.end(),
        [&](const Session& s) { return !s.id.isNull() && otherSessions.contains(s.id.view()); });
    std::unordered_set<std::string_view> knownSessions;
    for (const Session& s : into.sessions)
        knownSessions.insert(s.id.view());
    if (other.sessions.isReported())
        into.sessions.state = ListState::Array; // one copy reported them (maybe none)
    size_t added = 0;
    for (Session& s : other.sessions) {
        if (s.id.isNull() || knownSessions.insert(s.id.view()).second) {
            into.sessions.push_back(std::move(s));
            ++added;
        }
    }
    if ((intoHasAll && added == 0) || (otherHasAll && otherCoversInto))
        into.sessionsNextLink = Text();
    else if (into.sessionsNextLink.isNull())
        into.sessionsNextLink = other.sessionsNextLink;
    for (const RawProperty& p : other.extra)
        into.extra.add(p.name, p.json);
    if (into.participantsNextLink.isNull())
        into.participantsNextLink = other.participantsNextLink;
    if (into.odataContext.isNull())
        into.odataContext = other.odataContext;
    into.warnings += other.warnings;
    //: %1 call id, %2 the file names merged
    QString note = Tr::tr("Call %1 was given in parts (%2); they are shown as one record")
                       .arg(id, sourcesText(into.sourceNames + QStringList { otherName }));
    if (!conflicts.isEmpty())
        //: %1 property names on which the parts disagree
        note += u"; " + Tr::tr("where they disagree (%1), the first is shown").arg(conflicts.join(u", "));
    into.warnings.append(note);
}

/// Puts records and sessions pages together: pages merge into the record with the same id
/// (in the order given) and otherwise become a record of their own, marked sessions-only.
/// Copies of one record merge too (mergeSameCall).
/// Puts records and pages together. A page names its record (by @odata.context or the
/// fetch); one that does not goes with the only record opened with it. A participants page
/// with no record to go with is refused (it says nothing about a call on its own); `error`
/// says so.
std::vector<CallRecordPtr> assemble(std::vector<ParsedDocument>& documents, QString& error)
{
    std::vector<std::shared_ptr<CallRecord>> records;
    std::unordered_map<QString, size_t> byId;
    for (auto& document : documents) {
        for (auto& item : document.items) {
            if (item.kind != ParsedItem::Record)
                continue;
            if (!item.record.id.isNull()) {
                if (auto it = byId.find(idKey(item.record.id)); it != byId.end()) {
                    CallRecord& into = *records[it->second];
                    // Buffers and names are provenance, kept whichever copy's data wins.
                    auto buffers = into.buffers;
                    auto names = into.sourceNames;
                    mergeSameCall(into, std::move(item.record), document.buffer->name);
                    into.buffers = std::move(buffers);
                    into.sourceNames = std::move(names);
                    if (std::find(into.buffers.begin(), into.buffers.end(), document.buffer) == into.buffers.end())
                        into.buffers.push_back(document.buffer);
                    if (!into.sourceNames.contains(document.buffer->name))
                        into.sourceNames.append(document.buffer->name);
                    continue;
                }
            }
            auto record = std::make_shared<CallRecord>(std::move(item.record));
            record->buffers.push_back(document.buffer);
            record->sourceNames.append(document.buffer->name);
            if (!record->id.isNull())
                byId.emplace(idKey(record->id), records.size());
            records.push_back(std::move(record));
        }
    }
    for (auto& document : documents) {
        for (auto& item : document.items) {
            if (item.kind == ParsedItem::Record)
                continue;
            CallRecord& page = item.record;
            std::shared_ptr<CallRecord> target;
            if (!page.id.isNull()) {
                if (auto it = byId.find(idKey(page.id)); it != byId.end())
                    target = records[it->second];
            } else if (records.size() == 1) {
                target = records.front(); // a page without an id next to a single record
            } else if (item.kind == ParsedItem::ParticipantsPage) {
                QString why;
                if (records.empty()) {
                    why = Tr::tr("this is a page of participants (participants_v2) without the call record it "
                                 "belongs to; open it together with its record");
                } else {
                    //: %1 how many call records were opened with it
                    why = Tr::tr("this is a page of participants (participants_v2) that does not say which call "
                                 "record it belongs to, and %1 records were opened with it; open it with its "
                                 "record only")
                              .arg(records.size());
                }
                error = fileMessage(document.buffer->name, why);
                return {};
            }
            if (!target) {
                target = std::make_shared<CallRecord>();
                target->id = page.id;
                target->sessionsOnly = true;
                target->odataContext = page.odataContext;
                if (!page.id.isNull())
                    byId.emplace(idKey(page.id), records.size());
                records.push_back(target);
            }
            if (std::find(target->buffers.begin(), target->buffers.end(), document.buffer) == target->buffers.end())
                target->buffers.push_back(document.buffer);
            if (!target->sourceNames.contains(document.buffer->name))
                target->sourceNames.append(document.buffer->name);
            target->warnings += page.warnings;
            if (item.kind == ParsedItem::ParticipantsPage) {
                if (!target->participantsV2)
                    target->participantsV2.emplace();
                for (auto& participant : *page.participantsV2)
                    target->participantsV2->push_back(std::move(participant));
                target->participantsNextLink = page.participantsNextLink;
                continue;
            }
            for (auto& session : page.sessions)
                target->sessions.push_back(std::move(session));
            target->sessionsNextLink = page.sessionsNextLink;
        }
    }
    std::vector<CallRecordPtr> result;
    result.reserve(records.size());
    for (auto& record : records) {
        // Graph may list one session several times (one per service identity); say so.
        std::unordered_map<std::string_view, int> seen;
        int duplicates = 0;
        for (const auto& session : record->sessions) {
            if (!session.id.isNull() && ++seen[session.id.view()] == 2)
                ++duplicates;
        }
        if (duplicates > 0)
            record->warnings.append(
                //: %1 the number of session ids that occur more than once
                Tr::tr("Session ids that occur more than once: %1 (all copies are shown)").arg(duplicates));
        result.push_back(std::move(record));
    }
    return result;
}

LoadResult finish(std::vector<ParsedDocument>& documents, const LoadOptions& options)
{
    LoadResult result;
    for (auto& document : documents) {
        bool cancelled = false;
        result.error = parseDocument(document, options, cancelled);
        if (cancelled) {
            result.cancelled = true;
            return result;
        }
        if (!result.error.isEmpty()) {
            result.announcedCallIds = document.announcedCallIds;
            return result;
        }
    }
    result.records = assemble(documents, result.error);
    return result;
}

/// Reads `size` bytes from the start of `fd`. Big files are read by two threads, one half
/// each: most of the cost is the kernel filling fresh pages, which then runs on both cores.
/// Returns 0, an errno value, or -1 when the file ended early.
int readFully(int fd, char* data, qint64 size)
{
    const auto readRange = [fd, data](qint64 from, qint64 to) -> int {
        while (from < to) {
            const ssize_t n = ::pread(fd, data + from, size_t(to - from), off_t(from));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                return errno;
            }
            if (n == 0)
                return -1;
            from += n;
        }
        return 0;
    };
    constexpr qint64 kParallelThreshold = qint64(16) << 20;
    if (size < kParallelThreshold || std::thread::hardware_concurrency() < 2)
        return readRange(0, size);
    const qint64 middle = (size / 2) & ~qint64(4095);
    int secondResult = 0;
    std::thread second([&] { secondResult = readRange(middle, size); });
    const int firstResult = readRange(0, middle);
    second.join();
    return firstResult ? firstResult : secondResult;
}

std::shared_ptr<SourceBuffer> bufferFrom(ByteBuffer&& bytes, const QString& name)
{
    auto buffer = std::make_shared<SourceBuffer>();
    buffer->name = name;
    buffer->bytes = std::move(bytes);
    return buffer;
}

std::shared_ptr<SourceBuffer> bufferFrom(const std::string& bytes, const QString& name)
{
    ByteBuffer copy(bytes.size(), simdjson::SIMDJSON_PADDING);
    if (!bytes.empty())
        std::memcpy(copy.data(), bytes.data(), bytes.size());
    return bufferFrom(std::move(copy), name);
}

} // namespace

namespace {
QString openErrorText(int error)
{
    switch (error) {
    case ENOENT:
        return Tr::tr("no such file");
    case ELOOP:
        return Tr::tr("the path has a loop of symbolic links");
    case ENOTDIR:
        return Tr::tr("a part of the path is not a folder");
    case EACCES:
        return Tr::tr("permission denied (to the file, or to a folder on its path)");
    case ENXIO:
        return Tr::tr("this is a socket or a device, not a file");
    default:
        //: %1 the system's reason, e.g. "Input/output error"
        return Tr::tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(error)));
    }
}

QString notRegularText(mode_t mode)
{
    if (S_ISDIR(mode))
        return Tr::tr("this is a folder, not a file");
    if (S_ISFIFO(mode))
        return Tr::tr("this is a pipe (FIFO), not a file; save the JSON to a file and open that");
    if (S_ISSOCK(mode))
        return Tr::tr("this is a socket, not a file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Tr::tr("this is a device, not a file");
    return Tr::tr("this is not a regular file");
}
} // namespace

static LoadResult loadFiles(const QStringList& paths, const LoadOptions& options)
{
    std::vector<ParsedDocument> documents;
    for (const QString& path : paths) {
        const QString name = QDir::toNativeSeparators(path);
        LoadResult failed;
        // Opened without blocking (a FIFO would wait for a writer forever) and judged by what
        // was opened, not by a name that could change in between.
        const QByteArray native = QFile::encodeName(path);
        const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            failed.error = fileMessage(name, openErrorText(errno));
            return failed;
        }
        struct stat st { };
        if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            const mode_t mode = st.st_mode;
            ::close(fd);
            failed.error = fileMessage(name, notRegularText(mode));
            return failed;
        }
        ::close(fd);
        const QFileInfo info(path);
        if (info.size() > kMaxRecordFileSize) {
            failed.error = fileMessage(
                //: %1 the file size in MiB, e.g. 1500
                name, Tr::tr("the file is %1 MiB; files over 1 GiB are not opened").arg(info.size() / (1024 * 1024)));
            return failed;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            //: %1 why the file cannot be read, e.g. "Permission denied"
            failed.error = fileMessage(name, Tr::tr("cannot be read: %1").arg(file.errorString()));
            return failed;
        }
        const qint64 size = file.size();
        ByteBuffer bytes(size_t(size), simdjson::SIMDJSON_PADDING);
        if (const int error = readFully(file.handle(), bytes.data(), size)) {
            failed.error = fileMessage(name,
                error < 0 ? Tr::tr("the file became shorter while it was read")
                          //: %1 why the file cannot be read, e.g. "Permission denied"
                          : Tr::tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(error))));
            return failed;
        }
        documents.push_back({ bufferFrom(std::move(bytes), name), {}, DocumentKind::Auto, {}, {} });
    }
    return finish(documents, options);
}

/// Runs a load; running out of memory anywhere in it (reading, merging) is an error naming
/// the inputs, never an abort.
template <typename Load>
static LoadResult guardedLoad(const QStringList& names, Load&& load)
{
    try {
        return load();
    } catch (const std::bad_alloc&) {
        LoadResult failed;
        failed.error = fileMessage(names.join(QStringLiteral(", ")), outOfMemoryText());
        return failed;
    }
}

LoadResult loadCallRecordFiles(const QStringList& paths, const LoadOptions& options)
{
    QStringList names;
    for (const QString& path : paths)
        names.append(QDir::toNativeSeparators(path));
    return guardedLoad(names, [&] { return loadFiles(paths, options); });
}

LoadResult loadCallRecordFile(const QString& path, const LoadOptions& options)
{
    return loadCallRecordFiles(QStringList { path }, options);
}

LoadResult loadCallRecordBytes(std::string bytes, const QString& sourceName, const LoadOptions& options)
{
    std::vector<std::pair<std::string, QString>> documents;
    documents.emplace_back(std::move(bytes), sourceName);
    return loadCallRecordDocuments(std::move(documents), options);
}

LoadResult loadCallRecordDocuments(std::vector<std::pair<std::string, QString>> input, const LoadOptions& options)
{
    std::vector<InputDocument> documents;
    documents.reserve(input.size());
    for (auto& [bytes, name] : input)
        documents.push_back({ std::move(bytes), name, DocumentKind::Auto, {} });
    return loadCallRecordDocuments(std::move(documents), options);
}

LoadResult loadCallRecordDocuments(std::vector<InputDocument> input, const LoadOptions& options)
{
    QStringList names;
    for (const auto& document : input)
        names.append(document.name);
    return guardedLoad(names, [&] {
        std::vector<ParsedDocument> documents;
        for (auto& document : input) {
            documents.push_back(
                { bufferFrom(document.bytes, document.name), {}, document.kind, document.recordId, {} });
            std::string().swap(document.bytes); // the buffer holds a copy now
        }
        return finish(documents, options);
    });
}
