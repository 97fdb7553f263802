#include "summary.h"

#include "format/displayformat.h"
#include "format/people.h"
#include "quality/classifier.h"
#include "quality/findings.h"
#include "record/noderef.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Summary)
};

QString utc(const DateTime& value)
{
    if (value.isNull())
        return Tr::tr("not reported");
    // UTC to the millisecond, as Graph has it, then the reader's local time and format.
    //: %1 date and time in UTC (2020-02-25 18:52:21.216), %2 the same in the local time and format
    return Tr::tr("%1 UTC (%2 local time)")
        .arg(value.toQDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
            DisplayFormat::localDateTime(value));
}

QString line(const QString& label, const QString& value)
{
    return u"  " + QString(label + u':').leftJustified(16) + value + u'\n';
}
} // namespace

namespace {
QString qualitySection(const CallRecord& record, const RecordClassification& classification)
{
    constexpr int kMaxStreamLines = 200;
    const QualityProfile& profile = classification.profile();
    const int streams = classification.streamCount();
    QString out;
    out += line(Tr::tr("Quality"),
        //: %1 verdict (Good, Poor, Unclassified), %2 poor streams, %Ln streams, %3 quality profile name
        DisplayFormat::plural(Tr::tr("%1 — %2 of %Ln stream(s) poor (profile: %3)", nullptr, streams), streams)
            .arg(verdictText(classification.recordVerdict()))
            .arg(classification.poorStreamCount())
            .arg(profile.name));
    const bool onlyPoor = streams > kMaxStreamLines;
    if (onlyPoor && classification.poorStreamCount() > 0)
        //: %1 the number of streams in the record
        out += u"    " + Tr::tr("(%1 streams: only the poor ones are listed; --export csv has them all)").arg(streams)
            + u'\n';
    int listed = 0;
    forEachMedia(record, NodePath::record(), [&](const MediaPlace& m) {
        const Media& media = m.media;
        const int sessionNumber = m.sessionIndex + 1;
        const int segmentNumber = m.segmentIndex + 1;
        if (const auto* problems = classification.deviceProblems(&media)) {
            for (const auto& problem : *problems) {
                if (listed++ >= kMaxStreamLines)
                    continue;
                //: %1 session no., %2 segment no., %3 media label ("main-audio"), %4 device problem
                const QString text = Tr::tr("session %1 › segment %2 › %3: DEVICE — %4")
                                         .arg(sessionNumber)
                                         .arg(segmentNumber)
                                         .arg(media.label.toQString(), problem.text());
                out += u"    " + text + u'\n';
            }
        }
        QString caller, callee; // named only when a stream is listed
        int streamNumber = 0;
        for (const MediaStream& stream : media.streams) {
            ++streamNumber;
            const StreamVerdict* verdict = classification.stream(&stream);
            if (!verdict || (onlyPoor && verdict->verdict != Verdict::Poor))
                continue;
            if (listed++ >= kMaxStreamLines)
                continue;
            if (caller.isNull()) {
                caller = DisplayFormat::sideName(DisplayFormat::Side::Caller, m.segment.caller, m.session.caller);
                callee = DisplayFormat::sideName(DisplayFormat::Side::Callee, m.segment.callee, m.session.callee);
            }
            const bool up = stream.streamDirection.index == StreamDirection::CallerToCallee;
            const bool down = stream.streamDirection.index == StreamDirection::CalleeToCaller;
            QString who;
            if (up || down)
                who = (up ? caller : callee) + u" → " + (up ? callee : caller);
            QString detail
                = verdict->verdict == Verdict::Unclassified ? verdict->unclassifiedReason : verdict->reasonsText();
            //: %1 session, %2 segment, %3 media label, %4 stream number, %5 who sends to whom, %6 verdict, %7
            //: why
            out += u"    "
                + Tr::tr("session %1 › segment %2 › %3 › stream %4 (%5): %6 — %7")
                      .arg(sessionNumber)
                      .arg(segmentNumber)
                      .arg(media.label.toQString())
                      .arg(streamNumber)
                      .arg(who.isEmpty() ? Tr::tr("direction not reported") : who,
                          verdictText(verdict->verdict).toUpper(), detail)
                + u'\n';
        }
    });
    if (listed > kMaxStreamLines)
        //: %1 the number of further streams not listed
        out += u"    " + Tr::tr("… %1 more not listed").arg(listed - kMaxStreamLines) + u'\n';
    return out;
}
} // namespace

QString recordSummary(const CallRecord& record, const QualityProfile& profile)
{
    // A view of a record the caller owns: the shared pointer does not delete it.
    return recordSummary(*analyse(CallRecordPtr(&record, [](const CallRecord*) {}), profile));
}

