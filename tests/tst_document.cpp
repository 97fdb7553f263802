// Documents: positions of nodes, the shared walk, views and their redacted copies, re-judging
// off the GUI thread, the selection, and the tree model and panes that follow a document.
#include "document/recorddocument.h"
#include "format/people.h"
#include "quality/worststreams.h"
#include "record/loader.h"
#include "tree/calltreemodel.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kFull = QStringLiteral(CRV_SAMPLES "/seed-full-example.json");

CallRecordPtr loadPath(const QString& path)
{
    const LoadResult result = loadCallRecordFile(path);
    if (!result.ok())
        qFatal("%s", qPrintable(result.error));
    return result.records.front();
}

/// A generated group call (participants, poor and good streams, several media per segment).
CallRecordPtr generated(int sessions, int seed = 3)
{
    QProcess generator;
    generator.start(QStringLiteral(CRV_GENERATOR),
        { u"--sessions"_s, QString::number(sessions), u"--seed"_s, QString::number(seed) });
    if (!generator.waitForFinished(60000))
        qFatal("generator failed");
    const LoadResult result = loadCallRecordBytes(generator.readAllStandardOutput().toStdString(), u"gen.json"_s);
    if (!result.ok())
        qFatal("%s", qPrintable(result.error));
    return result.records.front();
}

/// Every node of a record by path, in record order.
std::vector<NodePath> allPaths(const CallRecord& record)
{
    std::vector<NodePath> paths { NodePath::record() };
    for (int s = 0; s < int(record.sessions.size()); ++s) {
        paths.push_back({ NodePath::Kind::Session, s });
        const Session& session = record.sessions[size_t(s)];
        for (int g = 0; g < int(session.segments.size()); ++g) {
            paths.push_back({ NodePath::Kind::Segment, s, g });
            const Segment& segment = session.segments[size_t(g)];
            for (int m = 0; m < int(segment.media.size()); ++m) {
                paths.push_back({ NodePath::Kind::Media, s, g, m });
                for (int i = 0; i < int(segment.media[size_t(m)].streams.size()); ++i)
                    paths.push_back({ NodePath::Kind::Stream, s, g, m, i });
            }
        }
    }
    return paths;
}
} // namespace

