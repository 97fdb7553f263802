// The schema tables (record/schema.h) against Microsoft's v1.0 schema (tests/data/schema, a
// copy of the callRecords CSDL): every scalar property of every type is declared with its type,
// and every declared property is read, written back, and shown by the inspector, with its
// personal data masked by redaction.
#include "record/jsonwriter.h"
#include "record/loader.h"
#include "record/schema.h"
#include "redaction/redaction.h"
#include "tree/propertymodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
struct CsdlProperty {
    QString type;
};
using CsdlType = QMap<QString, CsdlProperty>; // property name -> type

/// The CSDL's complex and entity types, with the properties of their base types.
QMap<QString, CsdlType> readCsdl(QStringList* enums)
{
    QFile file(QStringLiteral(CRV_SOURCE_DIR "/tests/data/schema/callRecords-v1.0.csdl.xml"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the schema");
    QXmlStreamReader xml(&file);
    QMap<QString, CsdlType> types;
    QMap<QString, QString> bases;
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.attributes().value(u"Name"_s).toString();
        if (xml.name() == u"EnumType") {
            enums->append(name);
        } else if (xml.name() == u"ComplexType" || xml.name() == u"EntityType") {
            current = name;
            types[current];
            const QString base = xml.attributes().value(u"BaseType"_s).toString();
            if (base.startsWith(u"microsoft.graph.callRecords."_s))
                bases[current] = base.mid(28);
            else if (base == u"graph.entity")
                types[current][u"id"_s] = { u"Edm.String"_s }; // graph.entity's key
        } else if (xml.name() == u"Property" && !current.isEmpty()) {
            types[current][name] = { xml.attributes().value(u"Type"_s).toString() };
        }
    }
    for (auto it = types.begin(); it != types.end(); ++it) {
        for (QString base = bases.value(it.key()); !base.isEmpty(); base = bases.value(base)) {
            for (auto p = types[base].cbegin(); p != types[base].cend(); ++p)
                it->insert(p.key(), p.value());
        }
    }
    return types;
}

/// The kind a CSDL type is read as, or -1 for structure (read by hand).
int kindOf(const QString& type, const QStringList& enums)
{
    static const QMap<QString, ValueKind> edm { { u"Edm.String"_s, ValueKind::Text },
        { u"Edm.Double"_s, ValueKind::Number }, { u"Edm.Single"_s, ValueKind::Number },
        { u"Edm.Int32"_s, ValueKind::Integer }, { u"Edm.Int64"_s, ValueKind::Integer },
        { u"Edm.Boolean"_s, ValueKind::Boolean }, { u"Edm.Duration"_s, ValueKind::Duration },
        { u"Edm.DateTimeOffset"_s, ValueKind::DateTime } };
    if (edm.contains(type))
        return int(edm[type]);
    const QString prefix = u"microsoft.graph.callRecords."_s;
    if (type.startsWith(prefix) && enums.contains(type.mid(prefix.size())))
        return int(ValueKind::Enum);
    if (type.startsWith(u"Collection("_s + prefix) && enums.contains(type.mid(prefix.size() + 11).chopped(1)))
        return int(ValueKind::EnumList);
    return -1;
}

template <typename T>
void compareWithCsdl(const QMap<QString, CsdlType>& csdl, const QStringList& csdlTypes, const QStringList& enums)
{
    CsdlType expected;
    for (const QString& name : csdlTypes) {
        QVERIFY2(csdl.contains(name), qPrintable(name));
        for (auto it = csdl[name].cbegin(); it != csdl[name].cend(); ++it)
            expected.insert(it.key(), it.value());
    }
    QSet<QString> declared;
    for (const Property<T>& p : properties<T>()) {
        const QString name = QString::fromLatin1(p.name.data(), qsizetype(p.name.size()));
        declared.insert(name);
        if (name.startsWith(u'@'))
            continue; // annotations are not schema properties
        QVERIFY2(expected.contains(name), qPrintable(csdlTypes.join(u'/') + u": " + name + u" is not in the schema"));
        QCOMPARE(int(p.kind), kindOf(expected[name].type, enums));
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (kindOf(it.value().type, enums) >= 0)
            QVERIFY2(declared.contains(it.key()),
                qPrintable(csdlTypes.join(u'/') + u": " + it.key() + u" (" + it.value().type + u") is not declared"));
    }
}

/// A JSON value for a property of each kind, that reads back exactly.
QJsonValue sampleValue(ValueKind kind, Unit unit, int n)
{
    // Ratios and percentages in their range (out of range is warned); exact in binary.
    if (unit == Unit::Fraction && kind == ValueKind::Number)
        return double(1 + n % 127) / 128.0;
    if (unit == Unit::Percent)
        return kind == ValueKind::Integer ? 1 + n % 99 : double(1 + n % 99) + 0.25;
    switch (kind) {
    case ValueKind::Text:
        return u"value-%1"_s.arg(n);
    case ValueKind::Number:
        return 0.25 + n;
    case ValueKind::Integer:
        return 100 + n;
    case ValueKind::Boolean:
        return true;
    case ValueKind::Duration:
        return u"PT0.0%1S"_s.arg(10 + n);
    case ValueKind::DateTime:
        return u"2024-05-02T10:15:%1Z"_s.arg(10 + n % 50);
    case ValueKind::Enum:
        return u"someFutureMember"_s;
    case ValueKind::EnumList:
        return QJsonArray { u"audio"_s };
    }
    return {};
}

template <typename T>
QJsonObject sampleObject(int& n)
{
    QJsonObject object;
    for (const Property<T>& p : properties<T>()) {
        if (!p.name.starts_with('@'))
            object.insert(
                QString::fromLatin1(p.name.data(), qsizetype(p.name.size())), sampleValue(p.kind, p.unit, n++));
    }
    return object;
}

template <typename T>
int countSet(const T& object)
{
    int set = 0;
    for (const Property<T>& p : properties<T>())
        set += p.isSet(object) && !p.name.starts_with('@') ? 1 : 0;
    return set;
}

template <typename T>
int countDeclared()
{
    int count = 0;
    for (const Property<T>& p : properties<T>())
        count += p.name.starts_with('@') ? 0 : 1;
    return count;
}
} // namespace

