#include "summary.h"

#include <QCoreApplication>

#include <cmath>

namespace {
QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("Summary", text, nullptr, n);
}

QString utc(const DateTime& value)
{
    if (value.isNull())
        return tr("not reported");
    return value.toQDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + u" UTC";
}

QString line(const QString& label, const QString& value)
{
    return u"  " + QString(label + u':').leftJustified(16) + value + u'\n';
}
} // namespace

QString formatDurationForPeople(double ms)
{
    const bool negative = ms < 0;
    ms = std::fabs(ms);
    QString text;
    if (ms < 1000) {
        text = tr("%1 ms").arg(QString::number(ms, 'g', 4));
    } else if (ms < 60000) {
        text = tr("%1 s").arg(QString::number(ms / 1000.0, 'f', 1));
    } else if (ms < 3600000) {
        const auto total = qint64(std::llround(ms / 1000.0));
        text = tr("%1 min %2 s").arg(total / 60).arg(total % 60);
    } else {
        const auto minutes = qint64(std::llround(ms / 60000.0));
        text = tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    }
    return negative ? u'-' + text : text;
}

QStringList participantNames(const CallRecord& record)
{
    QStringList names;
    auto add = [&](const QString& name) {
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    };
    if (record.participantsV2 && !record.participantsV2->empty()) {
        for (const auto& participant : *record.participantsV2) {
            if (participant.identity)
                add(identitySetDisplayName(*participant.identity));
            else
                add(participant.id.toQString());
        }
    } else if (record.participants && !record.participants->empty()) {
        for (const auto& set : *record.participants)
            add(identitySetDisplayName(set));
    } else {
        for (const auto& session : record.sessions) {
            for (const auto* endpoint : { &session.caller, &session.callee }) {
                if (*endpoint && (*endpoint)->kind != EndpointKind::Service)
                    add(endpointDisplayName(**endpoint));
            }
        }
    }
    return names;
}

QString organizerName(const CallRecord& record)
{
    if (record.organizerV2 && record.organizerV2->identity) {
        const QString name = identitySetDisplayName(*record.organizerV2->identity);
        if (!name.isEmpty())
            return name;
    }
    if (record.organizer)
        return identitySetDisplayName(*record.organizer);
    return {};
}

QString recordSummary(const CallRecord& record)
{
    QString out;
    const QString id = record.id.isNull() ? tr("(unknown call id)") : record.id.toQString();
    out += tr("Call record %1").arg(id) + u'\n';
    if (!record.sourceNames.isEmpty())
        out += line(tr("Source"), record.sourceNames.join(u", "));
    if (!record.sessionsOnly) {
        out += line(
            tr("Type"), record.type.isNull() ? tr("not reported") : enumValueText(EnumType::CallType, record.type));
        out += line(tr("Start"), utc(record.startDateTime));
        out += line(tr("End"), utc(record.endDateTime));
        if (!record.startDateTime.isNull() && !record.endDateTime.isNull())
            out += line(tr("Duration"),
                formatDurationForPeople(
                    double(*record.endDateTime.msecsSinceEpoch - *record.startDateTime.msecsSinceEpoch)));
        if (record.version)
            out += line(tr("Version"), QString::number(*record.version));
        QStringList modalities;
        for (const auto& modality : record.modalities)
            modalities.append(enumValueText(EnumType::Modality, modality));
        out += line(tr("Modalities"), modalities.isEmpty() ? tr("not reported") : modalities.join(u", "));
        const QString organizer = organizerName(record);
        out += line(tr("Organizer"), organizer.isEmpty() ? tr("not reported") : organizer);
    }
    const QStringList participants = participantNames(record);
    constexpr qsizetype kListed = 12;
    QString people = participants.mid(0, kListed).join(u", ");
    if (participants.size() > kListed)
        //: %1 is a number of further participants not listed by name
        people += u", " + tr("and %1 more").arg(participants.size() - kListed);
    out += line(tr("Participants"),
        participants.isEmpty() ? tr("not reported") : people + u" (" + QString::number(participants.size()) + u')');
    const RecordCounts counts = countNodes(record);
    //: counts of the nodes below a call record
    out += line(tr("Contents"),
        tr("sessions %1 · segments %2 · media %3 · streams %4")
            .arg(counts.sessions)
            .arg(counts.segments)
            .arg(counts.media)
            .arg(counts.streams));
    QString completeness;
    if (record.isComplete()) {
        completeness = tr("complete (no further pages)");
    } else {
        QStringList gaps;
        if (record.sessionsOnly)
            gaps.append(tr("only sessions pages were loaded, not the record's own properties"));
        if (!record.sessionsNextLink.isNull())
            gaps.append(tr("more sessions exist than this file holds (sessions@odata.nextLink: %1)")
                            .arg(record.sessionsNextLink.toQString()));
        if (!record.participantsNextLink.isNull())
            gaps.append(tr("more participants exist (participants_v2@odata.nextLink: %1)")
                            .arg(record.participantsNextLink.toQString()));
        completeness = tr("INCOMPLETE — %1").arg(gaps.join(u"; "));
    }
    out += line(tr("Completeness"), completeness);
    if (record.warnings.isEmpty()) {
        out += line(tr("Warnings"), tr("none"));
    } else {
        out += line(tr("Warnings"), QString::number(record.warnings.size()));
        for (const auto& warning : record.warnings)
            out += u"    - " + warning + u'\n';
    }
    return out;
}
