#pragma once

#include "quality/classifier.h"
#include "tree/calltreemodel.h"

#include <QWidget>

class QChart;
class QChartView;
class QSpinBox;
class QLabel;

/// Three bar charts — jitter, round-trip time, packet loss — for the streams of the selected
/// node: per stream the average and the maximum side by side, the active profile's threshold
/// as a line, poor values in a warning colour. For big selections only the worst N streams
/// are drawn (N adjustable). Clicking a bar selects its stream.
class ChartsView : public QWidget {
    Q_OBJECT
public:
    explicit ChartsView(QWidget* parent = nullptr);

    /// Shows the streams below `node` (a stream shows its media's streams, itself highlighted).
    /// `record` and `classification` are kept alive for as long as they are shown.
    void setNode(const NodeRef& node, CallRecordPtr record, std::shared_ptr<const RecordClassification> classification);

    /// What is drawn (for tests): stream labels, and per chart the average values.
    QStringList categories() const { return m_categories; }
    QList<double> averages(int chart) const;
    QList<double> maxima(int chart) const;
    int highlighted() const { return m_highlighted; }

signals:
    void streamActivated(const void* stream);

private:
    struct Entry {
        const MediaStream* stream;
        QString label;
        bool poor;
    };
    void rebuild();

    QChartView* m_views[3];
    QSpinBox* m_limit;
    QLabel* m_caption;
    NodeRef m_node;
    CallRecordPtr m_record;
    std::shared_ptr<const RecordClassification> m_classification;
    std::vector<Entry> m_entries;
    QStringList m_categories;
    QList<double> m_averages[3];
    QList<double> m_maxima[3];
    int m_highlighted = -1;
};
