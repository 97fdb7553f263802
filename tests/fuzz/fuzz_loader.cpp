// libFuzzer target: bytes -> loader -> everything that reads a loaded record (classification,
// findings, summary, CSV, JSON round trip, Markdown, redaction, worst streams, tree models).
// Besides crashes and sanitizer reports, it aborts when the JSON writer produces output the
// loader refuses or loads as different data (the documented round-trip guarantee).

#include "document/recorddocument.h"
#include "export/csvexporter.h"
#include "export/markdown.h"
#include "export/summary.h"
#include "format/people.h"
#include "quality/classifier.h"
#include "quality/findings.h"
#include "quality/qualityprofile.h"
#include "quality/worststreams.h"
#include "record/jsonwriter.h"
#include "record/loader.h"
#include "redaction/redaction.h"
#include "tree/calltreemodel.h"
#include "tree/propertymodel.h"
#include "tree/recordfilterproxy.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

const char* g_stage = ""; // which load of the input is being checked, for failure messages

/// Fails the run (libFuzzer keeps the input) with the reason and the JSON involved.
[[noreturn]] void fail(const char* what, const std::string& detail = {}, const QString& error = {})
{
    std::fprintf(stderr, "fuzz_loader: %s (%s)\n", what, g_stage);
    if (!error.isEmpty())
        std::fprintf(stderr, "  error: %s\n", qUtf8Printable(error));
    if (!detail.empty())
        std::fprintf(stderr, "  json (%zu bytes): %.4000s\n", detail.size(), detail.c_str());
    std::abort();
}

/// Reads every role the views use for every index of `model`, depth first.
void walk(const QAbstractItemModel& model, const QModelIndex& parent, int roleCount, int& budget)
{
    const int rows = model.rowCount(parent);
    const int columns = model.columnCount(parent);
    for (int row = 0; row < rows && budget > 0; ++row) {
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model.index(row, column, parent);
            if (!index.isValid() || model.parent(index) != parent)
                fail("model index does not lead back to its parent");
            --budget;
            for (int role :
                { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::TextAlignmentRole), int(Qt::DecorationRole) })
                (void)model.data(index, role);
            for (int role = Qt::UserRole + 1; role < roleCount; ++role)
                (void)model.data(index, role);
        }
        walk(model, model.index(row, 0, parent), roleCount, budget);
    }
}

/// The first `limit` column-0 indexes of `model`, depth first.
void collect(const QAbstractItemModel& model, const QModelIndex& parent, std::vector<QModelIndex>& out, size_t limit)
{
    const int rows = model.rowCount(parent);
    for (int row = 0; row < rows && out.size() < limit; ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        out.push_back(index);
        collect(model, index, out, limit);
    }
}

void exerciseTree(const CallRecordPtr& record)
{
    // A document, as the window has it: the record judged, its redacted copy, the selection.
    RecordDocument document(DocumentOrigin {}, record, QualityProfile::cqdPoorStream());
    CallTreeModel tree;
    tree.setView(document.view());
    for (int section = 0; section < CallTreeModel::ColumnCount; ++section) {
        (void)tree.headerData(section, Qt::Horizontal, Qt::DisplayRole);
        (void)tree.headerData(section, Qt::Horizontal, Qt::ToolTipRole);
    }
    int budget = 4000;
    walk(tree, {}, CallTreeModel::RoleCount, budget);

    // Detail pane and navigation helpers for the first nodes in display order.
    std::vector<QModelIndex> nodes;
    collect(tree, {}, nodes, 64);
    PropertyModel properties;
    for (const QModelIndex& index : nodes) {
        const NodeRef node = tree.node(index);
        (void)node.sourceJson();
        properties.setNode(node, &tree.classification());
        int propertyBudget = 400;
        walk(properties, {}, PropertyModel::RoleCount, propertyBudget);
        if (tree.index(node.path()) != index)
            fail("CallTreeModel::index(NodePath) does not find a node's index");
        if (resolve(*record, node.path()).item() != node.item())
            fail("resolve(NodePath) does not find a node");
        (void)tree.matches(index, "a");
        (void)tree.matches(index, "10.");
        (void)tree.nextProblem(index, false);
        (void)tree.nextProblem(index, true);
    }
    (void)tree.firstStreamIndex();
    properties.clear();

    // Sorting and filtering as the main window does.
    RecordFilterProxy proxy;
    proxy.setSourceModel(&tree);
    proxy.setSortRole(CallTreeModel::SortRole);
    for (int column :
        { int(CallTreeModel::NameColumn), int(CallTreeModel::JitterColumn), int(CallTreeModel::QualityColumn) }) {
        proxy.sort(column, Qt::AscendingOrder);
        proxy.sort(column, Qt::DescendingOrder);
    }
    proxy.setFilterText(u"a"_s);
    int proxyBudget = 1000;
    walk(proxy, {}, CallTreeModel::RoleCount, proxyBudget);
    proxy.setFilterText({});
    proxy.setPoorOnly(true);
    proxyBudget = 1000;
    walk(proxy, {}, CallTreeModel::RoleCount, proxyBudget);

    // The redacted copy keeps the rows; another profile re-judges the record.
    tree.setView(document.view(Redaction::ForPeople));
    budget = 400;
    walk(tree, {}, CallTreeModel::RoleCount, budget);
    document.setProfileNow(QualityProfile::teamsNetworkTargets());
    tree.setView(document.view(Redaction::ForPeople));
    budget = 400;
    walk(tree, {}, CallTreeModel::RoleCount, budget);
}

