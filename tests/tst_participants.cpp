#include "tst_participants.h"

#include "document/documentview.h"
#include "quality/participants.h"
#include "record/loader.h"
#include "tree/participantsmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kTenant = "t-contoso";

QByteArray user(const QByteArray& id, const QByteArray& name, const QByteArray& tenant = kTenant)
{
    return R"({"@odata.type": "#microsoft.graph.callRecords.participantEndpoint", "associatedIdentity": {"id": ")" + id
        + R"(", "displayName": ")" + name + R"(", "tenantId": ")" + tenant
        + R"("}, "userAgent": {"@odata.type": "#microsoft.graph.callRecords.clientUserAgent", "platform": "windows", )"
          R"("applicationVersion": "1.0.1"}})";
}

QByteArray deprecatedUser(const QByteArray& kind, const QByteArray& id, const QByteArray& name)
{
    return R"({"@odata.type": "#microsoft.graph.callRecords.participantEndpoint", "identity": {")" + kind
        + R"(": {"id": ")" + id + R"(", "displayName": ")" + name + R"("}}})";
}

const QByteArray kService = R"({"@odata.type": "#microsoft.graph.callRecords.serviceEndpoint", "userAgent": )"
                            R"({"@odata.type": "#microsoft.graph.callRecords.serviceUserAgent", )"
                            R"("role": "skypeForBusinessAudioVideoMcu"}})";

/// A stream: direction and its metrics (JSON members).
QByteArray stream(const QByteArray& direction, const QByteArray& metrics)
{
    return R"({"streamId": "1", "streamDirection": ")" + direction + R"(", )" + metrics + "}";
}

const QByteArray kGood
    = R"("averageJitter": "PT0.005S", "averageRoundTripTime": "PT0.05S", "averagePacketLossRate": 0.001)";

QByteArray session(int n, const QByteArray& caller, const QByteArray& callee, const QByteArray& streams,
    const QByteArray& network = {})
{
    const QByteArray networks = network.isEmpty() ? QByteArray()
                                                  : R"("callerNetwork": {"connectionType": ")" + network
            + R"(", )"
              R"("wifiBand": "frequency24GHz"}, )";
    return R"({"id": "s)" + QByteArray::number(n) + R"(", "caller": )" + caller + R"(, "callee": )" + callee
        + R"(, "segments": [{"id": "g)" + QByteArray::number(n) + R"(", "media": [{"label": "main-audio", )" + networks
        + R"("streams": [)" + streams + "]}]}]}";
}

struct Loaded {
    CallRecordPtr record;
    std::shared_ptr<RecordClassification> classification;
    std::vector<ParticipantSummary> people;
};

Loaded load(const QByteArray& json)
{
    Loaded loaded;
    const LoadResult result = loadCallRecordBytes(json.toStdString(), u"people.json"_s);
    if (!result.ok() || result.records.size() != 1)
        qFatal("test record does not load: %s", qPrintable(result.error));
    loaded.record = result.records.front();
    loaded.classification = std::make_shared<RecordClassification>(*loaded.record, QualityProfile::cqdPoorStream());
    loaded.people = summarizeParticipants(*loaded.record, *loaded.classification);
    return loaded;
}

const ParticipantSummary* find(const std::vector<ParticipantSummary>& people, const QString& name)
{
    for (const auto& person : people) {
        if (person.name == name)
            return &person;
    }
    return nullptr;
}

QByteArray meeting()
{
    const QByteArray participants = R"json([
        {"id": "u-ana", "identity": {"user": {"id": "u-ana", "displayName": "Ana Souza", "tenantId": "t-contoso"}}},
        {"id": "u-bruno", "identity": {"user": {"id": "u-bruno", "displayName": "Bruno Costa", "tenantId": "t-contoso"}}},
        {"id": "g-carla", "identity": {"guest": {"id": "g-carla", "displayName": "Carla (Guest)"}}}
    ])json";
    QList<QByteArray> sessions {
        // Ana: what she received was poor (loss 20 %), what she sent good; on Wi-Fi.
        session(1, user("u-ana", "Ana Souza"), kService,
            stream("callerToCallee", kGood) + ","
                + stream("calleeToCaller",
                    R"("averageJitter": "PT0.01S", "averageRoundTripTime": "PT0.05S", "averagePacketLossRate": 0.2)"),
            "wifi"),
        // Bruno: jitter above 30 ms on what he received.
        session(2, user("u-bruno", "Bruno Costa"), kService,
            stream("callerToCallee", kGood) + ","
                + stream("calleeToCaller",
                    R"("averageJitter": "PT0.04S", "averageRoundTripTime": "PT0.05S", "averagePacketLossRate": 0.01)"),
            "wired"),
        // Ana rejoins: good both ways.
        session(3, user("u-ana", "Ana Souza"), kService,
            stream("callerToCallee", kGood) + "," + stream("calleeToCaller", kGood)),
        // Dora, another tenant, named only in the deprecated identity set.
        session(4, deprecatedUser("user", "u-dora", "Dora Lima"), kService, stream("callerToCallee", kGood)),
        // A phone participant.
        session(5, deprecatedUser("phone", "+5511999990000", ""), kService, stream("callerToCallee", kGood)),
    };
    return R"({"id": "m1", "type": "groupCall", "organizer_v2": {"id": "u-ana", "identity": {"user": {"id": "u-ana",
        "displayName": "Ana Souza", "tenantId": "t-contoso"}}}, "participants_v2": )"
        + participants + R"(, "sessions": [)" + sessions.join(",") + "]}";
}

} // namespace

