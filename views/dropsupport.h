#pragma once

#include <QObject>
#include <QStringList>

/// Accepts files dropped anywhere on a widget (and its children) and reports them with
/// filesDropped(). Folders and non-local URLs are passed on too: the loader explains why it
/// cannot open them.
class DropSupport : public QObject {
    Q_OBJECT
public:
    explicit DropSupport(QWidget* target);

signals:
    void filesDropped(const QStringList& paths);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
