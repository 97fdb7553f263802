// Writes a synthetic Graph call record (group call) for tests and benchmarks.
//
//   generate_record --sessions N [--seed S] [--output PATH] [--page-size P] [--pretty]
//
// Output is compact JSON as Graph sends it (about 11 kB per session), or indented with --pretty.
// Each session is a participant <-> conferencing server leg with one segment and three
// media (audio, video, screen sharing), two streams each; participants use Wi-Fi or wired
// networks; about 5 % of the metrics are null. The same seed gives the same bytes.
// With --page-size, only the first P sessions are written with a sessions@odata.nextLink
// (a partial record as Graph returns it).

#include <algorithm>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

// A small deterministic generator (splitmix64): the same numbers on every platform.
struct Random {
    uint64_t state;
    uint64_t next()
    {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) / double(1ull << 53); }
    double range(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int integer(int lo, int hi) { return lo + int(next() % uint64_t(hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
};

const char* kFirstNames[] = { "Abbie", "Owen", "Maria", "João", "Chen", "Fatima", "Lukas", "Priya", "Sofia", "Kwame",
    "Elena", "Mateus", "Aiko", "Omar", "Ingrid", "Rafael" };
const char* kLastNames[] = { "Wilkins", "Franklin", "Silva", "Souza", "Wang", "Haddad", "Müller", "Sharma", "Rossi",
    "Mensah", "Petrova", "Oliveira", "Tanaka", "Farouk", "Larsen", "Costa" };

/// Buffers text and writes it either compact, without line breaks or indentation (as Graph
/// sends it), or pretty with one space of indentation per level (the code below is written
/// with four).
class Writer {
public:
    Writer(FILE* out, bool pretty)
        : m_out(out)
        , m_pretty(pretty)
    {
    }
    ~Writer() { flush(); }
    void raw(const char* text)
    {
        m_buffer += text;
        if (m_buffer.size() > (1 << 16))
            flush();
    }
    void printf(const char* format, ...) __attribute__((format(printf, 2, 3)))
    {
        char text[4096];
        va_list args;
        va_start(args, format);
        std::vsnprintf(text, sizeof text, format, args);
        va_end(args);
        raw(text);
    }
    void flush()
    {
        std::string out;
        out.reserve(m_buffer.size());
        size_t i = 0;
        while (i < m_buffer.size()) {
            if (m_atLineStart) {
                size_t spaces = 0;
                while (i + spaces < m_buffer.size() && m_buffer[i + spaces] == ' ')
                    ++spaces;
                if (m_pretty)
                    out.append(spaces / 4, ' ');
                i += spaces;
                m_atLineStart = false;
                continue;
            }
            const char c = m_buffer[i++];
            if (c == '\n') {
                m_atLineStart = true;
                if (!m_pretty)
                    continue;
            }
            out += c;
        }
        std::fwrite(out.data(), 1, out.size(), m_out);
        m_buffer.clear();
    }

private:
    FILE* m_out;
    bool m_pretty;
    std::string m_buffer;
    bool m_atLineStart = true;
};

std::string guid(Random& random)
{
    char buffer[40];
    const uint64_t a = random.next();
    const uint64_t b = random.next();
    std::snprintf(buffer, sizeof buffer, "%08x-%04x-%04x-%04x-%012llx", unsigned(a >> 32), unsigned((a >> 16) & 0xFFFF),
        unsigned(0x4000 | (a & 0x0FFF)), unsigned(0x8000 | ((b >> 48) & 0x3FFF)),
        static_cast<unsigned long long>(b & 0xFFFFFFFFFFFFull));
    return buffer;
}

std::string isoTime(long long epochSeconds, int millis)
{
    long long days = epochSeconds / 86400;
    const long long secs = epochSeconds % 86400;
    // Civil from days (Howard Hinnant).
    days += 719468;
    const long long era = days / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long y = (long long)yoe + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02lld:%02lld:%02lld.%03dZ", y + (m <= 2), m, d, secs / 3600,
        (secs / 60) % 60, secs % 60, millis);
    return buffer;
}

// Prints `"name": value` or `"name": null` (5 % of the time).
void metric(
    Writer& w, Random& r, const char* indent, const char* name, const char* format, double value, bool last = false)
{
    w.printf("%s\"%s\": ", indent, name);
    if (r.chance(0.05)) {
        w.raw("null");
    } else {
        w.printf(format, value);
    }
    w.raw(last ? "\n" : ",\n");
}

void duration(Writer& w, Random& r, const char* indent, const char* name, double ms, bool last = false)
{
    w.printf("%s\"%s\": ", indent, name);
    if (r.chance(0.05))
        w.raw("null");
    else
        w.printf("\"PT%.3fS\"", ms / 1000.0);
    w.raw(last ? "\n" : ",\n");
}

void network(Writer& w, Random& r, const char* name, bool wifi, bool service)
{
    const char* in = "                                ";
    w.printf("                            \"%s\": {\n", name);
    if (service) {
        w.printf("%s\"ipAddress\": \"52.114.%d.%d\",\n", in, r.integer(0, 255), r.integer(1, 254));
        w.printf("%s\"subnet\": null,\n", in);
        w.printf("%s\"linkSpeed\": null,\n", in);
        w.printf("%s\"connectionType\": \"unknown\",\n", in);
        w.printf("%s\"port\": %d,\n", in, r.integer(3478, 3481));
        w.printf("%s\"macAddress\": null,\n", in);
        w.printf("%s\"traceRouteHops\": []\n", in);
        w.raw("                            },\n");
        return;
    }
    w.printf("%s\"ipAddress\": \"10.%d.%d.%d\",\n", in, r.integer(0, 255), r.integer(0, 255), r.integer(1, 254));
    w.printf("%s\"subnet\": \"10.%d.%d.0\",\n", in, r.integer(0, 255), r.integer(0, 255));
    w.printf("%s\"linkSpeed\": %lld,\n", in, wifi ? 54000000ll * r.integer(1, 16) : 1000000000ll);
    w.printf("%s\"connectionType\": \"%s\",\n", in, wifi ? "wifi" : "wired");
    w.printf("%s\"port\": %d,\n", in, r.integer(50000, 50059));
    w.printf("%s\"reflexiveIPAddress\": \"203.0.113.%d\",\n", in, r.integer(1, 254));
    w.printf("%s\"relayIPAddress\": \"52.114.%d.%d\",\n", in, r.integer(0, 255), r.integer(1, 254));
    w.printf("%s\"relayPort\": %d,\n", in, r.integer(3478, 3481));
    w.printf("%s\"macAddress\": \"%02X-%02X-%02X-%02X-%02X-%02X\",\n", in, r.integer(0, 255), r.integer(0, 255),
        r.integer(0, 255), r.integer(0, 255), r.integer(0, 255), r.integer(0, 255));
    w.printf("%s\"dnsSuffix\": \"corp.contoso.com\",\n", in);
    w.printf("%s\"networkTransportProtocol\": \"udp\",\n", in);
    if (wifi) {
        w.printf("%s\"basicServiceSetIdentifier\": \"%02x:%02x:%02x:%02x:%02x:%02x\",\n", in, r.integer(0, 255),
            r.integer(0, 255), r.integer(0, 255), r.integer(0, 255), r.integer(0, 255), r.integer(0, 255));
        w.printf("%s\"wifiBand\": \"%s\",\n", in, r.chance(0.5) ? "frequency50GHz" : "frequency24GHz");
        w.printf("%s\"wifiRadioType\": \"wifi80211ac\",\n", in);
        w.printf("%s\"wifiChannel\": %d,\n", in, r.integer(1, 165));
        w.printf("%s\"wifiSignalStrength\": %d,\n", in, r.integer(20, 100));
        w.printf("%s\"wifiBatteryCharge\": %d,\n", in, r.integer(5, 100));
        w.printf("%s\"wifiVendorDriver\": \"Intel(R) Wi-Fi 6 AX201 160MHz\",\n", in);
        w.printf("%s\"wifiVendorDriverVersion\": \"22.%d.0.%d\",\n", in, r.integer(100, 250), r.integer(1, 9));
    } else {
        w.printf("%s\"wifiBand\": \"unknown\",\n", in);
        w.printf("%s\"wifiRadioType\": \"unknown\",\n", in);
    }
    metric(w, r, in, "sentQualityEventRatio", "%.4f", r.range(0, 0.3));
    metric(w, r, in, "receivedQualityEventRatio", "%.4f", r.range(0, 0.3));
    metric(w, r, in, "delayEventRatio", "%.4f", r.range(0, 0.1));
    metric(w, r, in, "bandwidthLowEventRatio", "%.4f", r.range(0, 0.1));
    w.printf("%s\"traceRouteHops\": []\n", in);
    w.raw("                            },\n");
}

void device(Writer& w, Random& r, const char* name, bool service, bool last)
{
    const char* in = "                                ";
    w.printf("                            \"%s\": {\n", name);
    if (service) {
        w.printf("%s\"captureDeviceName\": null,\n", in);
        w.printf("%s\"renderDeviceName\": null\n", in);
    } else {
        w.printf("%s\"captureDeviceName\": \"Headset Microphone (Jabra Evolve2 65)\",\n", in);
        w.printf("%s\"captureDeviceDriver\": \"Microsoft: 10.0.%d.1\",\n", in, r.integer(19041, 22631));
        w.printf("%s\"renderDeviceName\": \"Headset Earphone (Jabra Evolve2 65)\",\n", in);
        w.printf("%s\"renderDeviceDriver\": \"Microsoft: 10.0.%d.1\",\n", in, r.integer(19041, 22631));
        metric(w, r, in, "captureNotFunctioningEventRatio", "%.4f", r.chance(0.05) ? r.range(0.005, 0.2) : 0.0);
        metric(w, r, in, "renderNotFunctioningEventRatio", "%.4f", r.chance(0.05) ? r.range(0.005, 0.2) : 0.0);
        metric(w, r, in, "cpuInsufficentEventRatio", "%.4f", r.range(0, 0.05));
        metric(w, r, in, "deviceClippingEventRatio", "%.4f", r.range(0, 0.05));
        metric(w, r, in, "deviceGlitchEventRatio", "%.4f", r.range(0, 0.05));
        metric(w, r, in, "lowSpeechLevelEventRatio", "%.4f", r.range(0, 0.2));
        metric(w, r, in, "lowSpeechToNoiseEventRatio", "%.4f", r.range(0, 0.2));
        metric(w, r, in, "micGlitchRate", "%.0f", r.range(0, 200));
        metric(w, r, in, "speakerGlitchRate", "%.0f", r.range(0, 400));
        metric(w, r, in, "howlingEventCount", "%.0f", double(r.integer(0, 3)));
        metric(w, r, in, "initialSignalLevelRootMeanSquare", "%.3f", r.range(20, 200));
        metric(w, r, in, "receivedSignalLevel", "%.0f", double(r.integer(-40, -5)));
        metric(w, r, in, "receivedNoiseLevel", "%.0f", double(r.integer(-90, -50)));
        metric(w, r, in, "sentSignalLevel", "%.0f", double(r.integer(-40, -5)));
        metric(w, r, in, "sentNoiseLevel", "%.0f", double(r.integer(-90, -50)), true);
    }
    w.printf("                            }%s\n", last ? "" : ",");
}

void stream(Writer& w, Random& r, const char* kind, const char* direction, bool bad, bool last)
{
    const char* in = "                                    ";
    w.raw("                                {\n");
    w.printf("%s\"streamId\": \"%llu\",\n", in, static_cast<unsigned long long>(r.next() % 4000000000ull));
    w.printf("%s\"streamDirection\": \"%s\",\n", in, direction);
    const double scale = bad ? 6.0 : 1.0;
    if (std::strcmp(kind, "audio") == 0) {
        w.printf("%s\"audioCodec\": \"%s\",\n", in, r.chance(0.7) ? "satin" : "opus");
        metric(w, r, in, "averageAudioDegradation", "%.6f", r.range(0, 0.4) * scale);
        metric(w, r, in, "averageRatioOfConcealedSamples", "%.6f", r.range(0, 0.02) * scale);
        metric(w, r, in, "maxRatioOfConcealedSamples", "%.6f", r.range(0.02, 0.06) * scale);
        duration(w, r, in, "averageAudioNetworkJitter", r.range(2, 20) * scale);
        duration(w, r, in, "maxAudioNetworkJitter", r.range(20, 60) * scale);
        w.printf("%s\"isAudioForwardErrorCorrectionUsed\": %s,\n", in, r.chance(0.3) ? "true" : "false");
    } else {
        w.printf("%s\"videoCodec\": \"%s\",\n", in, r.chance(0.7) ? "h264" : "av1");
        metric(w, r, in, "averageVideoFrameRate", "%.2f", bad ? r.range(1, 8) : r.range(12, 30));
        metric(w, r, in, "averageReceivedFrameRate", "%.2f", bad ? r.range(1, 8) : r.range(12, 30));
        metric(w, r, in, "averageVideoFrameLossPercentage", "%.2f", r.range(0, 10) * scale);
        metric(w, r, in, "averageVideoPacketLossRate", "%.5f", r.range(0, 0.02) * scale);
        metric(w, r, in, "postForwardErrorCorrectionPacketLossRate", "%.5f", r.range(0, 0.03) * scale);
        metric(w, r, in, "lowFrameRateRatio", "%.4f", r.range(0, 0.2));
        metric(w, r, in, "lowVideoProcessingCapabilityRatio", "%.4f", r.range(0, 0.1));
        duration(w, r, in, "averageFreezeDuration", r.range(0, 300) * scale);
        duration(w, r, in, "rmsFreezeDuration", r.range(0, 400) * scale);
    }
    duration(w, r, in, "averageJitter", r.range(2, 25) * scale);
    duration(w, r, in, "maxJitter", r.range(25, 90) * scale);
    metric(w, r, in, "averagePacketLossRate", "%.8f", r.range(0, 0.02) * scale);
    metric(w, r, in, "maxPacketLossRate", "%.8f", r.range(0.02, 0.08) * scale);
    duration(w, r, in, "averageRoundTripTime", r.range(20, 120) * scale);
    duration(w, r, in, "maxRoundTripTime", r.range(120, 300) * scale);
    metric(w, r, in, "packetUtilization", "%.0f", double(r.integer(100, 200000)));
    metric(w, r, in, "averageBandwidthEstimate", "%.0f", double(r.integer(500000, 50000000)));
    w.printf("%s\"wasMediaBypassed\": false\n", in);
    w.printf("                                }%s\n", last ? "" : ",");
}

struct Person {
    std::string id;
    std::string name;
    std::string upn;
};

Person person(Random& r, int index)
{
    Person p;
    p.id = guid(r);
    const char* first = kFirstNames[index % 16];
    const char* last = kLastNames[(index / 16 + index) % 16];
    p.name = std::string(first) + ' ' + last;
    if (index >= 256)
        p.name += " " + std::to_string(index);
    p.upn = "user" + std::to_string(index) + "@contoso.com";
    return p;
}

void participantEndpoint(Writer& w, Random& r, const Person& p, const char* indent, const char* role)
{
    w.printf("%s\"%s\": {\n", indent, role);
    w.printf("%s    \"@odata.type\": \"#microsoft.graph.callRecords.participantEndpoint\",\n", indent);
    w.printf("%s    \"name\": \"LAPTOP-%04X\",\n", indent, unsigned(r.next() & 0xFFFF));
    w.printf("%s    \"cpuName\": \"Intel(R) Core(TM) i7-1185G7 @ 3.00GHz\",\n", indent);
    w.printf("%s    \"cpuCoresCount\": %d,\n", indent, r.chance(0.5) ? 4 : 8);
    w.printf("%s    \"cpuProcessorSpeedInMhz\": %d,\n", indent, r.integer(1800, 3000));
    w.printf("%s    \"userAgent\": {\n", indent);
    w.printf("%s        \"@odata.type\": \"#microsoft.graph.callRecords.clientUserAgent\",\n", indent);
    w.printf("%s        \"headerValue\": \"CallSignalingAgent (49/24.%d.0.0//;)\",\n", indent, r.integer(1, 30));
    w.printf("%s        \"applicationVersion\": \"24.%d.1\",\n", indent, r.integer(1, 30));
    w.printf("%s        \"platform\": \"%s\",\n", indent, r.chance(0.8) ? "windows" : "macOS");
    w.printf("%s        \"productFamily\": \"teams\",\n", indent);
    w.printf("%s        \"azureADAppId\": null,\n", indent);
    w.printf("%s        \"communicationServiceId\": null\n", indent);
    w.printf("%s    },\n", indent);
    w.printf("%s    \"associatedIdentity\": {\n", indent);
    w.printf("%s        \"id\": \"%s\",\n", indent, p.id.c_str());
    w.printf("%s        \"displayName\": \"%s\",\n", indent, p.name.c_str());
    w.printf("%s        \"tenantId\": \"dc368399-474c-4d40-900c-6265431fd81f\",\n", indent);
    w.printf("%s        \"userPrincipalName\": \"%s\"\n", indent, p.upn.c_str());
    w.printf("%s    },\n", indent);
    w.printf("%s    \"feedback\": null\n", indent);
    w.printf("%s},\n", indent);
}

void serviceEndpoint(Writer& w, const char* indent, const char* role, bool last)
{
    w.printf("%s\"%s\": {\n", indent, role);
    w.printf("%s    \"@odata.type\": \"#microsoft.graph.callRecords.serviceEndpoint\",\n", indent);
    w.printf("%s    \"userAgent\": {\n", indent);
    w.printf("%s        \"@odata.type\": \"#microsoft.graph.callRecords.serviceUserAgent\",\n", indent);
    w.printf("%s        \"headerValue\": \"av-mcu\",\n", indent);
    w.printf("%s        \"applicationVersion\": null,\n", indent);
    w.printf("%s        \"role\": \"skypeForBusinessAudioVideoMcu\"\n", indent);
    w.printf("%s    }\n", indent);
    w.printf("%s}%s\n", indent, last ? "" : ",");
}

} // namespace

int main(int argc, char** argv)
{
    long sessions = 60;
    unsigned long long seed = 1;
    long pageSize = -1;
    const char* output = nullptr;
    bool pretty = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--sessions") && i + 1 < argc)
            sessions = std::atol(argv[++i]);
        else if (!std::strcmp(argv[i], "--seed") && i + 1 < argc)
            seed = std::strtoull(argv[++i], nullptr, 10);
        else if (!std::strcmp(argv[i], "--page-size") && i + 1 < argc)
            pageSize = std::atol(argv[++i]);
        else if (!std::strcmp(argv[i], "--output") && i + 1 < argc)
            output = argv[++i];
        else if (!std::strcmp(argv[i], "--pretty"))
            pretty = true;
        else {
            std::fprintf(
                stderr, "usage: %s --sessions N [--seed S] [--page-size P] [--pretty] [--output PATH]\n", argv[0]);
            return 2;
        }
    }
    if (sessions < 1) {
        std::fprintf(stderr, "--sessions must be at least 1\n");
        return 2;
    }
    FILE* out = output ? std::fopen(output, "wb") : stdout;
    if (!out) {
        std::perror(output);
        return 1;
    }
    Random r { seed };
    Writer w(out, pretty);
    const std::string callId = guid(r);
    const long long start = 1764324000; // 2025-11-28T10:00:00Z
    const int participants = int(std::min<long>(sessions, 250));
    const long long callSeconds = 3600;

    w.raw("{\n");
    w.raw("    \"@odata.context\": "
          "\"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords(sessions(segments()))/$entity\",\n");
    w.printf("    \"id\": \"%s\",\n", callId.c_str());
    w.raw("    \"version\": 3,\n    \"type\": \"groupCall\",\n");
    w.raw("    \"modalities\": [\"audio\", \"video\", \"screenSharing\"],\n");
    w.printf("    \"startDateTime\": \"%s\",\n", isoTime(start, 0).c_str());
    w.printf("    \"endDateTime\": \"%s\",\n", isoTime(start + callSeconds, 0).c_str());
    w.printf("    \"lastModifiedDateTime\": \"%s\",\n", isoTime(start + callSeconds + 900, 0).c_str());
    w.raw("    \"joinWebUrl\": \"https://teams.microsoft.com/l/meetup-join/19%3ameeting_synthetic%40thread.v2/0\",\n");
    Random people { seed ^ 0xABCDEFull };
    const Person organizer = person(people, 0); // the first participant
    w.printf("    \"organizer_v2\": {\n        \"id\": \"%s\",\n        \"identity\": {\n            \"user\": {\n"
             "                \"id\": \"%s\",\n                \"displayName\": \"%s\",\n"
             "                \"tenantId\": \"dc368399-474c-4d40-900c-6265431fd81f\",\n"
             "                \"userPrincipalName\": \"%s\"\n            },\n"
             "            \"acsUser\": null,\n            \"spoolUser\": null\n        }\n    },\n",
        organizer.id.c_str(), organizer.id.c_str(), organizer.name.c_str(), organizer.upn.c_str());
    Random pr { seed ^ 0xABCDEFull };
    std::vector<Person> roster;
    for (int k = 0; k < participants; ++k)
        roster.push_back(person(pr, k));
    w.raw("    \"participants_v2\": [\n");
    for (int i = 0; i < participants; ++i) {
        const Person& p = roster[size_t(i)];
        w.printf("        {\n            \"id\": \"%s\",\n            \"identity\": {\n                \"user\": {\n"
                 "                    \"id\": \"%s\",\n                    \"displayName\": \"%s\",\n"
                 "                    \"userPrincipalName\": \"%s\"\n                }\n            }\n        }%s\n",
            p.id.c_str(), p.id.c_str(), p.name.c_str(), p.upn.c_str(), i + 1 < participants ? "," : "");
    }
    w.raw("    ],\n");
    w.raw("    \"sessions\": [\n");
    const long written = pageSize > 0 && pageSize < sessions ? pageSize : sessions;
    for (long s = 0; s < written; ++s) {
        const Person& p = roster[size_t(s % participants)];
        const bool wifi = r.chance(0.5);
        const bool bad = r.chance(0.1);
        const long long sStart = start + r.integer(0, 600);
        const long long sEnd = sStart + r.integer(300, int(callSeconds - 600));
        const std::string sessionId = guid(r);
        w.raw("        {\n");
        w.printf("            \"id\": \"%s\",\n", sessionId.c_str());
        w.raw("            \"modalities\": [\"audio\", \"video\", \"screenSharing\"],\n");
        w.printf("            \"startDateTime\": \"%s\",\n", isoTime(sStart, r.integer(0, 999)).c_str());
        w.printf("            \"endDateTime\": \"%s\",\n", isoTime(sEnd, r.integer(0, 999)).c_str());
        w.raw("            \"isTest\": false,\n");
        w.raw("            \"failureInfo\": null,\n");
        participantEndpoint(w, r, p, "            ", "caller");
        serviceEndpoint(w, "            ", "callee", false);
        w.raw("            \"segments\": [\n                {\n");
        w.printf("                    \"id\": \"%s\",\n", guid(r).c_str());
        w.printf("                    \"startDateTime\": \"%s\",\n", isoTime(sStart, 0).c_str());
        w.printf("                    \"endDateTime\": \"%s\",\n", isoTime(sEnd, 0).c_str());
        w.raw("                    \"failureInfo\": null,\n");
        participantEndpoint(w, r, p, "                    ", "caller");
        serviceEndpoint(w, "                    ", "callee", false);
        w.raw("                    \"media\": [\n");
        const char* labels[] = { "main-audio", "main-video", "applicationsharing-video" };
        const char* kinds[] = { "audio", "video", "video" };
        for (int m = 0; m < 3; ++m) {
            w.raw("                        {\n");
            w.printf("                            \"label\": \"%s\",\n", labels[m]);
            network(w, r, "callerNetwork", wifi, false);
            network(w, r, "calleeNetwork", false, true);
            device(w, r, "callerDevice", false, false);
            device(w, r, "calleeDevice", true, false);
            w.raw("                            \"streams\": [\n");
            stream(w, r, kinds[m], "callerToCallee", bad, false);
            stream(w, r, kinds[m], "calleeToCaller", bad && r.chance(0.5), true);
            w.raw("                            ]\n");
            w.printf("                        }%s\n", m < 2 ? "," : "");
        }
        w.raw("                    ]\n                }\n            ]\n");
        w.printf("        }%s\n", s + 1 < written ? "," : "");
    }
    w.raw("    ]");
    if (written < sessions)
        w.printf(",\n    \"sessions@odata.nextLink\": "
                 "\"https://graph.microsoft.com/v1.0/communications/callRecords/%s/"
                 "sessions?$expand=segments&$skiptoken=page2\"",
            callId.c_str());
    w.raw("\n}\n");
    w.flush();
    if (output && std::fclose(out) != 0) {
        std::perror(output);
        return 1;
    }
    return 0;
}
