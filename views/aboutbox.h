#pragma once

#include <QIcon>
#include <QString>

class QWidget;

/// Help → About, and the application's icon.
namespace AboutBox {
/// The application icon at every size it ships in (the window icon, the About box).
QIcon applicationIcon();
/// Version, what the data is and where it comes from, Qt versions, licence (HTML).
QString text();
void show(QWidget* parent);
} // namespace AboutBox
