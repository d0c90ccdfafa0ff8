#pragma once
// The walk-in desk: a keyboard-first form for a resident's request, with the cases it may
// repeat shown beside it as it is filled, so staff attach a repeat instead of registering it twice.
#include "cases/CaseTypes.h"
#include "common/AppContext.h"
#include "common/FieldErrors.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace gdui {

class IntakePage : public QWidget
{
    Q_OBJECT
public:
    IntakePage(const AppContext &ctx, QWidget *parent = nullptr);

    // The request as typed (grid, building and handler as chosen or looked up).
    gd::Case draft() const;
    QListWidget *repeatList() const { return m_repeats; }
    QLabel *resultLabel() const { return m_result; }
    // Runs the repeat lookup now instead of after the typing pause (tests, and after a lookup).
    void refreshRepeats();
    void clearForm();

public Q_SLOTS:
    void registerNew();
    // Registers and settles at the desk with the answer written (当场办结).
    void settleNew();
    void attachToSelected();
    void splitLastAttach();

Q_SIGNALS:
    void caseRegistered(const QString &caseId);

private:
    void registerWith(const QString &settledAnswer);
    void lookupAddress();
    void buildingChosen();
    void gridChosen();
    void reloadChoices();
    QString chosenCategoryId() const;
    QString officeName() const;
    // The lead as typed matches this office or a unit of the list (an unknown text is refused).
    bool leadChosen() const;

    AppContext m_ctx;
    FieldErrors m_errors;
    QComboBox *m_channel;
    QComboBox *m_type;
    QComboBox *m_category;
    QComboBox *m_urgency;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QCheckBox *m_anonymous;
    QLineEdit *m_address;
    QComboBox *m_building;
    QComboBox *m_grid;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_answer;
    QDateTimeEdit *m_received;
    QComboBox *m_lead; // this office first (no id), then the units: the first responder (首问负责)
    QComboBox *m_unit;
    QComboBox *m_finder; // who found a case on patrol: the month's review credits them
    QLabel *m_handler;
    QListWidget *m_repeats;
    QPushButton *m_attach;
    QPushButton *m_register;
    QPushButton *m_settle;
    QPushButton *m_split;
    QLabel *m_result;
    QTimer *m_addressTimer;
    QTimer *m_repeatTimer;
    QString m_lastAttachCase;
    QString m_lastAttachEvent;
};

} // namespace gdui
