#include "markdown.h"

#include "quality/worststreams.h"

#include "format/displayformat.h"
#include "format/people.h"
#include "quality/findings.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace {

constexpr int kMaxLegs = 50;
constexpr int kMaxFindings = 20;
constexpr qsizetype kMaxNames = 12;

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

/// True when the '&' at `at` starts something Markdown would read as an entity ("&lt;", "&#60;").
bool startsEntity(const QString& text, qsizetype at)
{
    qsizetype i = at + 1;
    if (i < text.size() && text[i] == u'#')
        ++i;
    const qsizetype first = i;
    while (i < text.size() && i - first <= 32 && isAsciiAlnum(text[i]))
        ++i;
    return i > first && i < text.size() && text[i] == u';';
}

/// Line breaks, control characters and direction overrides out; whitespace runs collapsed.
QString oneLine(const QString& text)
{
    QString clean = text;
    for (QChar& c : clean) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029)
            c = u' ';
        else if (isBidiControl(u))
            c = QChar(QChar::ReplacementCharacter);
    }
    return std::move(clean).simplified();
}

/// An identifier as a code span (easy to copy), when it is plain enough to be one safely in a
/// table cell; anything else is escaped text.
QString codeOrText(const QString& text)
{
    const bool plain = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return isAsciiAlnum(c) || c == u'-' || c == u'.' || c == u':' || c == u'_';
    });
    return plain ? u'`' + text + u'`' : markdownEscaped(text);
}

/// "average jitter 45 ms > 30 ms": a rule that fired, for people.
QString brokenRuleText(const RuleResult& rule)
{
    return metricLabel(rule.metric) + u' ' + formatMetric(rule.metric, rule.value) + u' ' + rule.rule.conditionText();
}

struct Leg {
    int index = 0;
    Verdict verdict = Verdict::Unclassified;
    int group = 2; // 0 poor, 1 failed, 2 the rest
    double badness = -1;
    int worstStream = -1; // into m_streams
    const DeviceProblem* device = nullptr; // when a device problem is the worst
    int poorStreams = 0;
    int deviceProblems = 0;
};

class MarkdownWriter {
    Q_DECLARE_TR_FUNCTIONS(Markdown)

public:
    MarkdownWriter(const CallRecord& record, const RecordClassification& classification, const MarkdownOptions& options)
        : m_record(record)
        , m_classification(classification)
        , m_options(options)
    {
    }

    QString write()
    {
        collect();
        title();
        facts();
        verdict();
        legs();
        findings();
        worstStreams();
        footer();
        return m_out;
    }

private:
    const CallRecord& m_record;
    const RecordClassification& m_classification;
    const MarkdownOptions& m_options;
    std::vector<RankedStream> m_streams; // every stream, in record order
    std::vector<Leg> m_legs;
    QString m_out;

    static QString number(qint64 value) { return QLocale().toString(value); }
    static QString orMissing(const QString& value) { return value.isEmpty() ? DisplayFormat::missing() : value; }

    /// formatDurationForPeople with the locale's decimal mark below a minute.
    static QString duration(double ms)
    {
        const double magnitude = std::fabs(ms);
        if (magnitude >= 60000)
            return formatDurationForPeople(ms);
        QString text;
        if (magnitude < 1000)
            text = DisplayFormat::milliseconds(magnitude);
        else
            //: a duration in seconds
            text = tr("%1 s").arg(DisplayFormat::number(magnitude / 1000.0, 1));
        return ms < 0 ? u'-' + text : text;
    }

    static QString duration(const DateTime& start, const DateTime& end)
    {
        if (start.isNull() || end.isNull() || *end.msecsSinceEpoch < *start.msecsSinceEpoch)
            return DisplayFormat::duration(start, end); // "not reported", or that it ends before it starts
        return duration(double(*end.msecsSinceEpoch - *start.msecsSinceEpoch));
    }