void TestParticipants::meetingPeopleAreMergedAndRanked()
{
    const Loaded loaded = load(meeting());
    const auto& people = loaded.people;
    // Ana, Bruno, Carla (listed, never joined), Dora, the phone, and the service.
    QCOMPARE(people.size(), size_t(6));
    const ParticipantSummary* ana = find(people, u"Ana Souza"_s);
    QVERIFY(ana);
    QCOMPARE(ana->sessions.size(), size_t(2)); // sessions 1 and 3, merged by id
    QCOMPARE(ana->role, ParticipantRole::Organizer);
    QVERIFY(ana->listed);
    QCOMPARE(ana->clients, QStringList { u"windows 1.0.1"_s });
    QCOMPARE(ana->connections, QStringList { u"wifi (frequency24GHz)"_s });

    const ParticipantSummary* bruno = find(people, u"Bruno Costa"_s);
    QVERIFY(bruno);
    QCOMPARE(bruno->role, ParticipantRole::Attendee);
    QCOMPARE(bruno->connections, QStringList { u"wired"_s });

    const ParticipantSummary* carla = find(people, u"Carla (Guest)"_s);
    QVERIFY(carla);
    QCOMPARE(carla->role, ParticipantRole::Anonymous);
    QVERIFY(carla->sessions.empty());
    QCOMPARE(carla->received.streams, 0);

    const ParticipantSummary* dora = find(people, u"Dora Lima"_s);
    QVERIFY(dora);
    QCOMPARE(dora->id, u"u-dora"_s);
    QVERIFY(!dora->listed);

    const ParticipantSummary* phone = find(people, u"+5511999990000"_s);
    QVERIFY(phone);
    QCOMPARE(phone->role, ParticipantRole::External);
    QCOMPARE(phone->upnOrNumber, u"+5511999990000"_s);
    QCOMPARE(phone->identityKind, u"phone"_s);

    // Worst first: the two who received poor audio, Ana (loss 20 %, far past 10 %) before
    // Bruno (jitter 40 ms, a little past 30 ms); the service last.
    QCOMPARE(people[0].name, u"Ana Souza"_s);
    QCOMPARE(people[1].name, u"Bruno Costa"_s);
    QCOMPARE(people[0].worstVerdict(), Verdict::Poor);
    QCOMPARE(people[1].worstVerdict(), Verdict::Poor);
    QCOMPARE(people.back().role, ParticipantRole::Service);
    QCOMPARE(people.back().sessions.size(), size_t(5));
    for (size_t i = 2; i + 1 < people.size(); ++i)
        QVERIFY(people[i].worstVerdict() != Verdict::Poor);
}

void TestParticipants::directionsFollowTheStreams()
{
    const Loaded loaded = load(meeting());
    const ParticipantSummary* ana = find(loaded.people, u"Ana Souza"_s);
    QVERIFY(ana);
    // Received: sessions 1 and 3, callee to caller; the worst is session 1's.
    QCOMPARE(ana->received.streams, 2);
    QCOMPARE(ana->received.poorStreams, 1);
    QCOMPARE(ana->received.verdict, Verdict::Poor);
    QVERIFY(ana->received.worstStream == &loaded.record->sessions[0].segments[0].media[0].streams[1]);
    QCOMPARE(ana->received.worstPath, (NodePath { NodePath::Kind::Stream, 0, 0, 0, 1 }));
    QVERIFY(ana->received.decidingRule);
    QCOMPARE(ana->received.decidingRule->metric, Metric::AveragePacketLossRate);
    QCOMPARE(*ana->received.worstLoss, 0.2);
    QCOMPARE(*ana->received.worstJitter, 10.0);
    QCOMPARE(ana->sent.streams, 2);
    QCOMPARE(ana->sent.verdict, Verdict::Good);
    QCOMPARE(ana->sent.poorStreams, 0);
    // The service sent what Ana and Bruno received poorly.
    const ParticipantSummary& service = loaded.people.back();
    QCOMPARE(service.sent.poorStreams, 2);
    QCOMPARE(service.received.streams, 5);
    QCOMPARE(*service.sent.worstJitter, 40.0);
}

void TestParticipants::sameNameWithoutIdIsTheSamePerson()
{
    // A client that sent no id (an old dump) but the same display name as a listed person.
    const QByteArray json = R"({"id": "m2", "participants_v2": [{"id": "u-bruno", "identity": {"user":
        {"id": "u-bruno", "displayName": "Bruno Costa"}}}], "sessions": [)"
        + session(1, deprecatedUser("user", "", "Bruno Costa"), kService, stream("callerToCallee", kGood)) + "]}";
    const Loaded loaded = load(json);
    QCOMPARE(loaded.people.size(), size_t(2));
    const ParticipantSummary* bruno = find(loaded.people, u"Bruno Costa"_s);
    QVERIFY(bruno);
    QCOMPARE(bruno->id, u"u-bruno"_s);
    QCOMPARE(bruno->sessions.size(), size_t(1));
    QCOMPARE(bruno->sent.streams, 1);
}

