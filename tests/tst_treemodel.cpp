// Item models: QAbstractItemModelTester on every fixture, then content of specific indexes.
#include "record/loader.h"
#include "tree/calltreemodel.h"
#include "tree/propertymodel.h"
#include "tree/recordfilterproxy.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
/// Shows `record` judged with the default profile (null: nothing).
void setRecord(CallTreeModel& model, CallRecordPtr record)
{
    model.setView(record ? analyse(std::move(record), QualityProfile::cqdPoorStream()) : nullptr);
}

CallRecordPtr loadPath(const QString& path)
{
    const LoadResult result = loadCallRecordFile(path);
    if (!result.ok())
        qFatal("%s", qPrintable(result.error));
    return result.records.front();
}

CallRecordPtr loadBytes(const QByteArray& json)
{
    const LoadResult result = loadCallRecordBytes(json.toStdString(), u"test.json"_s);
    if (!result.ok())
        qFatal("%s", qPrintable(result.error));
    return result.records.front();
}

CallRecordPtr generated(int sessions)
{
    QProcess generator;
    generator.start(QStringLiteral(CRV_GENERATOR), { u"--sessions"_s, QString::number(sessions), u"--seed"_s, u"5"_s });
    if (!generator.waitForFinished(60000))
        qFatal("generator failed");
    return loadBytes(generator.readAllStandardOutput());
}

const QString kFull = QStringLiteral(CRV_SAMPLES "/seed-full-example.json");
const QString kBasic = QStringLiteral(CRV_SAMPLES "/seed-basic-example.json");

QModelIndex child(const QAbstractItemModel& model, std::initializer_list<int> rows, int column = 0)
{
    QModelIndex index;
    for (int row : rows)
        index = model.index(row, 0, index);
    return index.siblingAtColumn(column);
}
} // namespace

class TestTreeModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void modelTester_data()
    {
        QTest::addColumn<CallRecordPtr>("record");
        QTest::newRow("seed full") << loadPath(kFull);
        QTest::newRow("seed basic (no sessions)") << loadPath(kBasic);
        QTest::newRow("generated 60") << generated(60);
        QTest::newRow("sessions page only")
            << loadBytes(R"({"value": [{"id": "s1", "segments": [{"id": "g", "media": []}]}]})");
        QTest::newRow("empty media and streams") << loadBytes(
            R"({"id": "e", "sessions": [{"id": "s", "segments": [{"media": [{"label": "x", "streams": []}]}, {}]}]})");
    }
    void modelTester()
    {
        QFETCH(CallRecordPtr, record);
        CallTreeModel model;
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        // Created before the data, so that the reset is checked too.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        setRecord(model, record);
        proxy.sort(CallTreeModel::JitterColumn, Qt::DescendingOrder);
        proxy.setFilterText(u"a"_s);
        proxy.setFilterText(QString());
        setRecord(model, {});
        setRecord(model, record);

        PropertyModel properties;
        QAbstractItemModelTester propertyTester(&properties, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every node of the tree can be inspected.
        std::function<void(const QModelIndex&)> visit = [&](const QModelIndex& parent) {
            for (int row = 0; row < model.rowCount(parent); ++row) {
                const QModelIndex index = model.index(row, 0, parent);
                properties.setNode(model.node(index));
                QVERIFY(properties.rowCount() > 0);
                visit(index);
            }
        };
        visit({});
    }

    void structureAndLabels()
    {
        CallTreeModel model;
        setRecord(model, loadPath(kFull));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(CallTreeModel::ColumnCount));
        const QModelIndex record = model.index(0, 0);
        QCOMPARE(record.data().toString(), u"Call e523d2ed-2966-4b6b-925b-754a88034cc5"_s);
        QCOMPARE(model.rowCount(record), 1);
        QCOMPARE(child(model, { 0, 0 }).data().toString(), u"Session 1 · Abbie Wilkins → Owen Franklin"_s);
        QCOMPARE(child(model, { 0, 0, 0 }).data().toString(), u"Segment 1"_s);
        QCOMPARE(child(model, { 0, 0, 0, 0 }).data().toString(), u"main-audio"_s);
        const QModelIndex up = child(model, { 0, 0, 0, 0, 0 });
        const QModelIndex down = child(model, { 0, 0, 0, 0, 1 });
        QCOMPARE(up.data().toString(), u"Stream · caller → callee"_s);
        QCOMPARE(down.data().toString(), u"Stream · callee → caller"_s);
        QCOMPARE(model.rowCount(up), 0);
        QCOMPARE(up.parent().parent().parent().parent(), record);
        QCOMPARE(up.siblingAtColumn(CallTreeModel::CallerColumn).data().toString(), u"Abbie Wilkins"_s);
        QCOMPARE(up.siblingAtColumn(CallTreeModel::CalleeColumn).data().toString(), u"Owen Franklin"_s);

        // Metrics: a stream's own average; above it, the worst of the streams below.
        QCOMPARE(up.siblingAtColumn(CallTreeModel::JitterColumn).data().toString(), u"16"_s);
        QCOMPARE(down.siblingAtColumn(CallTreeModel::JitterColumn).data().toString(), u"7"_s);
        QCOMPARE(down.siblingAtColumn(CallTreeModel::PacketLossColumn).data().toString(), u"1.38"_s);
        QCOMPARE(record.siblingAtColumn(CallTreeModel::JitterColumn).data().toString(), u"16"_s);
        QCOMPARE(record.siblingAtColumn(CallTreeModel::RoundTripColumn).data().toString(), u"64"_s);
        QCOMPARE(up.siblingAtColumn(CallTreeModel::JitterColumn).data(CallTreeModel::SortRole).toDouble(), 16.0);

        // Times: local in the cell, UTC in the tooltip; durations for people.
        const QModelIndex start = record.siblingAtColumn(CallTreeModel::StartColumn);
        QCOMPARE(start.data(Qt::ToolTipRole).toString(), u"2020-02-25T18:52:21.2169889Z (UTC)"_s);
        QCOMPARE(start.data(CallTreeModel::SortRole).toLongLong(), qint64(1582656741216));
        QCOMPARE(record.siblingAtColumn(CallTreeModel::DurationColumn).data().toString(), u"25.5 s"_s);
        QCOMPARE(record.siblingAtColumn(CallTreeModel::LabelColumn).data().toString(), u"audio"_s);

        // Typed access for detail panes.
        const NodeRef ref = model.node(down);
        QCOMPARE(ref.kind, NodeRef::Kind::Stream);
        QCOMPARE(ref.stream->streamId.toQString(), u"1785122252"_s);
        QCOMPARE(ref.media->label.toQString(), u"main-audio"_s);
        QCOMPARE(ref.streamNumber, 2);
        QCOMPARE(model.firstStreamIndex(), up);
    }

    void missingValuesAreNotZero()
    {
        CallTreeModel model;
        setRecord(
            model, loadBytes(R"({"id": "m", "sessions": [{"id": "s", "segments": [{"media": [{"label": "main-audio",
            "streams": [{"streamId": "1", "averageJitter": null}, {"streamId": "2", "averageJitter": "PT0S"}]}]}]}]})"));
        const QModelIndex missing = child(model, { 0, 0, 0, 0, 0 }, CallTreeModel::JitterColumn);
        const QModelIndex zero = child(model, { 0, 0, 0, 0, 1 }, CallTreeModel::JitterColumn);
        QCOMPARE(missing.data().toString(), u"—"_s);
        QCOMPARE(missing.data(Qt::ToolTipRole).toString(), u"not reported"_s);
        QVERIFY(!missing.data(CallTreeModel::SortRole).isValid());
        QCOMPARE(zero.data().toString(), u"0"_s);
        QCOMPARE(zero.data(CallTreeModel::SortRole).toDouble(), 0.0);
    }

    void serviceAndPhoneNames()
    {
        CallTreeModel model;
        // Built from ordinary literals: moc misreads '#' inside raw strings in a class body.
        const QByteArray json = "{\"id\": \"p\", \"sessions\": [{\"id\": \"s\", \"caller\": {\"@odata.type\": "
                                "\"#microsoft.graph.callRecords.participantEndpoint\", \"identity\": {\"phone\": "
                                "{\"id\": \"+5564981205182\"}}}, \"callee\": {\"@odata.type\": "
                                "\"#microsoft.graph.callRecords.serviceEndpoint\", \"userAgent\": {\"role\": "
                                "\"skypeForBusinessAudioVideoMcu\"}}}]}";
        setRecord(model, loadBytes(json));
        QCOMPARE(child(model, { 0, 0 }).data().toString(), u"Session 1 · +5564981205182 → Conferencing server"_s);
    }

    void sortNumbersWithMissingLast()
    {
        CallTreeModel model;
        setRecord(model, loadBytes(R"({"id": "s", "sessions": [
            {"id": "a", "segments": [{"media": [{"streams": [{"averageJitter": "PT0.009S"}]}]}]},
            {"id": "b", "segments": [{"media": [{"streams": [{"averageJitter": null}]}]}]},
            {"id": "c", "segments": [{"media": [{"streams": [{"averageJitter": "PT0.100S"}]}]}]},
            {"id": "d", "segments": [{"media": [{"streams": [{"averageJitter": "PT0.020S"}]}]}]}]})"));
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        const auto order = [&] {
            QStringList ids;
            const QModelIndex record = proxy.index(0, 0);
            for (int row = 0; row < proxy.rowCount(record); ++row)
                ids.append(model.node(proxy.mapToSource(proxy.index(row, 0, record))).session->id.toQString());
            return ids.join(u"");
        };
        QCOMPARE(order(), u"abcd"_s);
        proxy.sort(CallTreeModel::JitterColumn, Qt::AscendingOrder);
        QCOMPARE(order(), u"adcb"_s); // 9 < 20 < 100 (numeric, not "100" < "20"), missing last
        proxy.sort(CallTreeModel::JitterColumn, Qt::DescendingOrder);
        QCOMPARE(order(), u"cdab"_s); // missing last in descending order too
    }

    void filterKeepsAncestors()
    {
        CallTreeModel model;
        setRecord(model, loadPath(kFull));
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        proxy.setFilterText(u"10.139.0.12"_s); // callee IP, on the media node
        QModelIndex media = child(proxy, { 0, 0, 0, 0 });
        QVERIFY(media.isValid());
        QCOMPARE(media.data().toString(), u"main-audio"_s);
        QCOMPARE(proxy.rowCount(media), 0); // the streams do not match
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);

        proxy.setFilterText(u"OWEN franklin"_s); // names, any case: matches session and segment
        QVERIFY(child(proxy, { 0, 0, 0 }).isValid());

        proxy.setFilterText(u"1785122252"_s); // a stream id deep down
        QCOMPARE(child(proxy, { 0, 0, 0, 0, 0 }).data().toString(), u"Stream · callee → caller"_s);

        proxy.setFilterText(u"no such thing"_s);
        QCOMPARE(proxy.rowCount(), 0);

        // Names with non-ASCII letters match in any case.
        CallTreeModel accented;
        setRecord(accented,
            loadBytes(
                R"({"id": "e", "sessions": [{"id": "s", "caller": {"associatedIdentity": {"displayName": "ÉLODIE Örjan"}}}]})"));
        RecordFilterProxy accentedProxy;
        accentedProxy.setSourceModel(&accented);
        for (const QString& needle : { u"élodie"_s, u"ÉLODIE"_s, u"örjan"_s }) {
            accentedProxy.setFilterText(needle);
            QCOMPARE(accentedProxy.rowCount(accentedProxy.index(0, 0)), 1);
        }
        proxy.setFilterText(u"no such thing"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    }

    void propertiesWithUnits()
    {
        CallTreeModel model;
        setRecord(model, loadPath(kFull));
        PropertyModel properties;
        properties.setNode(model.node(child(model, { 0, 0, 0, 0, 1 })));
        QCOMPARE(properties.find(u"Network metrics"_s, u"Average jitter"_s).data().toString(), u"7 ms"_s);
        QCOMPARE(properties.find(u"Network metrics"_s, u"Average packet loss"_s).data().toString(), u"1.38 %"_s);
        QCOMPARE(properties.find(u"Network metrics"_s, u"Bandwidth estimate"_s).data().toString(), u"15.64 Mbps"_s);
        QCOMPARE(properties.find(u"Audio metrics"_s, u"Audio degradation (NMOS)"_s).data().toString(), u"1.16"_s);
        const QModelIndex start = properties.find(u"Stream"_s, u"Start"_s);
        QCOMPARE(start.data().toString(), u"—"_s);
        QCOMPARE(start.data(Qt::ToolTipRole).toString(), u"not reported"_s);
        QVERIFY(start.data(PropertyModel::MissingRole).toBool());

        properties.setNode(model.node(child(model, { 0, 0, 0, 0 })));
        QCOMPARE(properties.find(u"Caller network"_s, u"IP address"_s).data().toString(), u"10.150.0.2"_s);
        QCOMPARE(properties.find(u"Caller network"_s, u"Link speed"_s).data().toString(), u"54.00 Mbps"_s);
        QCOMPARE(properties.find(u"Caller device"_s, u"Microphone glitches"_s).data().toString(), u"23 per 5 min"_s);
        QCOMPARE(properties.find(u"Callee network"_s, u"Sent quality events"_s).data().toString(), u"31 %"_s);

        properties.setNode(model.node(child(model, { 0, 0 })));
        QCOMPARE(properties.find(u"Caller · user agent"_s, u"Platform"_s).data().toString(), u"android"_s);
        QCOMPARE(properties.find(u"Callee · feedback"_s, u"Rating"_s).data().toString(), u"poor"_s);
        QCOMPARE(properties.find(u"Callee · feedback"_s, u"Problems reported"_s).data().toString(), u"Noisy"_s);

        // Copy text of a row.
        const QString text = properties.text({ properties.find(u"Callee · feedback"_s, u"Rating"_s) });
        QCOMPARE(text, u"Callee · feedback: Rating = poor"_s);

        properties.setNode(model.node(model.index(0, 0)));
        QCOMPARE(properties.find(u"Call"_s, u"Completeness"_s).data().toString(), u"incomplete: more pages exist"_s);
    }

    void rawJsonOfNodes()
    {
        CallTreeModel model;
        setRecord(model, loadPath(kFull));
        const Text json = model.node(child(model, { 0, 0, 0, 0, 0 })).sourceJson();
        QVERIFY(json.view().starts_with("{"));
        QVERIFY(json.view().find("1504545584") != std::string_view::npos);
    }
};

QTEST_GUILESS_MAIN(TestTreeModel)
#include "tst_treemodel.moc"