    /// "2020-02-25 18:52:21 UTC · local 25/02/2020 19:52:21 (UTC+01:00)"
    static QString dateTime(const DateTime& value)
    {
        if (value.isNull())
            return DisplayFormat::missing();
        const QDateTime utc = value.toQDateTime().toUTC();
        const int offset = utc.toLocalTime().offsetFromUtc();
        const QString zone = QString::asprintf(
            "UTC%c%02d:%02d", offset < 0 ? '-' : '+', std::abs(offset) / 3600, std::abs(offset) % 3600 / 60);
        //: %1 date and time in UTC, %2 the same in the reader's local time, %3 the local time's offset from UTC
        return tr("%1 UTC · local %2 (%3)")
            .arg(utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), DisplayFormat::localDateTime(value), zone);
    }

    static QString callTypeText(const EnumValue& type) { return markdownEscaped(DisplayFormat::callType(type)); }

    static QString modalityText(const EnumValue& modality)
    {
        return markdownEscaped(DisplayFormat::modality(modality));
    }

    static QString verdictMarkup(Verdict verdict)
    {
        const QString text = verdictText(verdict);
        return verdict == Verdict::Poor ? u"**" + text + u"**" : text;
    }

    static QString callerName(const Session& session, const Segment* segment)
    {
        const QString name = segment ? DisplayFormat::endpointName(segment->caller, session.caller)
                                     : DisplayFormat::endpointName(session.caller);
        return name.isEmpty() ? DisplayFormat::unnamed(DisplayFormat::Side::Caller) : markdownEscaped(name);
    }

    static QString calleeName(const Session& session, const Segment* segment)
    {
        const QString name = segment ? DisplayFormat::endpointName(segment->callee, session.callee)
                                     : DisplayFormat::endpointName(session.callee);
        return name.isEmpty() ? DisplayFormat::unnamed(DisplayFormat::Side::Callee) : markdownEscaped(name);
    }

    /// "Abbie Wilkins → Owen Franklin" in the stream's direction (caller first when not reported).
    QString fromTo(const RankedStream& entry) const
    {
        const Session& session = *entry.session;
        const QString caller = callerName(session, entry.segment);
        const QString callee = calleeName(session, entry.segment);
        if (entry.stream->streamDirection.index == StreamDirection::CalleeToCaller)
            return callee + u" → " + caller;
        return caller + u" → " + callee;
    }

    void line(const QString& text = {}) { m_out += text + u'\n'; }

    void tableRow(const QStringList& cells)
    {
        QString row = QStringLiteral("|");
        for (const QString& cell : cells)
            row += u' ' + orMissing(cell) + u" |";
        line(row);
    }

    void tableHeader(const QStringList& cells)
    {
        tableRow(cells);
        QString rule = QStringLiteral("|");
        for (qsizetype i = 0; i < cells.size(); ++i)
            rule += QStringLiteral(" --- |");
        line(rule);
    }

    /// One pass over the record: every stream with its rank, every session with its worst problem.
    void collect()
    {
        const RecordCounts counts = countNodes(m_record);
        m_streams.reserve(size_t(counts.streams));
        m_legs.reserve(m_record.sessions.size());
        for (size_t s = 0; s < m_record.sessions.size(); ++s) {
            const Session& session = m_record.sessions[s];
            Leg leg;
            leg.index = int(s);
            leg.verdict = m_classification.verdict(&session);
            for (const Segment& segment : session.segments) {
                for (const Media& media : segment.media) {
                    if (const auto* problems = m_classification.deviceProblems(&media)) {
                        for (const DeviceProblem& problem : *problems) {
                            ++leg.deviceProblems;
                            const double badness = problem.threshold > 0 ? problem.ratio / problem.threshold
                                                                         : std::numeric_limits<double>::infinity();
                            if (badness > leg.badness) {
                                leg.badness = badness;
                                leg.device = &problem;
                                leg.worstStream = -1;
                            }
                        }
                    }
                    for (const MediaStream& stream : media.streams) {
                        RankedStream entry;
                        entry.sessionNumber = int(s) + 1;
                        entry.session = &session;
                        entry.segment = &segment;
                        entry.media = &media;
                        entry.stream = &stream;
                        entry.verdict = m_classification.stream(&stream);
                        entry.ordinal = int(m_streams.size());
                        if (entry.verdict && entry.verdict->verdict == Verdict::Poor) {
                            ++leg.poorStreams;
                            const RuleResult* rule = worstRule(*entry.verdict);
                            const double badness = rule ? ruleCloseness(*rule) : 0;
                            if (badness > leg.badness) {
                                leg.badness = badness;
                                leg.worstStream = entry.ordinal;
                                leg.device = nullptr;
                            }
                        }
                        m_streams.push_back(entry);
                    }
                }
            }
            leg.group = leg.verdict == Verdict::Poor ? 0 : (failureReported(session.failureInfo) ? 1 : 2);
            m_legs.push_back(leg);
        }
    }

    void title()
    {
        const QString id
            = m_record.id.isNull() ? tr("(call id not reported)") : markdownEscaped(m_record.id.toQString());
        //: %1 is the call id
        line(u"## " + tr("Call record %1").arg(id));
        line();
        if (m_options.redacted) {
            line(u'*' + tr("Personal data redacted.") + u'*');
            line();
        }
    }

    void facts()
    {
        const CallRecord& r = m_record;
        tableHeader({ tr("Call ID"), r.id.isNull() ? QString() : codeOrText(r.id.toQString()) });
        tableRow({ tr("Type"), callTypeText(r.type) });
        tableRow({ tr("Start"), dateTime(r.startDateTime) });
        tableRow({ tr("End"), dateTime(r.endDateTime) });
        tableRow({ tr("Duration"), duration(r.startDateTime, r.endDateTime) });
        tableRow({ tr("Organizer"), markdownEscaped(organizerName(r)) });

        const QStringList names = participantNames(r);
        QString people;
        if (!names.isEmpty()) {
            QStringList shown;
            for (qsizetype i = 0; i < std::min(names.size(), kMaxNames); ++i)
                shown.append(markdownEscaped(names[i]));
            QString list = shown.join(u", ");
            if (names.size() > kMaxNames)
                //: %1 the names listed, %2 how many more participants are not named
                list = tr("%1 and %2 more").arg(list, number(names.size() - kMaxNames));
            //: %1 number of participants, %2 their names
            people = tr("%1: %2").arg(number(names.size()), list);
        } else if (participantsListedAsNone(r)) {
            people = tr("none listed");
        }
        tableRow({ tr("Participants"), people });

        QStringList modalities;
        for (const EnumValue& modality : r.modalities)
            modalities.append(modalityText(modality));
        tableRow({ tr("Modalities"),
            modalities.isEmpty() && r.modalities.isReported() ? tr("none listed") : modalities.join(u", ") });
        tableRow({ tr("Version"), r.version ? QString::number(*r.version) : QString() });

        const RecordCounts counts = countNodes(r);
        //: counts of the nodes below a call record: %1 sessions, %2 segments, %3 media, %4 streams
        const QString contents
            = tr("sessions %1 · segments %2 · media %3 · streams %4")
                  .arg(number(counts.sessions), number(counts.segments), number(counts.media), number(counts.streams));
        tableRow({ tr("Contents"), contents });

        QString completeness;
        if (r.isComplete()) {
            completeness = tr("complete");
        } else {
            QStringList gaps;
            if (r.sessionsOnly)
                gaps.append(tr("only pages of sessions or participants were loaded, not the record's own properties"));
            if (!r.sessionsNextLink.isNull())
                gaps.append(tr("next sessions page not fetched"));
            if (!r.participantsNextLink.isNull())
                gaps.append(tr("next participants page not fetched"));
            completeness = u"**" + tr("partial") + u"**: " + gaps.join(u"; ");
        }
        tableRow({ tr("Completeness"), completeness });
        if (!r.warnings.isEmpty()) {
            //: %1 number of warnings from reading the file
            const QString warnings
                = tr("%1 (values that could not be read are shown as —)").arg(number(r.warnings.size()));
            tableRow({ tr("Load warnings"), warnings });
        }
        line();
    }

    void verdict()
    {
        int poorSessions = 0;
        for (const Leg& leg : m_legs)
            poorSessions += leg.verdict == Verdict::Poor ? 1 : 0;
        //: %1 verdict (Poor, Good, Unclassified)
        const QString overall = tr("Overall verdict: %1").arg(verdictText(m_classification.recordVerdict()));
        const int streams = m_classification.streamCount();
        const int sessions = int(m_legs.size());
        //: %1 poor streams, %Ln streams
        const QString streamCounts = DisplayFormat::plural(tr("%1 of %Ln stream(s) poor", nullptr, streams), streams)
                                         .arg(number(m_classification.poorStreamCount()));
        //: %1 poor sessions, %Ln sessions
        const QString sessionCounts = DisplayFormat::plural(tr("in %1 of %Ln session(s)", nullptr, sessions), sessions)
                                          .arg(number(poorSessions));
        //: %1 "1 of 2 streams poor", %2 "in 1 of 1 session", %3 the quality profile's name
        const QString counts = tr("%1, %2 (profile: %3)")
                                   .arg(streamCounts, sessionCounts, markdownEscaped(m_classification.profile().name));
        line(u"**" + overall + u"** — " + counts);
        line();
    }

    QString legLine(const Leg& leg) const
    {
        const Session& session = m_record.sessions[size_t(leg.index)];
        QString detail = verdictMarkup(leg.verdict);
        if (leg.worstStream >= 0) {
            const RankedStream& entry = m_streams[size_t(leg.worstStream)];
            const RuleResult* rule = worstRule(*entry.verdict);
            if (rule)
                //: %1 the rule that made the leg poor, e.g. "average jitter 45 ms > 30 ms", %2 media kind,
                //: %3 who sent to whom
                detail += u": "
                    + tr("%1 (%2, %3)").arg(brokenRuleText(*rule), mediaKindName(entry.verdict->kind), fromTo(entry));
        } else if (leg.device) {
            detail += u": " + leg.device->text();
        }
        const int others = leg.poorStreams + leg.deviceProblems - 1;
        if (leg.verdict == Verdict::Poor && others > 0)
            //: %1 number of further poor streams or device problems in the same session
            detail += u"; " + tr("other problems in this session: %1").arg(number(others));
        if (failureReported(session.failureInfo))
            detail += u"; **" + DisplayFormat::failure(session.failureInfo, [](const QString& text) {
                return markdownEscaped(text);
            }) + u"**";
        const QString sessionNumber = QString::number(leg.index + 1);
        const QString caller = callerName(session, nullptr);
        const QString callee = calleeName(session, nullptr);
        if (session.startDateTime.isNull() || session.endDateTime.isNull())
            //: %1 session number, %2 caller, %3 callee, %4 verdict and why
            return u"- " + tr("Session %1: %2 → %3 — %4").arg(sessionNumber, caller, callee, detail);
        //: %1 session number, %2 caller, %3 callee, %4 duration, %5 verdict and why
        return u"- "
            + tr("Session %1: %2 → %3, %4 — %5")
                  .arg(sessionNumber, caller, callee, duration(session.startDateTime, session.endDateTime), detail);
    }

    void legs()
    {
        line(u"### " + tr("Legs"));
        line();
        if (m_legs.empty()) {
            line(tr("No sessions in this record."));
            line();
            return;
        }
        std::vector<int> order(m_legs.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        const size_t shown = std::min(order.size(), size_t(kMaxLegs));
        if (shown < order.size()) {
            // Too many to list: poor legs first (worst first), then failed ones, then the rest in order.
            std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(shown), order.end(), [&](int a, int b) {
                const Leg& x = m_legs[size_t(a)];
                const Leg& y = m_legs[size_t(b)];
                if (x.group != y.group)
                    return x.group < y.group;
                if (x.group == 0 && x.badness != y.badness)
                    return x.badness > y.badness;
                return a < b;
            });
            //: %1 legs listed, %2 legs in the record
            line(tr("The %1 legs most likely to matter (poor ones first, worst first), of %2:")
                     .arg(number(qint64(shown)), number(qint64(m_legs.size()))));
            line();
        }
        int poorShown = 0;
        for (size_t i = 0; i < shown; ++i) {
            const Leg& leg = m_legs[size_t(order[i])];
            poorShown += leg.verdict == Verdict::Poor ? 1 : 0;
            line(legLine(leg));
        }
        if (shown < m_legs.size()) {
            int poor = 0;
            for (const Leg& leg : m_legs)
                poor += leg.verdict == Verdict::Poor ? 1 : 0;
            line();
            //: %1 sessions not listed, %2 how many of them are poor
            line(tr("… and %1 more sessions (%2 poor)")
                     .arg(number(qint64(m_legs.size() - shown)), number(poor - poorShown)));
        }
        line();
    }

    void findings()
    {
        line(u"### " + tr("Findings"));
        line();
        const FindingsResult result = computeFindings(m_record, m_classification, kMaxFindings);
        if (result.findings.empty()) {
            line(tr("No problems found with this profile."));
            line();
        }
        int n = 0;
        for (const Finding& finding : result.findings) {
            const QString marker = QString::number(++n) + u". ";
            const QString indent(marker.size(), u' ');
            QString severity;
            switch (finding.severity) {
            case Finding::Severity::Problem:
                severity = tr("Problem");
                break;
            case Finding::Severity::Warning:
                severity = tr("Warning");
                break;
            case Finding::Severity::Note:
                severity = tr("Note");
                break;
            }
            line(marker + u"**" + severity + u":** " + markdownEscaped(finding.title));
            for (const QString& evidence : finding.evidence) {
                const QString text = markdownEscaped(evidence, true);
                if (!text.isEmpty())
                    line(indent + u"- " + text);
            }
            if (!finding.nextStep.isEmpty())
                line(indent + u"- *" + tr("Next step:") + u"* " + markdownEscaped(finding.nextStep));
        }
        if (result.omitted > 0) {
            line();
            //: %1 number of findings not listed
            line(tr("%1 more findings are not listed here; the viewer's Findings pane has them all.")
                     .arg(number(result.omitted)));
        }
        if (!result.findings.empty())
            line();
    }

    void worstStreams()
    {
        const int limit = std::max(0, m_options.worstStreams);
        if (limit == 0)
            return;
        line(u"### " + tr("Worst streams"));
        line();
        if (m_streams.empty()) {
            line(tr("No streams in this record."));
            line();
            return;
        }
        int total = 0;
        const std::vector<RankedStream> worst
            = ::worstStreams(m_record, m_classification, limit, NodePath::record(), &total);
        const size_t count = worst.size();
        if (count < size_t(total))
            //: %1 streams listed, %2 streams in the record
            line(tr("The %1 worst of %2 streams: poor first, then by how close a value came to its threshold.")
                     .arg(number(qint64(count)), number(qint64(total))));
        else
            line(tr("All streams: poor first, then by how close a value came to its threshold."));
        line();
        tableHeader({ tr("Session"), tr("Media"), tr("Direction"), tr("From → to"), tr("Avg jitter"), tr("Avg RTT"),
            tr("Avg loss"), tr("Verdict") });
        for (const RankedStream& entry : worst) {
            const MediaStream& s = *entry.stream;
            const StreamVerdict* v = entry.verdict;
            const auto brokeRule = [&](Metric metric) {
                if (!v || v->verdict != Verdict::Poor)
                    return false;
                return std::any_of(v->rules.begin(), v->rules.end(),
                    [&](const RuleResult& r) { return r.poor && r.metric == metric; });
            };
            const auto metric = [&](Metric m, const OptionalDouble& value) -> QString {
                if (!value)
                    return {};
                const QString text = formatMetric(m, *value);
                return brokeRule(m) ? u"**" + text + u"**" : text;
            };
            QString direction;
            if (s.streamDirection.index == StreamDirection::CallerToCallee)
                direction = tr("caller → callee");
            else if (s.streamDirection.index == StreamDirection::CalleeToCaller)
                direction = tr("callee → caller");
            QString verdictCell = verdictMarkup(v ? v->verdict : Verdict::Unclassified);
            if (v && v->verdict == Verdict::Poor) {
                QStringList broken;
                for (const RuleResult& rule : v->rules) {
                    if (rule.poor)
                        broken.append(brokenRuleText(rule));
                }
                verdictCell += u": " + broken.join(u"; ");
            }
            const QString media = v ? mediaKindName(v->kind) : markdownEscaped(entry.media->label.toQString());
            tableRow({ QString::number(entry.sessionNumber), media, direction, fromTo(entry),
                metric(Metric::AverageJitter, s.averageJitter),
                metric(Metric::AverageRoundTripTime, s.averageRoundTripTime),
                metric(Metric::AveragePacketLossRate, s.averagePacketLossRate), verdictCell });
        }
        line();
    }

    void footer()
    {
        const QDateTime when = m_options.exportTime.isValid() ? m_options.exportTime : QDateTime::currentDateTimeUtc();
        const QString version
            = m_options.viewerVersion.isEmpty() ? QStringLiteral(CRV_VERSION) : m_options.viewerVersion;
        line(QStringLiteral("---"));
        line();
        //: %1 export time in UTC, %2 the viewer's version, %3 quality profile name
        line(u'*'
            + tr("Exported %1 by Call Record Viewer %2 · profile %3")
                  .arg(QString(when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + u" UTC"),
                      markdownEscaped(version), markdownEscaped(m_classification.profile().name))
            + u'*');
    }
};

} // namespace

