#pragma once
// 登记志愿服务 / 修改: a service as the desk records it — the team, the grid it served (the team's
// grids), the kind (chosen from the office's list, or a new one typed), when, the hours each
// volunteer gave, the households served, what was done, and who served (the team's members
// ticked). The core checks it; a refusal puts the cursor on the field.
#include "common/AppContext.h"
#include "common/FieldErrors.h"
#include "volunteers/VolunteerTypes.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace gdui {

class VolunteerServiceDialog : public QDialog
{
    Q_OBJECT
public:
    VolunteerServiceDialog(const AppContext &ctx, const gd::VolunteerService &service, QWidget *parent = nullptr);
    QString savedId() const { return m_savedId; }
    QComboBox *teamCombo() const { return m_team; }
    QComboBox *kindCombo() const { return m_kind; }
    QDoubleSpinBox *hoursBox() const { return m_hours; }
    QListWidget *peopleList() const { return m_people; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }

public Q_SLOTS:
    void accept() override;

private:
    void fillTeam(const QString &grid, const QStringList &ticked);
    AppContext m_ctx;
    QString m_id;
    QComboBox *m_team, *m_grid, *m_kind;
    QDateTimeEdit *m_at;
    QDoubleSpinBox *m_hours;
    QSpinBox *m_households;
    QPlainTextEdit *m_summary;
    QListWidget *m_people;
    FieldErrors m_errors;
    QString m_savedId;
};

} // namespace gdui
