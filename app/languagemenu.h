#pragma once

class QMenu;
class QStatusBar;

/// Settings → Language: the environment's language, English, and every catalogue shipped.
/// A choice applies from the next start (texts are translated once, at start), which the
/// status bar says.
QMenu* addLanguageMenu(QMenu* parent, QStatusBar* statusBar);
