#pragma once
// The desk's visit form, keyboard first: the worker, kind and time, the grid, then where (a
// building with unit and room, a care household, or a place in words), whom the worker met, what
// was found, a note and photos. Ctrl+S saves; Ctrl+Shift+S saves and registers the finding as a
// case found on patrol (FindingDialog). A refusal from core names its field and puts the focus
// there; nothing is half-written.
#include "common/AppContext.h"
#include "common/FieldErrors.h"
#include "visits/CareRegister.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace gdui {

class VisitForm : public QWidget
{
    Q_OBJECT
public:
    explicit VisitForm(const AppContext &ctx, QWidget *parent = nullptr);
    QComboBox *workerCombo() const { return m_worker; }
    QComboBox *gridCombo() const { return m_grid; }
    QComboBox *buildingCombo() const { return m_building; }
    QComboBox *householdCombo() const { return m_household; }
    QComboBox *kindCombo() const { return m_kind; }
    QDateTimeEdit *timeEdit() const { return m_at; }
    QLineEdit *placeEdit() const { return m_place; }
    QPlainTextEdit *foundEdit() const { return m_found; }
    // The visit as the form holds it now.
    gd::Visit visit() const;
    // Photos added by the caller (tests; the Add button reads files).
    void addPhoto(const QByteArray &bytes, const QString &name);
    // A care visit to this household: its grid, its worker, the household chosen.
    void prepareCareVisit(const gd::CareRow &row);
    void reloadChoices();
    void clear();

public Q_SLOTS:
    // Saves the visit; with `registerFinding`, then asks for the case's category and registers it.
    // Returns the visit's id, or empty after a message saying why.
    QString save(bool registerFinding = false);

Q_SIGNALS:
    void saved(const QString &visitId, const QString &caseId);

private:
    void gridChosen();
    void choosePhotos();
    AppContext m_ctx;
    FieldErrors m_errors;
    QComboBox *m_worker, *m_kind, *m_grid, *m_building, *m_household;
    QDateTimeEdit *m_at;
    QLineEdit *m_unit, *m_room, *m_place, *m_met;
    QPlainTextEdit *m_found, *m_note;
    QListWidget *m_photos;
    QList<QByteArray> m_photoBytes;
};

} // namespace gdui