/// Writing what was loaded and loading it again gives the same data and the same bytes.
void checkRoundTrip(const std::vector<CallRecordPtr>& records)
{
    const std::string written = writeCallRecordsJson(records);
    const LoadResult again = loadCallRecordBytes(written, u"written.json"_s);
    if (!again.ok())
        fail("the loader refuses JSON written by writeCallRecordsJson", written, again.error);
    if (again.records.size() != records.size())
        fail("writeCallRecordsJson output loads as a different number of records", written);
    for (size_t i = 0; i < records.size(); ++i) {
        if (!records[i]->hasSameData(*again.records[i]))
            fail("writeCallRecordsJson output loads as different data", written);
    }
    if (writeCallRecordsJson(again.records) != written)
        fail("writing a written record again gives different JSON", written);
}

void exerciseRecord(const CallRecordPtr& record)
{
    const QualityProfile profile = QualityProfile::cqdPoorStream();
    const auto classification = std::make_shared<const RecordClassification>(*record, profile);
    const FindingsResult findings = computeFindings(*record, *classification);
    const QString findingsPlain = findingsText(findings);
    const QString summary = recordSummary(*record, profile);
    (void)participantNames(*record);
    (void)organizerName(*record);
    (void)countNodes(*record);

    for (const RankedStream& ranked : worstStreams(*record, *classification, 10)) {
        (void)ranked.fromTo();
        if (ranked.verdict) {
            (void)ranked.verdict->reasonsText();
            (void)ranked.verdict->reasonsCsv();
        }
    }
    (void)classification->explain(*record, record.get());

    MarkdownOptions markdownOptions;
    markdownOptions.exportTime = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    markdownOptions.viewerVersion = u"fuzz"_s;
    (void)recordMarkdown(*record, *classification, markdownOptions);

    // Redaction: the copy must still be a record the rest of the program can handle.
    const CallRecordPtr redacted = redactRecord(record);
    if (!redacted)
        fail("redactRecord returned null for a record");
    const Redactor redactor(*record);
    (void)redactor.text(findingsPlain);
    (void)redactor.text(summary);
    for (const QString& warning : record->warnings)
        (void)redactor.text(warning);
    const RecordClassification redactedClassification(*redacted, profile);
    markdownOptions.redacted = true;
    (void)recordMarkdown(*redacted, redactedClassification, markdownOptions);
    (void)recordSummary(*redacted, profile);
    const std::string redactedJson = writeCallRecordJson(*redacted);
    const LoadResult redactedAgain = loadCallRecordBytes(redactedJson, u"redacted.json"_s);
    if (!redactedAgain.ok())
        fail("the loader refuses the JSON of a redacted record", redactedJson, redactedAgain.error);

    exerciseTree(record);
}

bool isPlainIdCharacter(QChar c)
{
    return c.isDigit() || (c.unicode() < 0x80 && c.isLetter()) || c == u'-';
}

void exercise(const LoadResult& result)
{
    if (!result.ok())
        return;
    if (result.records.empty())
        fail("a successful load without records");
    for (const CallRecordPtr& record : result.records) {
        if (!record)
            fail("a successful load with a null record");
        exerciseRecord(record);
    }
    (void)streamsCsv(result.records);
    checkRoundTrip(result.records);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // Nothing here needs an event loop, but QCoreApplication::translate and the models are
    // meant to run with an application object.
    static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto* bytes = reinterpret_cast<const char*>(data);
    g_stage = "the input as one document";
    exercise(loadCallRecordBytes(std::string(bytes, size), u"fuzz.json"_s));

    // Several documents loaded together (a record and its sessions or participants pages):
    // the first byte says where to cut the input in two.
    if (size < 2)
        return 0;
    const size_t cut = size * size_t(data[0]) / 256;
    const std::string first(bytes, cut);
    const std::string second(bytes + cut, size - cut);
    g_stage = "the input cut in two documents";
    const LoadResult merged = loadCallRecordDocuments(
        std::vector<std::pair<std::string, QString>> { { first, u"first.json"_s }, { second, u"second.json"_s } });
    exercise(merged);

    // The same with the second document tagged as the Graph client tags pages; the last byte
    // picks the kind.
    const DocumentKind kinds[] = { DocumentKind::Auto, DocumentKind::SessionsPage, DocumentKind::ParticipantsPage };
    std::vector<InputDocument> documents(2);
    documents[0].bytes = first;
    documents[0].name = u"record.json"_s;
    documents[1].bytes = second;
    documents[1].name = u"page.json"_s;
    documents[1].kind = kinds[data[size - 1] % 3];
    // The Graph client tags pages with the call id it asked for, always a GUID; an id with
    // quotes or slashes could not be named in an @odata.context.
    QString recordId = merged.ok() && !merged.records.empty() ? merged.records.front()->id.toQString() : QString();
    if (recordId.isEmpty() || !std::all_of(recordId.cbegin(), recordId.cend(), isPlainIdCharacter))
        recordId = u"fuzz-record"_s;
    documents[1].recordId = recordId;
    g_stage = "the input cut in a record and a tagged page";
    exercise(loadCallRecordDocuments(std::move(documents)));
    return 0;
}
