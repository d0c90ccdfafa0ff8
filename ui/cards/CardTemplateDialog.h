#pragma once
// Editing the office's card template: title, colours, logo, the duties line and which parts of
// the card show, with a live preview. Saved through core, which checks the settings permission.
#include "cards/CardContent.h"
#include "cards/CardTemplate.h"
#include "common/FieldErrors.h"

#include <QDialog>

class QLabel;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace gd {
class Database;
}

namespace gdui {

class CardTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    // sample: the card shown in the preview (the page's current grid).
    CardTemplateDialog(gd::Database &db, const gd::CardContent &sample, QWidget *parent = nullptr);
    gd::CardTemplate cardTemplate() const;
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *languageCombo() const { return m_language; }
    QListWidget *fieldsList() const { return m_fields; }
    void setLogo(const QByteArray &bytes);
    // Saves; false (the refusal shown at its field) when core refuses.
    bool save();

private:
    void chooseColour(QLineEdit *edit);
    void chooseLogo();
    void refreshPreview();

    gd::Database &m_db;
    gd::CardContent m_sample;
    QByteArray m_logo;
    QLineEdit *m_title;
    QLineEdit *m_header;
    QLineEdit *m_accent;
    QLineEdit *m_duties, *m_noProperty, *m_promise;
    QComboBox *m_language;
    QLabel *m_logoLabel;
    QListWidget *m_fields;
    QLabel *m_preview;
    FieldErrors m_errors;
};

} // namespace gdui
