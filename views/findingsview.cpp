#include "findingsview.h"

#include "quality/palette.h"

#include <QUrl>

namespace {
QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}
} // namespace

FindingsView::FindingsView(QWidget* parent)
    : QTextBrowser(parent)
    , DocumentPane(this)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        bool ok = false;
        const int index = url.fragment().toInt(&ok);
        if (!ok || index < 0 || size_t(index) >= findings().findings.size())
            return;
        const Finding& f = findings().findings[size_t(index)];
        if (f.session)
            select(pathOf(*view()->record, f.session, f.segment, f.media, f.stream));
    });
}

const FindingsResult& FindingsView::findings() const
{
    static const FindingsResult none;
    return view() ? view()->findings() : none;
}

void FindingsView::documentChanged()
{
    if (view())
        showFindings();
    else
        showNoRecord();
}

void FindingsView::showNoRecord()
{
    setHtml(QStringLiteral("<p>%1</p>")
                .arg(tr("Open a call record (Ctrl+O) or a call by id (Ctrl+L) to see its findings.").toHtmlEscaped()));
}

void FindingsView::showFindings()
{
    const FindingsResult& m_findings = findings();
    const QString profileName = view()->profile().name;
    QString html = QStringLiteral("<html><body style='font-size:10pt'>");
    if (m_findings.findings.empty()) {
        //: %1 the name of the quality profile in use, e.g. "CQD poor stream"
        html += u"<p><b>" + escaped(tr("No problems found with the profile \"%1\".").arg(profileName)) + u"</b></p>";
        html += u"<p>" + escaped(tr("Streams without quality reports are unclassified; see the Quality column."))
            + u"</p>";
    }
    html += u"<ol style='margin-left:0'>";
    for (size_t i = 0; i < m_findings.findings.size(); ++i) {
        const Finding& f = m_findings.findings[i];
        const QString colour = Palette::html(Palette::severityText(f.severity, palette()));
        const QString tag = f.severity == Finding::Severity::Problem ? tr("Problem")
            : f.severity == Finding::Severity::Warning               ? tr("Warning")
                                                                     : tr("Note");
        html += u"<li style='margin-bottom:6px'><span style='color:" + colour + u"'><b>" + escaped(tag)
            + u":</b></span> <a href='#" + QString::number(i) + u"'>" + escaped(f.title) + u"</a>";
        QStringList evidence;
        for (const QString& line : f.evidence) {
            if (!line.isEmpty())
                evidence.append(escaped(line));
        }
        if (!evidence.isEmpty())
            html += u"<br/><span style='color:#555'>" + evidence.join(u" · ") + u"</span>";
        if (!f.nextStep.isEmpty())
            //: %1 the suggested action, a full sentence, e.g. "Check the headset or microphone connection."
            html += u"<br/><i>" + escaped(tr("Next step: %1").arg(f.nextStep)) + u"</i>";
        html += u"</li>";
    }
    html += u"</ol>";
    if (m_findings.omitted > 0)
        //: %1 the number of further findings left out of the list, e.g. "12"
        html += u"<p>" + escaped(tr("… %1 more findings not listed.").arg(m_findings.omitted)) + u"</p>";
    html += u"</body></html>";
    setHtml(html);
}
