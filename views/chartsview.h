#pragma once

#include "documentpane.h"
#include "quality/worststreams.h"

#include <QWidget>

#include <vector>

class QChart;
class QChartView;
class QSpinBox;
class QLabel;

/// One bar chart per chart specification (quality/chartspecs: jitter, round-trip time, packet
/// loss) for the streams of the selected node: per stream the average and the maximum side by
/// side, the active profile's threshold as a line, poor values in a warning colour. For big
/// selections only the worst N streams are drawn (N adjustable). Clicking a bar selects its
/// stream.
class ChartsView : public QWidget, public DocumentPane {
    Q_OBJECT
public:
    explicit ChartsView(QWidget* parent = nullptr);

    /// From now on, the streams of the whole call whatever is selected (pictures for tickets).
    void prepareForPicture() override;

    /// What is drawn (for tests): stream labels, and per chart (in chartSpecs() order) the
    /// values in the axis's unit, NaN where not reported.
    QStringList categories() const { return m_categories; }
    QList<double> averages(int chart) const;
    QList<double> maxima(int chart) const;
    int highlighted() const { return m_highlighted; }

protected:
    /// Shows the streams below the selected node (a stream shows its media's streams, itself
    /// highlighted).
    void documentChanged() override { rebuild(); }
    void currentChanged() override { rebuild(); }

private:
    struct Entry {
        NodePath path;
        QString label;
        bool poor;
    };
    void rebuild();
    /// The chart of `chartSpecs()[chart]` for `streams` (of `kinds`), judged by `profile`.
    QChart* makeChart(size_t chart, const std::vector<RankedStream>& streams, const std::vector<MediaKind>& kinds,
        const QualityProfile& profile);
    QString scopeText(const NodeRef& node) const;

    std::vector<QChartView*> m_views; // one per chart specification
    QSpinBox* m_limit;
    QLabel* m_caption;
    bool m_wholeCall = false;
    std::vector<Entry> m_entries;
    QStringList m_categories;
    std::vector<QList<double>> m_averages;
    std::vector<QList<double>> m_maxima;
    int m_highlighted = -1;
};