QString recordSummary(const DocumentView& view)
{
    const CallRecord& record = *view.record;
    QString out;
    const QString id = record.id.isNull() ? Tr::tr("(unknown call id)") : record.id.toQString();
    //: %1 the call id (a GUID) or "(unknown call id)"
    out += Tr::tr("Call record %1").arg(id) + u'\n';
    if (!record.sourceNames.isEmpty())
        // A record fetched from Graph comes in many pages: name the first, count the rest.
        out += line(Tr::tr("Source"),
            //: %1 the number of further pages the record was read from; follows the first page's name
            record.sourceNames.size() > 3
                ? record.sourceNames.first() + u' ' + Tr::tr("and %1 more pages").arg(record.sourceNames.size() - 1)
                : record.sourceNames.join(u", "));
    if (!record.sessionsOnly) {
        out += line(
            Tr::tr("Type"), record.type.isNull() ? Tr::tr("not reported") : DisplayFormat::callType(record.type));
        out += line(Tr::tr("Start"), utc(record.startDateTime));
        out += line(Tr::tr("End"), utc(record.endDateTime));
        if (!record.startDateTime.isNull() && !record.endDateTime.isNull())
            out += line(Tr::tr("Duration"), DisplayFormat::duration(record.startDateTime, record.endDateTime));
        if (record.version)
            out += line(Tr::tr("Version"), QString::number(*record.version));
        QStringList modalities;
        for (const auto& modality : record.modalities)
            modalities.append(DisplayFormat::modality(modality));
        out += line(Tr::tr("Modalities"),
            !modalities.isEmpty()                ? modalities.join(u", ")
                : record.modalities.isReported() ? Tr::tr("none listed")
                                                 : Tr::tr("not reported"));
        const QString organizer = organizerName(record);
        out += line(Tr::tr("Organizer"), organizer.isEmpty() ? Tr::tr("not reported") : organizer);
    }
    const QStringList participants = participantNames(record);
    constexpr qsizetype kListed = 12;
    QString people = participants.mid(0, kListed).join(u", ");
    if (participants.size() > kListed)
        //: %1 is a number of further participants not listed by name
        people += u", " + Tr::tr("and %1 more").arg(participants.size() - kListed);
    out += line(Tr::tr("Participants"),
        !participants.isEmpty()                ? people + u" (" + QString::number(participants.size()) + u')'
            : participantsListedAsNone(record) ? Tr::tr("none listed")
                                               : Tr::tr("not reported"));
    const RecordCounts counts = countNodes(record);
    out += line(Tr::tr("Contents"),
        //: counts of the nodes below a call record: %1 sessions, %2 segments, %3 media, %4 streams
        Tr::tr("sessions %1 · segments %2 · media %3 · streams %4")
            .arg(counts.sessions)
            .arg(counts.segments)
            .arg(counts.media)
            .arg(counts.streams));
    QString completeness;
    if (record.isComplete()) {
        completeness = Tr::tr("complete (no further pages)");
    } else {
        QStringList gaps;
        if (record.sessionsOnly)
            gaps.append(Tr::tr("only pages of sessions or participants were loaded, not the record's own properties"));
        if (!record.sessionsNextLink.isNull())
            //: %1 the link to the next sessions page, as written in the file
            gaps.append(Tr::tr("more sessions exist than this file holds (sessions@odata.nextLink: %1)")
                            .arg(record.sessionsNextLink.toQString()));
        if (!record.participantsNextLink.isNull())
            //: %1 the link to the next participants page, as written in the file
            gaps.append(Tr::tr("more participants exist (participants_v2@odata.nextLink: %1)")
                            .arg(record.participantsNextLink.toQString()));
        //: %1 what is missing, e.g. "more sessions exist than this file holds (…)"; several joined by "; "
        completeness = Tr::tr("INCOMPLETE — %1").arg(gaps.join(u"; "));
    }
    if (!record.listNextLink.isNull())
        //: appended to the completeness of a record that came from a list which continues
        completeness += u"; " + Tr::tr("the list it came from is partial (@odata.nextLink)");
    out += line(Tr::tr("Completeness"), completeness);
    const RecordClassification& classification = *view.classification;
    out += qualitySection(record, classification);
    {
        const FindingsResult findings = computeFindings(record, classification, 30);
        out += line(Tr::tr("Findings"), findings.findings.empty() ? Tr::tr("none with this profile") : QString());
        if (!findings.findings.empty()) {
            for (const QString& text : findingsText(findings).split(u'\n', Qt::SkipEmptyParts))
                out += u"    " + text + u'\n';
        }
    }
    if (record.warnings.isEmpty()) {
        out += line(Tr::tr("Warnings"), Tr::tr("none"));
    } else {
        out += line(Tr::tr("Warnings"), QString::number(record.warnings.size()));
        for (const auto& warning : record.warnings)
            out += u"    - " + warning + u'\n';
    }
    return out;
}
