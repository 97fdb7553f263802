#pragma once

#include <QObject>

// Declared apart from the test bodies: moc cannot parse some of the JSON raw string
// literals in tst_export.cpp (it silently skipped every slot after the first one with an
// escaped quote), so moc only sees this header.
class TestExport : public QObject {
    Q_OBJECT
private slots:
    void csvHeaderAndRows();
    void csvQuoting();
    void csvFormulasAreNeutralised();
    void summaryContents();
    void durationsForPeople();
    void atomicWriteErrors();
    void outputThroughSymlinks();
};
