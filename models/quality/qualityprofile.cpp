#include "qualityprofile.h"

#include "format/displayformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cmath>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(QualityProfile)
};

struct MetricInfo {
    const char* name;
    const char* label;
};
constexpr std::array<MetricInfo, size_t(Metric::MetricCount)> kMetrics { {
    { "averageAudioDegradation", QT_TRANSLATE_NOOP("QualityProfile", "audio degradation (NMOS)") },
    { "averageRoundTripTime", QT_TRANSLATE_NOOP("QualityProfile", "average round-trip time") },
    { "averagePacketLossRate", QT_TRANSLATE_NOOP("QualityProfile", "average packet loss") },
    { "averageJitter", QT_TRANSLATE_NOOP("QualityProfile", "average jitter") },
    { "averageRatioOfConcealedSamples", QT_TRANSLATE_NOOP("QualityProfile", "concealed samples") },
    { "averageVideoFrameLossPercentage", QT_TRANSLATE_NOOP("QualityProfile", "video frame loss") },
    { "averageVideoFrameRate", QT_TRANSLATE_NOOP("QualityProfile", "video frame rate") },
    { "postForwardErrorCorrectionPacketLossRate", QT_TRANSLATE_NOOP("QualityProfile", "packet loss after FEC") },
} };

bool isFraction(Metric metric)
{
    return metric == Metric::AveragePacketLossRate || metric == Metric::AverageRatioOfConcealedSamples
        || metric == Metric::PostForwardErrorCorrectionPacketLossRate;
}
} // namespace

QString metricName(Metric metric)
{
    return QString::fromLatin1(kMetrics[size_t(metric)].name);
}

QString metricLabel(Metric metric)
{
    return QCoreApplication::translate("QualityProfile", kMetrics[size_t(metric)].label);
}

OptionalDouble metricValue(const MediaStream& s, Metric metric)
{
    switch (metric) {
    case Metric::AverageAudioDegradation:
        return s.averageAudioDegradation;
    case Metric::AverageRoundTripTime:
        return s.averageRoundTripTime;
    case Metric::AveragePacketLossRate:
        return s.averagePacketLossRate;
    case Metric::AverageJitter:
        return s.averageJitter;
    case Metric::AverageRatioOfConcealedSamples:
        return s.averageRatioOfConcealedSamples;
    case Metric::AverageVideoFrameLossPercentage:
        return s.averageVideoFrameLossPercentage;
    case Metric::AverageVideoFrameRate:
        return s.averageVideoFrameRate;
    case Metric::PostForwardErrorCorrectionPacketLossRate:
        return s.postForwardErrorCorrectionPacketLossRate;
    case Metric::MetricCount:
        break;
    }
    return {};
}

QString formatMetric(Metric metric, double value)
{
    if (metric == Metric::AverageRoundTripTime || metric == Metric::AverageJitter)
        return DisplayFormat::milliseconds(value);
    if (isFraction(metric))
        return DisplayFormat::percentFromFraction(value);
    if (metric == Metric::AverageVideoFrameLossPercentage)
        return DisplayFormat::percent(value);
    if (metric == Metric::AverageVideoFrameRate)
        //: %1 a frame rate, e.g. "29.5" (frames per second)
        return Tr::tr("%1 fps").arg(DisplayFormat::number(value, 1));
    return DisplayFormat::number(value, 2);
}

MediaKind mediaKind(const Media& media, const Session* session)
{
    const auto label = media.label.view();
    const auto has = [&](std::string_view part) {
        return Text(std::string_view(label)).view().find(part) != std::string_view::npos;
    };
    if (has("applicationsharing"))
        return MediaKind::ScreenSharing;
    if (has("audio"))
        return MediaKind::Audio;
    if (has("video")) {
        // Video-based screen sharing shows up as a video label in a session whose modalities
        // are screen sharing and not video.
        if (session) {
            bool video = false;
            bool sharing = false;
            for (const auto& modality : session->modalities) {
                video = video || modality.index == Modality::Video;
                sharing = sharing || modality.index == Modality::VideoBasedScreenSharing
                    || modality.index == Modality::ScreenSharing;
            }
            if (sharing && !video)
                return MediaKind::ScreenSharing;
        }
        return MediaKind::Video;
    }
    return MediaKind::Other;
}

QString mediaKindName(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Audio:
        return Tr::tr("audio");
    case MediaKind::Video:
        return Tr::tr("video");
    case MediaKind::ScreenSharing:
        return Tr::tr("screen sharing");
    case MediaKind::Other:
        break;
    }
    return Tr::tr("other media");
}

bool ThresholdRule::isPoor(double value) const
{
    switch (poorWhen) {
    case Poor::Above:
        return value > threshold;
    case Poor::AtOrAbove:
        return value >= threshold;
    case Poor::Below:
        return value < threshold;
    case Poor::AtOrBelow:
        return value <= threshold;
    }
    return false;
}

