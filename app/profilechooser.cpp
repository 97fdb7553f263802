#include "profilechooser.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QToolBar>

namespace {
const QString kProfileKey = QStringLiteral("quality/profile");
const QString kProfileFileKey = QStringLiteral("quality/profileFile");
constexpr size_t kBuiltIn = 2; // the first profiles are built in; a file cannot replace them
} // namespace

ProfileChooser::ProfileChooser(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_label(new QLabel(window))
{
}

const QualityProfile& ProfileChooser::profile() const
{
    return m_profiles[size_t(m_index)];
}

QStringList ProfileChooser::names() const
{
    QStringList names;
    for (const auto& p : m_profiles)
        names.append(p.name);
    return names;
}

bool ProfileChooser::setProfile(const QString& name)
{
    const int index = int(names().indexOf(name));
    if (index < 0)
        return false;
    m_index = index;
    apply();
    return true;
}

QString ProfileChooser::loadProfiles(const QString& path)
{
    ProfileLoadResult result = loadQualityProfiles(path);
    if (!result.error.isEmpty())
        return result.error;
    for (auto& loaded : result.profiles) {
        // A profile with the name of one already listed replaces it (reloading an edited file).
        auto same = std::find_if(
            m_profiles.begin(), m_profiles.end(), [&](const QualityProfile& p) { return p.name == loaded.name; });
        if (same != m_profiles.end() && size_t(same - m_profiles.begin()) >= kBuiltIn)
            *same = std::move(loaded);
        else if (same == m_profiles.end())
            m_profiles.push_back(std::move(loaded));
    }
    m_file = QFileInfo(path).absoluteFilePath();
    apply();
    return {};
}

void ProfileChooser::showLoadDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Load threshold profiles"), QString(), tr("Profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const QString error = loadProfiles(path); !error.isEmpty())
        QMessageBox::warning(m_window, tr("Cannot load profiles"), error);
}

void ProfileChooser::addTo(QToolBar* toolBar)
{
    toolBar->addWidget(new QLabel(tr("Profile: "), toolBar));
    m_box = new QComboBox(toolBar);
    m_box->setToolTip(tr("Threshold profile used for the verdicts"));
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolBar->addWidget(m_box);
    connect(m_box, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && size_t(index) < m_profiles.size() && index != m_index) {
            m_index = index;
            apply();
        }
    });
    apply();
}

void ProfileChooser::apply()
{
    const QualityProfile& active = profile();
    if (m_box) {
        const QSignalBlocker blocker(m_box);
        m_box->clear();
        for (const auto& p : m_profiles)
            m_box->addItem(p.name);
        m_box->setCurrentIndex(m_index);
        m_box->setToolTip(active.description.isEmpty() ? active.name : active.description);
    }
    //: %1 the name of the quality profile in use, e.g. "CQD poor stream"
    m_label->setText(tr("Profile: %1").arg(active.name));
    emit profileChanged(active);
}

void ProfileChooser::restoreSettings()
{
    QSettings settings;
    // User profiles come back from the file they were loaded from, if it still loads.
    const QString file = settings.value(kProfileFileKey).toString();
    if (!file.isEmpty() && QFileInfo::exists(file)) {
        m_file = file;
        ProfileLoadResult loaded = loadQualityProfiles(file);
        for (auto& p : loaded.profiles)
            m_profiles.push_back(std::move(p));
    }
    const QString saved = settings.value(kProfileKey).toString();
    int index = int(names().indexOf(saved));
    for (size_t i = 0; index < 0 && i < m_profiles.size(); ++i) {
        if (!m_profiles[i].key.isEmpty() && m_profiles[i].key == saved)
            index = int(i);
    }
    m_index = index >= 0 ? index : 0;
    apply();
}

void ProfileChooser::saveSettings() const
{
    QSettings settings;
    // Built-in profiles by their English key, so that the choice survives a change of language.
    settings.setValue(kProfileKey, profile().key.isEmpty() ? profile().name : profile().key);
    if (!m_file.isEmpty())
        settings.setValue(kProfileFileKey, m_file);
}