class TestSchema : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void tablesMatchTheSchema()
    {
        QStringList enums;
        const QMap<QString, CsdlType> csdl = readCsdl(&enums);
        QVERIFY(enums.size() >= 14);
        compareWithCsdl<MediaStream>(csdl, { u"mediaStream"_s }, enums);
        compareWithCsdl<NetworkInfo>(csdl, { u"networkInfo"_s }, enums);
        compareWithCsdl<DeviceInfo>(csdl, { u"deviceInfo"_s }, enums);
        compareWithCsdl<TraceRouteHop>(csdl, { u"traceRouteHop"_s }, enums);
        compareWithCsdl<FailureInfo>(csdl, { u"failureInfo"_s }, enums);
        compareWithCsdl<UserFeedback>(csdl, { u"userFeedback"_s }, enums);
        compareWithCsdl<Media>(csdl, { u"media"_s }, enums);
        compareWithCsdl<Endpoint>(csdl, { u"participantEndpoint"_s, u"serviceEndpoint"_s }, enums);
        compareWithCsdl<UserAgent>(csdl, { u"clientUserAgent"_s, u"serviceUserAgent"_s }, enums);
        compareWithCsdl<AdministrativeUnitInfo>(csdl, { u"administrativeUnitInfo"_s }, enums);
        // Entities: their id is graph.entity's.
        compareWithCsdl<Segment>(csdl, { u"segment"_s }, enums);
        compareWithCsdl<Session>(csdl, { u"session"_s }, enums);
        compareWithCsdl<CallRecord>(csdl, { u"callRecord"_s }, enums);
    }

    void everyPropertyIsReadWrittenAndShown()
    {
        // A record with every declared property set, at every level.
        int n = 0;
        QJsonObject stream = sampleObject<MediaStream>(n);
        stream[u"streamDirection"_s] = u"callerToCallee"_s;
        QJsonObject network = sampleObject<NetworkInfo>(n);
        network[u"connectionType"_s] = u"wifi"_s;
        network[u"ipAddress"_s] = u"10.150.7.9"_s;
        network[u"traceRouteHops"_s] = QJsonArray { sampleObject<TraceRouteHop>(n) };
        QJsonObject media = sampleObject<Media>(n);
        media[u"callerNetwork"_s] = network;
        media[u"callerDevice"_s] = sampleObject<DeviceInfo>(n);
        media[u"streams"_s] = QJsonArray { stream };
        QJsonObject agent = sampleObject<UserAgent>(n);
        QJsonObject endpoint = sampleObject<Endpoint>(n);
        endpoint[u"@odata.type"_s] = u"#microsoft.graph.callRecords.participantEndpoint"_s;
        endpoint[u"userAgent"_s] = agent;
        endpoint[u"feedback"_s] = sampleObject<UserFeedback>(n);
        QJsonObject identity = sampleObject<Identity>(n);
        identity[u"displayName"_s] = u"Ana Souza"_s;
        endpoint[u"identity"_s] = QJsonObject { { u"user"_s, identity } };
        QJsonObject segment = sampleObject<Segment>(n);
        segment[u"caller"_s] = endpoint;
        segment[u"failureInfo"_s] = sampleObject<FailureInfo>(n);
        segment[u"media"_s] = QJsonArray { media };
        QJsonObject session = sampleObject<Session>(n);
        session[u"segments"_s] = QJsonArray { segment };
        QJsonObject record = sampleObject<CallRecord>(n);
        record[u"type"_s] = u"groupCall"_s;
        record[u"sessions"_s] = QJsonArray { session };
        const QByteArray json = QJsonDocument(record).toJson();
        const LoadResult loaded = loadCallRecordBytes(json.toStdString(), u"every.json"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const CallRecordPtr r = loaded.records.front();
        QVERIFY2(r->warnings.isEmpty(), qPrintable(r->warnings.join(u'\n')));

        // Read: every declared property has its value; nothing was left unknown.
        const Session& s = r->sessions.at(0);
        const Segment& g = s.segments.at(0);
        const Media& m = g.media.at(0);
        QCOMPARE(countSet(*r), countDeclared<CallRecord>());
        QCOMPARE(countSet(s), countDeclared<Session>());
        QCOMPARE(countSet(g), countDeclared<Segment>());
        QCOMPARE(countSet(m), countDeclared<Media>());
        QCOMPARE(countSet(m.streams.at(0)), countDeclared<MediaStream>());
        QCOMPARE(countSet(*m.callerNetwork), countDeclared<NetworkInfo>());
        QCOMPARE(countSet(m.callerNetwork->traceRouteHops->at(0)), countDeclared<TraceRouteHop>());
        QCOMPARE(countSet(*m.callerDevice), countDeclared<DeviceInfo>());
        QCOMPARE(countSet(*g.caller), countDeclared<Endpoint>());
        QCOMPARE(countSet(*g.caller->userAgent), countDeclared<UserAgent>());
        QCOMPARE(countSet(*g.caller->feedback), countDeclared<UserFeedback>());
        QCOMPARE(countSet(*g.failureInfo), countDeclared<FailureInfo>());
        QCOMPARE(countSet(*g.caller->identity->entries.at(0).identity), countDeclared<Identity>());
        for (const auto* extra : { &r->extra, &s.extra, &g.extra, &m.extra, &m.streams[0].extra,
                 &m.callerNetwork->extra, &m.callerDevice->extra, &g.caller->extra, &g.caller->userAgent->extra })
            QVERIFY(extra->empty());

        // Written: the JSON loads back to the same data.
        const std::string written = writeCallRecordJson(*r);
        const LoadResult again = loadCallRecordBytes(written, u"again.json"_s);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(again.records.front()->hasSameData(*r));

        // Shown: every property of the stream and its network has a row in the inspector.
        PropertyModel inspector;
        inspector.setNode(resolve(*r, { NodePath::Kind::Stream, 0, 0, 0, 0 }));
        int rows = 0;
        for (int group = 0; group < inspector.rowCount(); ++group)
            rows += inspector.rowCount(inspector.index(group, 0));
        QVERIFY2(rows >= countDeclared<MediaStream>(), qPrintable(QString::number(rows)));
        inspector.setNode(resolve(*r, { NodePath::Kind::Media, 0, 0, 0 }));
        QSet<QString> values;
        for (int group = 0; group < inspector.rowCount(); ++group) {
            const QModelIndex parent = inspector.index(group, 0);
            for (int row = 0; row < inspector.rowCount(parent); ++row)
                values.insert(inspector.index(row, PropertyModel::ValueColumn, parent).data().toString());
        }
        for (const Property<NetworkInfo>& p : properties<NetworkInfo>()) {
            if (p.kind == ValueKind::Text)
                QVERIFY2(values.contains(((*m.callerNetwork).*(p.text)).toQString()), p.name.data());
        }
        for (const Property<DeviceInfo>& p : properties<DeviceInfo>()) {
            if (p.kind == ValueKind::Text)
                QVERIFY2(values.contains(((*m.callerDevice).*(p.text)).toQString()), p.name.data());
        }

        // Redacted: every text property the table marks personal is changed.
        const CallRecordPtr redacted = redactRecord(r);
        const NetworkInfo& before = *m.callerNetwork;
        const NetworkInfo& after = *redacted->sessions[0].segments[0].media[0].callerNetwork;
        for (const Property<NetworkInfo>& p : properties<NetworkInfo>()) {
            if (p.kind != ValueKind::Text)
                continue;
            const bool changed = (before.*(p.text)) != (after.*(p.text));
            QCOMPARE(changed, p.personal != Personal::None);
        }
        const Endpoint& caller = *redacted->sessions[0].segments[0].caller;
        QVERIFY(caller.name != g.caller->name);
        QVERIFY(caller.userAgent->azureADAppId != g.caller->userAgent->azureADAppId);
        QVERIFY(caller.userAgent->applicationVersion == g.caller->userAgent->applicationVersion);
        QVERIFY(redacted->joinWebUrl != r->joinWebUrl);
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
