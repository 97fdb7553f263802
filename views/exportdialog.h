#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;

/// File → Export: the format, the pane for pictures, and whether to redact personal data
/// (remembered per format by the caller; on by default for pictures, PDF and Markdown).
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(QWidget* parent = nullptr);

    void setFormat(const QString& format); ///< png, pdf, csv, json, md
    QString format() const;
    void setView(const QString& view); ///< window, tree, inspector, findings, charts, timeline
    QString view() const;
    void setRedactDefault(const QString& format, bool redact);
    bool redact() const;

    /// The file-dialog filter for a format.
    static QString fileFilter(const QString& format);

private:
    void updateState();

    QComboBox* m_format;
    QComboBox* m_view;
    QCheckBox* m_redact;
    QLabel* m_description;
    QHash<QString, bool> m_redactDefaults;
    QString m_shownFormat;
};
