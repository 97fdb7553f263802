#include "record/datetime.h"
#include "record/duration.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestDuration : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("ms");

        QTest::newRow("graph example") << u"PT0.016S"_s << true << 16.0;
        QTest::newRow("graph max jitter") << u"PT0.474S"_s << true << 474.0;
        QTest::newRow("zero") << u"PT0S"_s << true << 0.0;
        QTest::newRow("whole seconds") << u"PT2S"_s << true << 2000.0;
        QTest::newRow("seven fraction digits") << u"PT0.0160001S"_s << true << 16.0001;
        QTest::newRow("minutes") << u"PT1M"_s << true << 60000.0;
        QTest::newRow("minutes and seconds") << u"PT1M30.5S"_s << true << 90500.0;
        QTest::newRow("hours") << u"PT2H"_s << true << 7200000.0;
        QTest::newRow("days and time") << u"P1DT2H3M4.5S"_s << true << (86400000.0 + 7200000.0 + 180000.0 + 4500.0);
        QTest::newRow("days only") << u"P3D"_s << true << 3 * 86400000.0;
        QTest::newRow("weeks") << u"P1W"_s << true << 7 * 86400000.0;
        QTest::newRow("negative") << u"-PT0.5S"_s << true << -500.0;
        QTest::newRow("explicit plus") << u"+PT1S"_s << true << 1000.0;
        QTest::newRow("lower case") << u"pt0.016s"_s << true << 16.0;
        QTest::newRow("comma decimal") << u"PT0,25S"_s << true << 250.0;
        QTest::newRow("fraction without integer") << u"PT.5S"_s << true << 500.0;
        QTest::newRow("fractional minutes last") << u"PT1.5M"_s << true << 90000.0;

        QTest::newRow("empty") << QString() << false << 0.0;
        QTest::newRow("just P") << u"P"_s << false << 0.0;
        QTest::newRow("just PT") << u"PT"_s << false << 0.0;
        QTest::newRow("T without time") << u"P1DT"_s << false << 0.0;
        QTest::newRow("no designator P") << u"1S"_s << false << 0.0;
        QTest::newRow("years") << u"P1Y"_s << false << 0.0;
        QTest::newRow("months") << u"P2M"_s << false << 0.0;
        QTest::newRow("out of order") << u"PT1S2M"_s << false << 0.0;
        QTest::newRow("repeated") << u"PT1S1S"_s << false << 0.0;
        QTest::newRow("seconds without number") << u"PTS"_s << false << 0.0;
        QTest::newRow("two dots") << u"PT1.2.3S"_s << false << 0.0;
        QTest::newRow("inner sign") << u"PT-1S"_s << false << 0.0;
        QTest::newRow("fraction not last") << u"PT1.5M2S"_s << false << 0.0;
        QTest::newRow("trailing garbage") << u"PT1Sx"_s << false << 0.0;
        QTest::newRow("hours before T") << u"P1H"_s << false << 0.0;
        QTest::newRow("number") << u"16"_s << false << 0.0;
        QTest::newRow("huge") << u"PT99999999999999999999S"_s << false << 0.0;
        QTest::newRow("beyond 31,700 years") << u"P99999999999999W"_s << false << 0.0;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, ms);
        const QByteArray utf8 = text.toUtf8();
        const auto result = parseIsoDurationMs(std::string_view(utf8.constData(), size_t(utf8.size())));
        QCOMPARE(result.has_value(), valid);
        if (valid)
            QCOMPARE(*result, ms);
    }

    void roundTrip_data()
    {
        QTest::addColumn<double>("ms");
        for (double ms : { 0.0, 16.0, 7.0, 474.0, 16.0001, 0.1, 123456.789, 86400000.0, -500.0, 1e-3, 2.5e9 })
            QTest::newRow(qPrintable(QString::number(ms))) << ms;
    }
    void roundTrip()
    {
        QFETCH(double, ms);
        const std::string text = formatIsoDuration(ms);
        const auto back = parseIsoDurationMs(text);
        QVERIFY2(back.has_value(), text.c_str());
        QCOMPARE(*back, ms);
    }

    void formatting()
    {
        QCOMPARE(formatIsoDuration(16), std::string("PT0.016S"));
        QCOMPARE(formatIsoDuration(2000), std::string("PT2S"));
        QCOMPARE(formatIsoDuration(-500), std::string("-PT0.5S"));
        QCOMPARE(formatIsoDuration(0), std::string("PT0S"));
    }

    void dateTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1 = invalid
        QTest::newRow("seven digits") << u"2020-02-25T18:52:21.2169889Z"_s << qint64(1582656741216);
        QTest::newRow("no fraction") << u"2023-09-25T09:28:38Z"_s << qint64(1695634118000);
        QTest::newRow("offset") << u"2020-02-25T20:52:21.216+02:00"_s << qint64(1582656741216);
        QTest::newRow("no zone is UTC") << u"2020-02-25T18:52:21.216"_s << qint64(1582656741216);
        QTest::newRow("date only") << u"2019-11-01"_s << qint64(1572566400000);
        QTest::newRow("min date") << u"0001-01-01T00:00:00Z"_s << qint64(-62135596800000);
        QTest::newRow("powershell 5") << u"/Date(1582656741216)/"_s << qint64(1582656741216);
        QTest::newRow("leap day") << u"2024-02-29T00:00:00Z"_s << qint64(1709164800000);
        QTest::newRow("not a leap day") << u"2023-02-29T00:00:00Z"_s << qint64(-1);
        QTest::newRow("month 13") << u"2023-13-01T00:00:00Z"_s << qint64(-1);
        QTest::newRow("hour 25") << u"2023-01-01T25:00:00Z"_s << qint64(-1);
        QTest::newRow("garbage") << u"yesterday"_s << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("trailing") << u"2023-01-01T00:00:00Zx"_s << qint64(-1);
        QTest::newRow("/Date beyond year 9999") << u"/Date(9223372036854775807)/"_s << qint64(-1);
        QTest::newRow("year 0") << u"0000-01-01T00:00:00Z"_s << qint64(-1);
    }
    void dateTime()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const QByteArray utf8 = text.toUtf8();
        const auto result = parseDateTimeMs(std::string_view(utf8.constData(), size_t(utf8.size())));
        if (ms == -1) {
            QVERIFY(!result.has_value());
        } else {
            QVERIFY(result.has_value());
            QCOMPARE(*result, ms);
        }
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