QString ThresholdRule::conditionText() const
{
    const QString value = formatMetric(metric, threshold);
    switch (poorWhen) {
    case Poor::Above:
        return u"> " + value;
    case Poor::AtOrAbove:
        return u"≥ " + value;
    case Poor::Below:
        return u"< " + value;
    case Poor::AtOrBelow:
        return u"≤ " + value;
    }
    return value;
}

const RuleSet& QualityProfile::rulesFor(MediaKind kind) const
{
    static const RuleSet none;
    switch (kind) {
    case MediaKind::Audio:
        return audio;
    case MediaKind::Video:
        return video;
    case MediaKind::ScreenSharing:
        return screenSharing;
    case MediaKind::Other:
        break;
    }
    return none;
}

QualityProfile QualityProfile::cqdPoorStream()
{
    using P = ThresholdRule::Poor;
    QualityProfile p;
    p.key = QStringLiteral("CQD poor stream");
    p.name = Tr::tr("CQD poor stream");
    p.description = Tr::tr("Microsoft Call Quality Dashboard stream classification");
    p.audio = { RuleSet::Mode::AnyPoor,
        { { Metric::AverageAudioDegradation, P::Above, 1.0 }, { Metric::AverageRoundTripTime, P::Above, 500 },
            { Metric::AveragePacketLossRate, P::Above, 0.1 }, { Metric::AverageJitter, P::Above, 30 },
            { Metric::AverageRatioOfConcealedSamples, P::Above, 0.07 } } };
    p.video = { RuleSet::Mode::FirstAvailable,
        { { Metric::AverageVideoFrameLossPercentage, P::Above, 50 }, { Metric::AverageVideoFrameRate, P::Below, 7 },
            { Metric::PostForwardErrorCorrectionPacketLossRate, P::Above, 0.15 } } };
    p.screenSharing = { RuleSet::Mode::FirstAvailable,
        { { Metric::AverageVideoFrameLossPercentage, P::Above, 50 }, { Metric::AverageVideoFrameRate, P::Below, 2 },
            { Metric::PostForwardErrorCorrectionPacketLossRate, P::Above, 0.15 } } };
    return p;
}

QualityProfile QualityProfile::teamsNetworkTargets()
{
    using P = ThresholdRule::Poor;
    QualityProfile p;
    p.key = QStringLiteral("Teams network targets");
    p.name = Tr::tr("Teams network targets");
    p.description = Tr::tr("Microsoft's network targets for Teams, client to Microsoft edge: round trip < 100 ms, "
                           "packet loss < 1 %, jitter < 30 ms");
    const RuleSet network { RuleSet::Mode::AnyPoor,
        { { Metric::AverageRoundTripTime, P::AtOrAbove, 100 }, { Metric::AveragePacketLossRate, P::AtOrAbove, 0.01 },
            { Metric::AverageJitter, P::AtOrAbove, 30 } } };
    p.audio = network;
    p.video = network;
    p.screenSharing = network;
    return p;
}

std::vector<QualityProfile> QualityProfile::builtIn()
{
    return { cqdPoorStream(), teamsNetworkTargets() };
}

// --- user profiles ---------------------------------------------------------------------------

namespace {
struct ProfileReader {
    QString source;
    QString error;

    bool fail(const QString& where, const QString& what)
    {
        //: %1 file, %2 where in the file, %3 what is wrong
        error = Tr::tr("%1: %2: %3").arg(source, where, what);
        return false;
    }

    bool readRuleSet(const QJsonValue& value, const QString& where, RuleSet& out)
    {
        if (value.isUndefined() || value.isNull()) {
            out = {};
            return true;
        }
        if (!value.isObject())
            return fail(where, Tr::tr("must be an object with \"mode\" and \"rules\""));
        const QJsonObject object = value.toObject();
        const QString mode = object.value(u"mode").toString(QStringLiteral("anyPoor"));
        if (mode == u"anyPoor")
            out.mode = RuleSet::Mode::AnyPoor;
        else if (mode == u"firstAvailable")
            out.mode = RuleSet::Mode::FirstAvailable;
        else
            //: %1 the "mode" value found in the profile file, e.g. "worst"
            return fail(where, Tr::tr("mode \"%1\" is neither \"anyPoor\" nor \"firstAvailable\"").arg(mode));
        const QJsonValue rules = object.value(u"rules");
        if (!rules.isArray())
            return fail(where, Tr::tr("\"rules\" must be an array"));
        out.rules.clear();
        int index = 0;
        for (const QJsonValue& ruleValue : rules.toArray()) {
            //: %1 the rule's position in the list, from 1; appended to a location such as: profile "X", audio
            const QString ruleWhere = where + Tr::tr(" rule %1").arg(++index);
            if (!ruleValue.isObject())
                return fail(ruleWhere, Tr::tr("must be an object"));
            const QJsonObject rule = ruleValue.toObject();
            const QString metric = rule.value(u"metric").toString();
            int found = -1;
            for (int m = 0; m < int(Metric::MetricCount); ++m) {
                if (metricName(Metric(m)) == metric)
                    found = m;
            }
            if (found < 0) {
                QStringList names;
                for (int m = 0; m < int(Metric::MetricCount); ++m)
                    names.append(metricName(Metric(m)));
                return fail(
                    //: %1 the unknown metric name from the file, %2 the valid names, e.g. "averageJitter, ..."
                    ruleWhere, Tr::tr("unknown metric \"%1\"; known metrics: %2").arg(metric, names.join(u", ")));
            }
            static const std::pair<const char*, ThresholdRule::Poor> kinds[] = {
                { "poorAbove", ThresholdRule::Poor::Above },
                { "poorAtOrAbove", ThresholdRule::Poor::AtOrAbove },
                { "poorBelow", ThresholdRule::Poor::Below },
                { "poorAtOrBelow", ThresholdRule::Poor::AtOrBelow },
            };
            int conditions = 0;
            ThresholdRule parsed { Metric(found), ThresholdRule::Poor::Above, 0 };
            for (const auto& [key, kind] : kinds) {
                const QJsonValue threshold = rule.value(QLatin1String(key));
                if (threshold.isUndefined())
                    continue;
                if (!threshold.isDouble() || !std::isfinite(threshold.toDouble()))
                    //: %1 a JSON key such as "poorAbove"
                    return fail(ruleWhere, Tr::tr("\"%1\" must be a number").arg(QLatin1String(key)));
                parsed.poorWhen = kind;
                parsed.threshold = threshold.toDouble();
                ++conditions;
            }
            if (conditions != 1)
                return fail(
                    ruleWhere, Tr::tr("needs exactly one of poorAbove, poorAtOrAbove, poorBelow, poorAtOrBelow"));
            out.rules.push_back(parsed);
        }
        return true;
    }