QString markdownEscaped(const QString& text, bool atLineStart)
{
    const QString clean = oneLine(text);
    // Where a block marker would begin a heading, a list or a rule at the start of a line.
    qsizetype blockMarker = -1;
    if (atLineStart && !clean.isEmpty()) {
        const auto endsMarker = [&](qsizetype i) { return i >= clean.size() || clean[i] == u' '; };
        qsizetype run = 0;
        while (run < clean.size() && clean[run] == clean[0])
            ++run;
        qsizetype digits = 0;
        while (digits < clean.size() && clean[digits].unicode() >= u'0' && clean[digits].unicode() <= u'9')
            ++digits;
        if (clean[0] == u'#' && run <= 6 && endsMarker(run))
            blockMarker = 0;
        else if ((clean[0] == u'-' || clean[0] == u'+') && (endsMarker(1) || clean[1] == u'-'))
            blockMarker = 0;
        else if (digits > 0 && digits <= 9 && digits < clean.size() && (clean[digits] == u'.' || clean[digits] == u')')
            && endsMarker(digits + 1))
            blockMarker = digits;
    }
    QString out;
    out.reserve(clean.size() + 8);
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const QChar c = clean[i];
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'<':
        case u'>':
        case u'|':
        case u'~':
        case u'$':
            out += u'\\';
            break;
        case u'&':
            if (startsEntity(clean, i))
                out += u'\\';
            break;
        default:
            if (i == blockMarker)
                out += u'\\';
            break;
        }
        out += c;
    }
    return out;
}

QString recordMarkdown(
    const CallRecord& record, const RecordClassification& classification, const MarkdownOptions& options)
{
    return MarkdownWriter(record, classification, options).write();
}
