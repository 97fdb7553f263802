#pragma once

#include <QString>

class QColor;
class QLabel;
class QWidget;

/// Message lines of dialogs ("Signed in.", "No call id found in this text."): word-wrapped,
/// plain text, selectable so that an error can be copied into a ticket.
QLabel* messageLabel(const QString& objectName, QWidget* parent);
/// Shows `text` in `label`; an error in Palette::errorText, anything else in the window's
/// text colour.
void showMessage(QLabel* label, const QString& text, bool error);
/// Colours `label`'s text (Palette::errorText, Palette::successText, ...).
void setMessageColor(QLabel* label, const QColor& color);