    bool readProfile(const QJsonValue& value, int number, QualityProfile& out)
    {
        //: %1 the profile's position in the file, counting from 1
        const QString where = Tr::tr("profile %1").arg(number);
        if (!value.isObject())
            return fail(where, Tr::tr("must be an object"));
        const QJsonObject object = value.toObject();
        out.name = object.value(u"name").toString().trimmed();
        if (out.name.isEmpty())
            return fail(where, Tr::tr("needs a \"name\""));
        out.description = object.value(u"description").toString();
        //: %1 the profile's name as written in the file
        const QString named = Tr::tr("profile \"%1\"").arg(out.name);
        if (!readRuleSet(object.value(u"audio"), named + Tr::tr(", audio"), out.audio)
            || !readRuleSet(object.value(u"video"), named + Tr::tr(", video"), out.video)
            || !readRuleSet(object.value(u"screenSharing"), named + Tr::tr(", screenSharing"), out.screenSharing))
            return false;
        const QJsonValue device = object.value(u"deviceNotFunctioningRatio");
        if (!device.isUndefined()) {
            if (!device.isDouble() || device.toDouble() < 0)
                return fail(named, Tr::tr("\"deviceNotFunctioningRatio\" must be a number from 0 to 1"));
            out.deviceNotFunctioningRatio = device.toDouble();
        }
        if (out.audio.rules.empty() && out.video.rules.empty() && out.screenSharing.rules.empty())
            return fail(named, Tr::tr("has no rules for audio, video or screenSharing"));
        return true;
    }
};
} // namespace

ProfileLoadResult parseQualityProfiles(const QByteArray& json, const QString& sourceName)
{
    ProfileLoadResult result;
    ProfileReader reader { sourceName, {} };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 the file's path or name, %2 a byte offset, %3 the JSON parser's message
        result.error = Tr::tr("%1: not valid JSON at byte %2: %3")
                           .arg(sourceName)
                           .arg(parseError.offset)
                           .arg(parseError.errorString());
        return result;
    }
    QJsonArray profiles;
    if (document.isObject() && document.object().contains(u"profiles")) {
        if (!document.object().value(u"profiles").isArray()) {
            //: %1 the file's path or name
            result.error = Tr::tr("%1: \"profiles\" must be an array").arg(sourceName);
            return result;
        }
        profiles = document.object().value(u"profiles").toArray();
    } else if (document.isObject()) {
        profiles.append(document.object());
    } else {
        profiles = document.array();
    }
    if (profiles.isEmpty()) {
        //: %1 the file's path or name
        result.error = Tr::tr("%1: no profiles in the file").arg(sourceName);
        return result;
    }
    int number = 0;
    for (const QJsonValue& value : std::as_const(profiles)) {
        QualityProfile profile;
        if (!reader.readProfile(value, ++number, profile)) {
            result.error = reader.error;
            result.profiles.clear();
            return result;
        }
        result.profiles.push_back(std::move(profile));
    }
    return result;
}

ProfileLoadResult loadQualityProfiles(const QString& path)
{
    QFile file(path);
    if (QFileInfo(path).size() > 1024 * 1024) {
        ProfileLoadResult result;
        //: %1 the file's path
        result.error = Tr::tr("%1: a profile file over 1 MiB is not read").arg(path);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        ProfileLoadResult result;
        //: %1 the file's path, %2 the system's reason, e.g. "Permission denied"
        result.error = Tr::tr("%1: cannot be read: %2").arg(path, file.errorString());
        return result;
    }
    return parseQualityProfiles(file.readAll(), path);
}
