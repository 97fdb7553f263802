#pragma once

#include <QObject>

// Declared apart from the test bodies: moc cannot parse some of the JSON raw string
// literals in tst_loader.cpp (it misreads '#' inside them), so moc only sees this header.
class TestLoader : public QObject {
    Q_OBJECT
private slots:
    void seedFullExample();
    void seedDocumentExamplesMatchSamples();
    void seedBasicExample();
    void currentIdentityFields();
    void sessionsPageAlone();
    void sessionsPageMergedIntoRecord();
    void participantsPagesMergeIntoRecord();
    void recordAndPageInOneArray();
    void callRecordList();
    void impossibleValuesAreWarned();
    void partialCallRecordList();
    void sameCallFromSeveralDocuments();
    void powerShellSpelling();
    void powerShellIdentityMembersExportAsGraph();
    void powerShellShallowDepthIsExplained();
    void byteOrderMarks();
    void duplicateKeysLastWins();
    void escapesAndUnicode();
    void unknownPropertiesAndEnumsAreKept();
    void manyUnknownKeysLoadInLinearTime();
    void denseEmptyObjectsAreRefusedBeforeTheyTakeMemory();
    void nullParticipantsAreSkipped();
    void badValuesBecomeMissingWithWarnings();
    void wrongTypesAtEachLevel();
    void badInput_data();
    void badInput();
    void deepNestingInUnknownPropertyIsKept();
    void deepAdditionalPropertiesDoNotRecurse();
    void utf16Surrogates();
    void truncatedAtManyOffsets();
    void filesystemErrors();
    void cancel();
    void roundTrip_data();
    void roundTrip();
    void annotationsAreKeptInTheExport();
    void absentNullAndEmptyListsStayDistinct();
    void parallelAndSequentialSessionsAgree();
    void warningsFromBothHalves();
    void roundTripDetectsDifferences();
};