void TestParticipants::twoIdsWithOneNameAreTwoPeople()
{
    const QByteArray json = R"({"id": "m3", "sessions": [)"
        + session(1, user("u-1", "Maria Silva"), kService, stream("callerToCallee", kGood)) + ","
        + session(2, user("u-2", "Maria Silva"), kService, stream("callerToCallee", kGood)) + "]}";
    const Loaded loaded = load(json);
    int marias = 0;
    for (const auto& person : loaded.people)
        marias += person.name == u"Maria Silva" ? 1 : 0;
    QCOMPARE(marias, 2);
}

void TestParticipants::peerToPeerCallHasTwoPeople()
{
    // Caller and callee are people; no service. Unnamed endpoints stay apart per session.
    const QByteArray json = R"({"id": "p2p", "type": "peerToPeer", "sessions": [)"
        + session(1, user("u-a", "Abel"), user("u-b", "Bia"),
            stream("callerToCallee",
                R"("averageJitter": "PT0.005S", "averageRoundTripTime": "PT0.6S", "averagePacketLossRate": 0.001)")
                + "," + stream("calleeToCaller", kGood))
        + "," + session(2, R"({"name": "desk"})", R"({})", stream("callerToCallee", kGood)) + "]}";
    const Loaded loaded = load(json);
    const ParticipantSummary* abel = find(loaded.people, u"Abel"_s);
    const ParticipantSummary* bia = find(loaded.people, u"Bia"_s);
    QVERIFY(abel && bia);
    // Round-trip time 600 ms on what Abel sent: Abel's uplink is poor, and Bia received it.
    QCOMPARE(abel->sent.verdict, Verdict::Poor);
    QCOMPARE(bia->received.verdict, Verdict::Poor);
    QCOMPARE(bia->sent.verdict, Verdict::Good);
    QCOMPARE(*bia->received.worstRoundTrip, 600.0);
    for (const auto& person : loaded.people)
        QVERIFY(person.role != ParticipantRole::Service);
    // "desk" (a device name) and the callee nobody names.
    QCOMPARE(loaded.people.size(), size_t(4));
}

void TestParticipants::tableModel()
{
    const LoadResult result = loadCallRecordBytes(meeting().toStdString(), u"people.json"_s);
    QVERIFY(result.ok());
    ParticipantsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setView(analyse(result.records.front(), QualityProfile::cqdPoorStream()));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(ParticipantsModel::ColumnCount));
    const auto cell
        = [&](int row, int column, int role = Qt::DisplayRole) { return model.data(model.index(row, column), role); };
    QCOMPARE(cell(0, ParticipantsModel::NameColumn).toString(), u"Ana Souza"_s);
    QCOMPARE(cell(0, ParticipantsModel::RoleColumn).toString(), u"organizer"_s);
    QCOMPARE(cell(0, ParticipantsModel::SessionsColumn).toString(), u"2"_s);
    QVERIFY(cell(0, ParticipantsModel::ReceivedColumn).toString().startsWith(u"Poor: "_s));
    QVERIFY(cell(0, ParticipantsModel::ReceivedColumn, Qt::ToolTipRole).toString().contains(u"1 of 2 streams poor"_s));
    QCOMPARE(cell(0, ParticipantsModel::ReceivedLossColumn).toString(), u"20 %"_s);
    QCOMPARE(cell(0, ParticipantsModel::SentColumn).toString(), u"Good"_s);
    QCOMPARE(cell(0, ParticipantsModel::NameColumn, ParticipantsModel::WorstPathRole).value<NodePath>(),
        (NodePath { NodePath::Kind::Stream, 0, 0, 0, 1 }));
    // Carla never joined: no verdicts, measurements missing (not 0).
    int carla = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (cell(row, ParticipantsModel::NameColumn).toString() == u"Carla (Guest)")
            carla = row;
    }
    QCOMPARE(carla, 4); // unclassified: after the people with verdicts, before the service
    QVERIFY(cell(carla, ParticipantsModel::ReceivedColumn).toString().isEmpty());
    QVERIFY(cell(carla, ParticipantsModel::ReceivedJitterColumn).toString() != u"0 ms"_s);

    // Sorting by a measurement is numeric: the highest received jitter first is Bruno's 40 ms.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ParticipantsModel::SortRole);
    proxy.sort(ParticipantsModel::ReceivedJitterColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ParticipantsModel::NameColumn).data().toString(), u"Bruno Costa"_s);
    // By the received verdict, ascending: the poor ones first, the worst of them first.
    proxy.sort(ParticipantsModel::ReceivedColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, ParticipantsModel::NameColumn).data().toString(), u"Ana Souza"_s);
    QCOMPARE(proxy.index(1, ParticipantsModel::NameColumn).data().toString(), u"Bruno Costa"_s);
    model.setView(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestParticipants)
