// libFuzzer target for the small parsers: ISO 8601 durations and dates, Graph and token error
// bodies, Retry-After, call ids and service URLs, quality profiles. The first byte picks the
// parser; the rest is its input. Besides crashes and sanitizer reports, it aborts when a
// documented property does not hold (parse(format(x)) == x and the like).

#include "export/csvexporter.h"
#include "export/summary.h"
#include "graph/graphconfig.h"
#include "graph/grapherror.h"
#include "graph/graphhttp.h"
#include "quality/classifier.h"
#include "quality/findings.h"
#include "quality/qualityprofile.h"
#include "record/datetime.h"
#include "record/duration.h"
#include "record/loader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const char* what, std::string_view input, const std::string& detail = {})
{
    std::fprintf(
        stderr, "fuzz_parsers: %s\n  input: \"%.*s\"\n", what, int(std::min<size_t>(input.size(), 2000)), input.data());
    if (!detail.empty())
        std::fprintf(stderr, "  %s\n", detail.c_str());
    std::abort();
}

std::string number(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

/// Any plausible duration survives format -> parse unchanged.
void checkDurationRoundTrip(double ms, std::string_view input)
{
    if (!isPlausibleDurationMs(ms))
        return;
    const std::string text = formatIsoDuration(ms);
    const auto again = parseIsoDurationMs(text);
    if (!again || *again != ms)
        fail("parseIsoDurationMs(formatIsoDuration(x)) != x", input,
            number(ms) + " -> " + text + " -> " + (again ? number(*again) : std::string("nothing")));
}

void durationText(std::string_view input)
{
    const auto ms = parseIsoDurationMs(input);
    if (!ms)
        return;
    if (!isPlausibleDurationMs(*ms))
        fail("parseIsoDurationMs returned a value isPlausibleDurationMs refuses", input, number(*ms));
    checkDurationRoundTrip(*ms, input);
}

void durationBits(std::string_view input)
{
    double ms = 0;
    if (input.size() < sizeof ms)
        return;
    std::memcpy(&ms, input.data(), sizeof ms);
    checkDurationRoundTrip(ms, input);
}

void dateTime(std::string_view input)
{
    const auto ms = parseDateTimeMs(input);
    if (!ms)
        return;
    // What Qt writes as ISO 8601 (years 1 to 9999) reads back as the same instant.
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    if (!when.isValid() || when.date().year() < 1 || when.date().year() > 9999)
        return;
    const QByteArray iso = when.toString(Qt::ISODateWithMs).toUtf8();
    const auto again = parseDateTimeMs(std::string_view(iso.constData(), size_t(iso.size())));
    if (again != ms)
        fail("parseDateTimeMs of Qt's ISO text of a parsed date differs", input, iso.toStdString());
}

void errorBodies(const QByteArray& body)
{
    const GraphErrorBody graph = parseGraphErrorBody(body);
    (void)graph.describe();
    const TokenErrorBody token = parseTokenErrorBody(body);
    (void)token.describe();
}

void retryAfter(const QByteArray& value)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    const qint64 ms = retryAfterMs(value, now);
    if (ms < -1)
        fail("retryAfterMs below -1", std::string_view(value.constData(), size_t(value.size())), std::to_string(ms));
}

bool isLowerCaseGuid(const QString& id)
{
    if (id.size() != 36)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

void callIdAndUrl(std::string_view input)
{
    const QString text = QString::fromUtf8(input.data(), qsizetype(input.size()));
    const QString id = extractCallId(text);
    if (!id.isEmpty() && (!isLowerCaseGuid(id) || extractCallId(id) != id))
        fail("extractCallId gave something that is not a lower-case GUID", input, id.toStdString());

    QString error;
    const QUrl url = parseServiceUrl(text, u"Graph URL"_s, &error);
    if (error.isEmpty()) {
        if (!url.isValid() || !checkServiceUrl(url, u"Graph URL"_s).isEmpty())
            fail("parseServiceUrl accepted a URL that checkServiceUrl refuses", input, url.toString().toStdString());
        if (url.path().endsWith(u'/'))
            fail("parseServiceUrl left a trailing slash", input, url.toString().toStdString());
    } else if (!url.isEmpty()) {
        fail("parseServiceUrl returned a URL with an error", input, error.toStdString());
    }
    (void)isLoopbackHost(text);
}

/// A record to classify with fuzzed profiles, read once.
const std::vector<CallRecordPtr>& sampleRecords()
{
    static const std::vector<CallRecordPtr> records = [] {
        QFile file(QStringLiteral(CRV_SAMPLES "/seed-full-example.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "fuzz_parsers: cannot read %s\n", qUtf8Printable(file.fileName()));
            std::abort();
        }
        const LoadResult result = loadCallRecordBytes(file.readAll().toStdString(), file.fileName());
        if (!result.ok()) {
            std::fprintf(stderr, "fuzz_parsers: %s\n", qUtf8Printable(result.error));
            std::abort();
        }
        return result.records;
    }();
    return records;
}

void qualityProfiles(const QByteArray& json)
{
    const ProfileLoadResult result = parseQualityProfiles(json, u"profiles.json"_s);
    if (result.error.isEmpty() == result.profiles.empty())
        fail("parseQualityProfiles gave both or neither profiles and an error",
            std::string_view(json.constData(), size_t(json.size())));
    for (const QualityProfile& profile : result.profiles) {
        for (const RuleSet* rules : { &profile.audio, &profile.video, &profile.screenSharing }) {
            for (const ThresholdRule& rule : rules->rules)
                (void)rule.conditionText();
        }
        for (const CallRecordPtr& record : sampleRecords()) {
            const RecordClassification classification(*record, profile);
            (void)findingsText(computeFindings(*record, classification));
            (void)recordSummary(*record, profile);
        }
        (void)streamsCsv(sampleRecords(), profile);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication application(*argc, *argv);
    (void)sampleRecords();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
    const QByteArray bytes(input.data(), qsizetype(input.size()));
    switch (data[0] % 8) {
    case 0:
        durationText(input);
        break;
    case 1:
        durationBits(input);
        break;
    case 2:
        dateTime(input);
        break;
    case 3:
        errorBodies(bytes);
        break;
    case 4:
        retryAfter(bytes);
        break;
    case 5:
        callIdAndUrl(input);
        break;
    case 6:
        qualityProfiles(bytes);
        break;
    default:
        // Everything at once: the same text through every parser.
        durationText(input);
        dateTime(input);
        errorBodies(bytes);
        retryAfter(bytes);
        callIdAndUrl(input);
        break;
    }
    return 0;
}
