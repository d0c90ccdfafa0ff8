#pragma once
// The detail form of a worker: record, photo, grids (typed as codes), and — shown beside it —
// the career ladder and part-time cover, which the page edits through their own dialogs.
#include "common/RecordForm.h"
#include "people/WorkerTypes.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace gd {
class Database;
}

namespace gdui {

class WorkerForm : public RecordForm
{
    Q_OBJECT
public:
    WorkerForm(gd::Database &db, QWidget *parent = nullptr);
    void setWorker(const gd::Worker &worker);
    // The edited worker; grid codes that match no grid are reported through *unknownCode.
    gd::Worker worker(QString *unknownCode = nullptr) const;
    void setPhoto(const QByteArray &photo);
    QTreeWidget *careerView() const { return m_career; }
    QString currentCareerStepId() const;

Q_SIGNALS:
    void addCareerStepRequested();
    void removeCareerStepRequested(const QString &stepId);
    void addCoverRequested();

private:
    void choosePhoto();
    void refreshHistory();
    gd::Database &m_db;
    gd::Worker m_worker;
    QLineEdit *m_name;
    QComboBox *m_sex;
    QLineEdit *m_phone;
    QComboBox *m_kind;
    QComboBox *m_community;
    QLineEdit *m_startDate;
    QCheckBox *m_partyMember;
    QComboBox *m_status;
    QLabel *m_star;
    QLineEdit *m_grids;
    QLabel *m_photo;
    QByteArray m_photoBytes;
    QTreeWidget *m_career;
    QLabel *m_covers;
};

} // namespace gdui
