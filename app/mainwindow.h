#pragma once

#include "record/callrecord.h"

#include <QMainWindow>

class QTabWidget;

/// The main window: one tab per open record. Composition only; panes live in views/.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    void openFiles(const QStringList& paths);
    void openSample();

private:
    void addRecords(const std::vector<CallRecordPtr>& records, const QString& label);
    void showOpenDialog();

    QTabWidget* m_tabs = nullptr;
};
