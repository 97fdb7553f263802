#pragma once

#include "quality/qualityprofile.h"

#include <QObject>

#include <vector>

class QComboBox;
class QLabel;
class QToolBar;
class QWidget;

/// The threshold profiles the window offers (the built-in ones, then those of a user's JSON
/// file) and the active one: the toolbar's chooser, the status bar's label, Load profiles…,
/// and remembering the choice and the file.
class ProfileChooser : public QObject {
    Q_OBJECT
public:
    explicit ProfileChooser(QWidget* window);

    const QualityProfile& profile() const;
    QStringList names() const;
    /// Makes the profile with this name active (built-in or loaded); false if unknown.
    bool setProfile(const QString& name);
    /// Adds the profiles of a JSON file (a profile of the same name is replaced); returns the
    /// error or "".
    QString loadProfiles(const QString& path);
    void showLoadDialog();
    /// The label and chooser for a toolbar.
    void addTo(QToolBar* toolBar);
    /// "Profile: CQD poor stream", for the status bar.
    QLabel* statusLabel() const { return m_label; }

    void restoreSettings();
    void saveSettings() const;

signals:
    void profileChanged(const QualityProfile& profile);

private:
    void apply();

    QWidget* m_window;
    std::vector<QualityProfile> m_profiles = QualityProfile::builtIn();
    int m_index = 0;
    QString m_file; // where user profiles came from
    QComboBox* m_box = nullptr;
    QLabel* m_label;
};