class TestDocument : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_big = generated(40);
        QVERIFY(m_big->sessions.size() == 40);
    }

    void pathsResolveToTheirNodes()
    {
        const CallRecord& record = *m_big;
        for (const NodePath& path : allPaths(record)) {
            const NodeRef node = resolve(record, path);
            QCOMPARE(node.kind, path.kind);
            QCOMPARE(node.path(), path);
            QCOMPARE(pathOf(record, node.session, node.segment, node.media, node.stream), path);
        }
        // Paths outside the record, and pointers of another record, are no nodes.
        QCOMPARE(resolve(record, { NodePath::Kind::Session, 40 }).kind, NodePath::Kind::None);
        QCOMPARE(resolve(record, { NodePath::Kind::Stream, 0, 0, 0, 99 }).kind, NodePath::Kind::None);
        const CallRecordPtr other = loadPath(kFull);
        QVERIFY(pathOf(record, &other->sessions[0]).isNull());
        QCOMPARE(
            NodePath({ NodePath::Kind::Stream, 1, 2, 0, 1 }).parent(), (NodePath { NodePath::Kind::Media, 1, 2, 0 }));
        QVERIFY(NodePath::record().parent().isNull());
    }

    void walkVisitsTheScope()
    {
        const CallRecord& record = *m_big;
        const RecordCounts counts = countNodes(record);
        int all = 0;
        forEachStream(record, [&](const StreamPlace& place) {
            QCOMPARE(resolve(record, place.path()).stream, &place.stream);
            ++all;
        });
        QCOMPARE(all, int(counts.streams));
        // A session, a segment, a media and a stream (its media's streams) as scopes.
        const Session& session = record.sessions[3];
        int inSession = 0;
        forEachStream(record, { NodePath::Kind::Session, 3 }, [&](const StreamPlace& place) {
            QCOMPARE(&place.session, &session);
            ++inSession;
        });
        int expected = 0;
        for (const Segment& segment : session.segments)
            for (const Media& media : segment.media)
                expected += int(media.streams.size());
        QCOMPARE(inSession, expected);
        int inSegment = 0;
        forEachStream(record, { NodePath::Kind::Segment, 3, 0 }, [&](const StreamPlace& p) {
            QCOMPARE(&p.segment, &session.segments[0]);
            ++inSegment;
        });
        int segmentStreams = 0;
        for (const Media& media : session.segments[0].media)
            segmentStreams += int(media.streams.size());
        QCOMPARE(inSegment, segmentStreams);
        int inMedia = 0;
        forEachStream(record, { NodePath::Kind::Stream, 3, 0, 1, 0 }, [&](const StreamPlace& p) {
            QCOMPARE(&p.media, &session.segments[0].media[1]);
            ++inMedia;
        });
        QCOMPARE(inMedia, int(session.segments[0].media[1].streams.size()));
    }

    void redactedViewKeepsVerdictsWithoutJudgingAgain()
    {
        const DocumentViewPtr original = analyse(m_big, QualityProfile::cqdPoorStream());
        const DocumentViewPtr redacted = redactedView(*original, Redaction::ForPeople);
        QVERIFY(redacted->record != original->record);
        QCOMPARE(redacted->redaction, Redaction::ForPeople);
        // The verdicts looked up for the copy are those a fresh classification of it gives.
        const RecordClassification fresh(*redacted->record, original->profile());
        QCOMPARE(redacted->classification->poorStreamCount(), original->classification->poorStreamCount());
        QVERIFY(original->classification->poorStreamCount() > 0);
        int compared = 0;
        for (const NodePath& path : allPaths(*m_big)) {
            const void* mine = resolve(*redacted->record, path).item();
            const void* theirs = resolve(*original->record, path).item();
            QCOMPARE(redacted->classification->verdict(mine), fresh.verdict(mine));
            QCOMPARE(redacted->classification->verdict(mine), original->classification->verdict(theirs));
            if (path.kind == NodePath::Kind::Stream) {
                const StreamVerdict* a = redacted->classification->stream(resolve(*redacted->record, path).stream);
                const StreamVerdict* b = fresh.stream(resolve(*redacted->record, path).stream);
                QVERIFY(a && b);
                QCOMPARE(a->reasonsCsv(), b->reasonsCsv());
            }
            if (path.kind == NodePath::Kind::Media) {
                const auto* a = redacted->classification->deviceProblems(resolve(*redacted->record, path).media);
                const auto* b = fresh.deviceProblems(resolve(*redacted->record, path).media);
                QCOMPARE(a != nullptr, b != nullptr);
            }
            ++compared;
        }
        QVERIFY(compared > 200);
        // The findings are written from the copy: no participant's name is in them.
        const QStringList names = participantNames(*m_big);
        QVERIFY(!names.isEmpty());
        for (const Finding& finding : redacted->findings().findings) {
            const QString text = finding.title + u' ' + finding.evidence.join(u' ');
            for (const QString& name : names)
                QVERIFY2(!text.contains(name), qPrintable(text));
        }
        // A copy of another shape is classified afresh rather than given wrong verdicts.
        const CallRecordPtr sample = loadPath(kFull);
        const RecordClassification other(*original->classification, *original->record, *sample);
        QCOMPARE(other.streamCount(), int(countNodes(*sample).streams));
    }

    void documentMakesRedactedCopiesOnce()
    {
        RecordDocument document(DocumentOrigin::fromFiles({ kFull }), loadPath(kFull), QualityProfile::cqdPoorStream());
        QCOMPARE(document.origin().kind, DocumentOrigin::Kind::Files);
        const DocumentViewPtr first = document.view(Redaction::ForPeople);
        QCOMPARE(document.view(Redaction::ForPeople), first); // kept
        QVERIFY(document.view(Redaction::ForData) != first); // English placeholders: another copy
        QVERIFY(document.view(Redaction::None)->record == document.record());
        QVERIFY(!first->record->sessions[0].caller->associatedIdentity
            || first->record->sessions[0].caller->associatedIdentity->displayName.toQString() != u"Abbie Wilkins"_s);
    }

    void profileChangeRunsOffTheGuiThread()
    {
        RecordDocument document(DocumentOrigin {}, m_big, QualityProfile::cqdPoorStream());
        const CallRecordPtr redactedRecord = document.view(Redaction::ForPeople)->record;
        const DocumentViewPtr before = document.view();
        QSignalSpy changed(&document, &RecordDocument::changed);
        QSignalSpy busy(&document, &RecordDocument::analysingChanged);
        document.setProfile(QualityProfile::teamsNetworkTargets());
        // Nothing changes until the pool thread is done.
        QCOMPARE(document.view(), before);
        QVERIFY(document.isAnalysing());
        QVERIFY(changed.wait(10000));
        QVERIFY(!document.isAnalysing());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(document.profile().name, QualityProfile::teamsNetworkTargets().name);
        QCOMPARE(document.view()->record, before->record);
        // The redacted copy is kept and judged with the new profile, not made again.
        QCOMPARE(document.view(Redaction::ForPeople)->record, redactedRecord);
        QCOMPARE(document.view(Redaction::ForPeople)->profile().name, QualityProfile::teamsNetworkTargets().name);

        // Two changes in a row: the last one wins.
        changed.clear();
        document.setProfile(QualityProfile::cqdPoorStream());
        document.setProfile(QualityProfile::teamsNetworkTargets());
        QTRY_VERIFY(!document.isAnalysing());
        QCOMPARE(document.profile().name, QualityProfile::teamsNetworkTargets().name);
        QCOMPARE(changed.count(), 1);
    }

    void selectionSurvivesWhatItCan()
    {
        RecordDocument document(DocumentOrigin {}, m_big, QualityProfile::cqdPoorStream());
        NodeSelection* selection = document.selection();
        QCOMPARE(selection->current(), NodePath::record());
        QSignalSpy spy(selection, &NodeSelection::currentChanged);
        const NodePath stream { NodePath::Kind::Stream, 5, 0, 1, 1 };
        selection->setCurrent(stream);
        selection->setCurrent(stream); // no second signal for the same node
        QCOMPARE(spy.count(), 1);
        // A reload with the node still there keeps it; one without it goes back to the call.
        document.setRecord(analyse(generated(40), QualityProfile::cqdPoorStream()));
        QCOMPARE(selection->current(), stream);
        document.setRecord(analyse(loadPath(kFull), QualityProfile::cqdPoorStream()));
        QCOMPARE(selection->current(), NodePath::record());
    }

    void treeModelKeepsItsRowsForTheRedactedCopy()
    {
        RecordDocument document(DocumentOrigin {}, m_big, QualityProfile::cqdPoorStream());
        CallTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setView(document.view());
        const NodePath path { NodePath::Kind::Stream, 7, 0, 2, 1 };
        const QPersistentModelIndex stream = model.index(path);
        QVERIFY(stream.isValid());
        QCOMPARE(model.node(stream).path(), path);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setView(document.view(Redaction::ForPeople));
        QCOMPARE(resets.count(), 0);
        QVERIFY(stream.isValid());
        QCOMPARE(model.node(stream).stream, resolve(*document.view(Redaction::ForPeople)->record, path).stream);
        model.setView(document.view());
        QCOMPARE(resets.count(), 0);
        // Another record resets the model.
        model.setView(analyse(loadPath(kFull), QualityProfile::cqdPoorStream()));
        QCOMPARE(resets.count(), 1);
        QVERIFY(!model.index(path).isValid());
        model.setView(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void worstStreamsRankOneWayInEveryScope()
    {
        const DocumentViewPtr view = analyse(m_big, QualityProfile::cqdPoorStream());
        int total = 0;
        const std::vector<RankedStream> all
            = worstStreams(*view->record, *view->classification, 1'000'000, NodePath::record(), &total);
        QCOMPARE(total, int(countNodes(*m_big).streams));
        QCOMPARE(int(all.size()), total);
        for (size_t i = 1; i < all.size(); ++i)
            QVERIFY(!ranksWorse(all[i], all[i - 1]));
        // Poor ones first, the worst 5 are the first 5 of the full ranking.
        const std::vector<RankedStream> five = worstStreams(*view->record, *view->classification, 5);
        for (size_t i = 0; i < five.size(); ++i)
            QCOMPARE(five[i].stream, all[i].stream);
        QVERIFY(five.front().verdict && five.front().verdict->verdict == Verdict::Poor);
        // A session's ranking holds only its streams, with their paths.
        const std::vector<RankedStream> session
            = worstStreams(*view->record, *view->classification, 100, { NodePath::Kind::Session, 2 }, &total);
        QCOMPARE(int(session.size()), total);
        for (const RankedStream& ranked : session) {
            QCOMPARE(ranked.path.session, 2);
            QCOMPARE(resolve(*view->record, ranked.path).stream, ranked.stream);
        }
    }

private:
    CallRecordPtr m_big;
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
